import { describe, expect, it } from 'vitest'
import { copHref, parseCopRoute, type CopRoute } from './routes'

const routes: CopRoute[] = [
  { view: 'sessions' },
  { view: 'newSession' },
  { view: 'session', id: '01900000-0000-7000-8000-000000000001' },
  { view: 'editSession', id: '01900000-0000-7000-8000-000000000001' },
  { view: 'trainers' },
  { view: 'trainer', personId: '01900000-0000-7000-8000-000000000002' },
  { view: 'indicators' },
  { view: 'verify' },
]

describe('CoP & ToT routes', () => {
  it.each(routes)('reads back what it writes: %o', (route) => {
    const path = copHref(route).replace(/^#\/copTot\/?/, '')
    expect(parseCopRoute(path === '' ? [] : path.split('/').map(decodeURIComponent))).toEqual(route)
  })
  it('falls back to the sessions for an unknown path', () => {
    expect(parseCopRoute(['nonsense'])).toEqual({ view: 'sessions' })
    expect(parseCopRoute(['trainer'])).toEqual({ view: 'sessions' })
  })
})

import { describe, expect, it } from 'vitest'
import { initiativesHref, parseInitiativesRoute, type InitiativesRoute } from '../initiatives/routes'
import { galangDayaHref, parseGalangDayaRoute, type GalangDayaRoute } from './routes'

const id = '0190a5e2-7c1b-7000-8000-000000000001'
const pathOf = (href: string) => href.split('/').slice(2).map(decodeURIComponent)

describe('the routes of Inisiatif and Galang Daya', () => {
  it.each<InitiativesRoute>([
    { view: 'list' },
    { view: 'new' },
    { view: 'initiative', id },
    { view: 'edit', id },
    { view: 'newStory', initiativeId: id },
    { view: 'story', id },
    { view: 'editStory', id },
    { view: 'clusters' },
    { view: 'stepGuide' },
  ])('an initiatives link leads back to its view: %o', (route) => {
    expect(parseInitiativesRoute(pathOf(initiativesHref(route)))).toEqual(route)
  })

  it.each<GalangDayaRoute>([
    { view: 'supporters' },
    { view: 'overdue' },
    { view: 'fees' },
    { view: 'newSupporter' },
    { view: 'supporter', id },
    { view: 'editSupporter', id },
    { view: 'newPledge', initiativeId: null, supporterId: null },
    { view: 'newPledge', initiativeId: id, supporterId: null },
    { view: 'newPledge', initiativeId: null, supporterId: id },
    { view: 'pledge', id },
    { view: 'editPledge', id },
  ])('a Galang Daya link leads back to its view: %o', (route) => {
    expect(parseGalangDayaRoute(pathOf(galangDayaHref(route)))).toEqual(route)
  })

  it('an address it does not know opens the list, not an empty page', () => {
    expect(parseGalangDayaRoute(['pledge'])).toEqual({ view: 'supporters' })
    expect(parseGalangDayaRoute(['nonsense', 'x'])).toEqual({ view: 'supporters' })
    expect(parseInitiativesRoute(['story'])).toEqual({ view: 'list' })
  })
})

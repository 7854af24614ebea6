import { describe, expect, it } from 'vitest'
import { APP_ORIGIN, isAppUrl } from './origin'

describe('isAppUrl', () => {
  it('accepts the app origin', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`, {})).toBe(true)
    expect(isAppUrl(`${APP_ORIGIN}/members?page=2#top`, {})).toBe(true)
    expect(isAppUrl(APP_ORIGIN, {})).toBe(true)
  })

  it.each([
    'app://evil/index.html',
    'app://lokadaya.evil/index.html',
    'app://lokadaya:8080/index.html',
    'app://user@lokadaya/index.html',
    'https://lokadaya/index.html',
    'file:///index.html',
    'about:blank',
    'http://localhost:5173/',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url, {})).toBe(false)
  })

  it('accepts the dev server origin only when one is configured', () => {
    const devServerUrl = 'http://localhost:5173'
    expect(isAppUrl('http://localhost:5173/src/main.tsx', { devServerUrl })).toBe(true)
    expect(isAppUrl('http://localhost:5174/', { devServerUrl })).toBe(false)
    expect(isAppUrl('http://localhost:5173.evil.com/', { devServerUrl })).toBe(false)
    expect(isAppUrl('https://localhost:5173/', { devServerUrl })).toBe(false)
    expect(isAppUrl('ws://localhost:5173/', { devServerUrl })).toBe(false)
    expect(isAppUrl('http://localhost:5173/', {})).toBe(false)
  })
})

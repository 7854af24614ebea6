import { describe, expect, it } from 'vitest'
import { contentTypeFor } from './content-types'

describe('contentTypeFor', () => {
  it('knows the renderer build outputs, whatever the case of the extension', () => {
    expect(contentTypeFor('/r/index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeFor('/r/assets/a.JS')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeFor('/r/assets/a.css')).toBe('text/css; charset=utf-8')
    expect(contentTypeFor('/r/fonts/a.woff2')).toBe('font/woff2')
    expect(contentTypeFor('C:\\Program Files\\Lokadaya Hub\\resources\\icon.PNG')).toBe('image/png')
  })

  it.each(['/r/a.bin', '/r/Makefile', '/r/.env', '/r/assets.v2/chunk', '/r/a.', ''])(
    'falls back to octet-stream for %j',
    (path) => expect(contentTypeFor(path)).toBe('application/octet-stream'),
  )
})

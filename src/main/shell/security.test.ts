import { EventEmitter } from 'node:events'
import type { Session, WebContents } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Logger } from './log'

const electron = vi.hoisted(() => ({ shell: { openExternal: vi.fn(async () => {}) } }))
vi.mock('electron', () => electron)

const { hardenSession, hardenWebContents, isSafeExternalUrl } = await import('./security')

describe('isSafeExternalUrl', () => {
  it.each([
    'https://lokadaya.or.id/panduan',
    'https://example.org/a?b=c#d',
    'mailto:sekretariat@example.or.id?subject=Halo',
    'mailto:sekretariat@example.or.id',
    'mailto:sekretariat@example.or.id?subject=Laporan%20Q1&body=Salam%2C%0D%0Aterlampir%3F%20Tidak.',
    'mailto:sekretariat@example.or.id?Subject=Halo&BODY=Tom%20%26%20Jerry',
  ])('allows %s', (url) => expect(isSafeExternalUrl(url)).toBe(true))

  it.each([
    'http://example.org/',
    'file:///C:/Windows/System32/calc.exe',
    'file://server/share/x.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://lokadaya/index.html',
    'https://user:secret@example.org/',
    'mailto:',
    'mailto:not-an-address',
    'mailto:a@example.org?attach=/etc/passwd',
    'mailto:a@example.org?subject=Hi&attach=C:%5CUsers%5Cibu%5Chub.db',
    'mailto:a@example.org?ATTACH=x',
    'MAILTO:a@example.org?Attach=x',
    'mailto:a@example.org?Attachment=x',
    'mailto:a@example.org?%61ttach=x',
    'mailto:a@example.org?subject=x%26attach%3D%2Fetc%2Fpasswd',
    'mailto:a@example.org?subject=x%2526attach%253D%252Fetc%252Fpasswd',
    'mailto:a@example.org?body=x;attach=/etc/passwd',
    'mailto:a@example.org%3Fattach%3D%2Fetc%2Fpasswd',
    'mailto:a@example.org?cc=b@example.org',
    'mailto:a@example.org?bcc=b@example.org',
    'mailto:a@example.org?to=b@example.org',
    'mailto:a@example.org,b@example.org',
    'mailto:a@example.org?subject=one&subject=two',
    'mailto:a@example.org?subject',
    'mailto:a@example.org?subject=x#attach=y',
    'mailto:a@example.org?&subject=x',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false))
})

class FakeContents extends EventEmitter {
  openHandler?: (details: { url: string }) => { action: string }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler
  }
  /** Emits like Electron: the listener may call preventDefault on the event. */
  attempt(name: string, url: string): boolean {
    const event = { url, preventDefault: vi.fn() }
    this.emit(name, event)
    return event.preventDefault.mock.calls.length === 0
  }
}

describe('hardenWebContents', () => {
  const log = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() } satisfies Logger
  let contents: FakeContents
  beforeEach(() => {
    electron.shell.openExternal.mockClear()
    log.warn.mockClear()
    contents = new FakeContents()
    hardenWebContents(contents as unknown as WebContents, { devServerUrl: 'http://localhost:5173' }, log)
  })

  it('lets the page navigate within the app and the dev server', () => {
    expect(contents.attempt('will-navigate', 'app://lokadaya/index.html')).toBe(true)
    expect(contents.attempt('will-navigate', 'http://localhost:5173/')).toBe(true)
    expect(contents.attempt('will-redirect', 'app://lokadaya/index.html')).toBe(true)
  })

  it('stops navigation away from the app and hands safe links to the system browser', () => {
    expect(contents.attempt('will-navigate', 'https://example.org/')).toBe(false)
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/')
    expect(contents.attempt('will-navigate', 'file:///etc/passwd')).toBe(false)
    expect(contents.attempt('will-navigate', 'http://example.org/')).toBe(false)
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1)
  })

  it('stops redirects away from the app without opening anything', () => {
    expect(contents.attempt('will-redirect', 'https://example.org/')).toBe(false)
    expect(electron.shell.openExternal).not.toHaveBeenCalled()
  })

  it('denies every new window, opening only safe links outside', () => {
    expect(contents.openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' })
    expect(contents.openHandler?.({ url: 'app://lokadaya/index.html' })).toEqual({ action: 'deny' })
    expect(contents.openHandler?.({ url: 'smb://server/share' })).toEqual({ action: 'deny' })
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://example.org/']])
  })

  it('logs a link the system cannot open, with its scheme but not its address', async () => {
    const failure = new Error('Failed to open: no application is associated with this link')
    electron.shell.openExternal.mockRejectedValueOnce(failure).mockRejectedValueOnce(failure)
    contents.attempt('will-navigate', 'mailto:siti@example.or.id')
    contents.openHandler?.({ url: 'https://example.org/laporan' })
    await vi.waitFor(() => expect(log.warn).toHaveBeenCalledTimes(2))
    expect(log.warn.mock.calls).toEqual([
      ['could not open a mailto: link outside the app', failure],
      ['could not open a https: link outside the app', failure],
    ])
  })

  it('refuses to attach webviews', () => {
    expect(contents.attempt('will-attach-webview', 'https://example.org/')).toBe(false)
  })
})

describe('hardenSession', () => {
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  }
  hardenSession(session as unknown as Session, {})
  const request = (permission: string, requestingUrl: string) => {
    const callback = vi.fn()
    session.setPermissionRequestHandler.mock.calls[0]?.[0](null, permission, callback, { requestingUrl })
    return callback.mock.calls[0]?.[0] as boolean
  }
  const check = (permission: string, origin: string) =>
    session.setPermissionCheckHandler.mock.calls[0]?.[0](null, permission, origin, {}) as boolean

  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen', 'usb', 'unknown'])(
    'denies %s, to the app itself and to anyone else',
    (permission) => {
      expect(request(permission, 'app://lokadaya/index.html')).toBe(false)
      expect(check(permission, 'app://lokadaya')).toBe(false)
      expect(request(permission, 'https://example.org/')).toBe(false)
      expect(check(permission, 'https://example.org')).toBe(false)
    },
  )

  it('lets only the app itself write text to the clipboard', () => {
    expect(request('clipboard-sanitized-write', 'app://lokadaya/index.html')).toBe(true)
    expect(check('clipboard-sanitized-write', 'app://lokadaya')).toBe(true)
    expect(request('clipboard-sanitized-write', 'https://example.org/')).toBe(false)
    expect(check('clipboard-sanitized-write', 'https://example.org')).toBe(false)
    expect(check('clipboard-sanitized-write', 'app://elsewhere')).toBe(false)
  })

  it('denies device access', () => {
    expect(session.setDevicePermissionHandler.mock.calls[0]?.[0]({})).toBe(false)
  })
})

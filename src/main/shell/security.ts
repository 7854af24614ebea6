import { shell, type Session, type WebContents } from 'electron'
import { isAppUrl, type TrustedOrigins } from './origin'

/**
 * Links the user may follow out of the app, into the system browser or mail client. Plain http,
 * file:, smb: and custom schemes can launch local programs or leak NTLM credentials on Windows.
 */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === 'https:') return parsed.hostname !== '' && parsed.username === '' && parsed.password === ''
  if (parsed.protocol === 'mailto:') return /^[^@\s/\\]+@[^@\s/\\]+$/.test(decodeURIComponentSafe(parsed.pathname))
  return false
}

const decodeURIComponentSafe = (text: string): string => {
  try {
    return decodeURIComponent(text)
  } catch {
    return ''
  }
}

const openOutside = (url: string): void => {
  if (isSafeExternalUrl(url)) void shell.openExternal(url)
}

/** The page may never leave the app: links out go to the system browser, everything else nowhere. */
export function hardenWebContents(contents: WebContents, origins: TrustedOrigins): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, origins)) return
    event.preventDefault()
    openOutside(event.url)
  })
  // A redirect is the server's choice, not the user's: stop it without opening anything.
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, origins)) event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/**
 * Electron grants every permission unless told otherwise. Only writing to the clipboard (copy
 * buttons, e.g. for the hub key fingerprint) is allowed, and only to the app's own pages.
 */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write'])

export function hardenSession(session: Session, origins: TrustedOrigins): void {
  const allowed = (permission: string, url: string) => ALLOWED_PERMISSIONS.has(permission) && isAppUrl(url, origins)
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(allowed(permission, details.requestingUrl)),
  )
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowed(permission, requestingOrigin))
  session.setDevicePermissionHandler(() => false)
}

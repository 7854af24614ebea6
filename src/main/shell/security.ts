import { shell, type Session, type WebContents } from 'electron'
import type { Logger } from './log'
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

/** The page may never leave the app: links out go to the system browser, everything else nowhere. */
export function hardenWebContents(contents: WebContents, origins: TrustedOrigins, log: Logger): void {
  // Fails when no browser or mail client is set up, common on office PCs. Only the scheme is
  // logged: a mailto: link carries someone's address.
  const openOutside = (url: string): void => {
    if (!isSafeExternalUrl(url)) return
    shell
      .openExternal(url)
      .catch((error: unknown) => log.warn(`could not open a ${new URL(url).protocol} link outside the app`, error))
  }
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
 * Electron grants every permission unless told otherwise. The app needs none (no camera, location,
 * notifications or clipboard access), so every request and check is denied, the app's own included.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}

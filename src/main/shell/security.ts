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
  if (parsed.protocol === 'mailto:') return isPlainMailto(parsed)
  return false
}

/** One address: no second recipient, and nothing that could start a query once decoded. */
const mailAddress = /^[^@\s/\\?&;=,:%<>"]+@[^@\s/\\?&;=,:%<>"]+$/
const mailParameters = new Set(['subject', 'body'])

/**
 * A mail to one address with at most a subject and a body. Mail clients honour attach=,
 * attachment= and friends (a hub's database sent off in one click), add cc/bcc recipients, and
 * some decode a link more often than they should, or split on ";" too: so the rule is applied
 * both to the link as written and to the link decoded until nothing changes.
 */
function isPlainMailto(url: URL): boolean {
  if (url.hash !== '' || !mailAddress.test(decodedFully(url.pathname))) return false
  const query = url.search.slice(1)
  if (query === '') return true
  const seen = new Set<string>()
  for (const pair of query.split('&')) {
    if (!pair.includes('=')) return false
    const name = decodedFully(pair.slice(0, pair.indexOf('='))).toLowerCase()
    if (!mailParameters.has(name) || seen.has(name)) return false
    seen.add(name)
  }
  return decodedFully(query)
    .split(/[&;?]/)
    .every((part) => !part.includes('=') || mailParameters.has(part.slice(0, part.indexOf('=')).trim().toLowerCase()))
}

/**
 * Percent-decoding repeated while it changes anything: what the sloppiest client would read. Each
 * round that changes the text shortens it, so the loop ends.
 */
function decodedFully(text: string): string {
  for (let current = text; ;) {
    let next: string
    try {
      next = decodeURIComponent(current)
    } catch {
      return current
    }
    if (next === current) return current
    current = next
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
 * Electron grants every permission unless told otherwise. The app needs one: writing plain text
 * to the clipboard (the "copy fingerprint" button), for its own pages only. Every other request
 * and check is denied, the app's own included (no camera, location, notifications, or reading
 * the clipboard).
 */
export function hardenSession(session: Session, origins: TrustedOrigins): void {
  const allowed = (permission: string, url: string) =>
    permission === 'clipboard-sanitized-write' && isAppUrl(url, origins)
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(allowed(permission, details.requestingUrl)),
  )
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowed(permission, requestingOrigin))
  session.setDevicePermissionHandler(() => false)
}

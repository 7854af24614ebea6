/**
 * The app's own origin. A custom scheme rather than file:// so the renderer gets a real origin
 * (same-origin rules, CSP 'self') and file:// keeps none of its legacy privileges.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'lokadaya'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

export interface TrustedOrigins {
  /** electron-vite's dev server (ELECTRON_RENDERER_URL); never set in a packaged app. */
  devServerUrl?: string
}

const parse = (url: string): URL | null => {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** Whether a URL belongs to the app: the app:// origin, or the dev server while developing. */
export function isAppUrl(url: string, origins: TrustedOrigins): boolean {
  const parsed = parse(url)
  if (!parsed || parsed.username !== '' || parsed.password !== '') return false
  // Node keeps custom-scheme origins opaque ("null"), so compare scheme and host directly.
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST
  const devServer = origins.devServerUrl ? parse(origins.devServerUrl) : null
  return devServer !== null && /^https?:$/.test(parsed.protocol) && parsed.origin === devServer.origin
}

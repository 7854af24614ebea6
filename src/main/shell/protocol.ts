import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { contentTypeFor } from '../../shared/content-types'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import { APP_HOST, APP_SCHEME } from './origin'
import { fileUnder, realFileUnder } from './static-files'

/** Must run before the app is ready: privileges cannot be granted to a scheme afterwards. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // standard: a real origin with storage; secure: counts as a secure context like https.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** The file under rootDir that an app:// URL names, or null when the URL is not for the app. */
export function resolveAppPath(requestUrl: string, rootDir: string): string | null {
  let url: URL
  let pathname: string
  try {
    url = new URL(requestUrl)
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '')
    return null
  return fileUnder(rootDir, pathname)
}

const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } })

/** Serves the built renderer from rootDir (inside app.asar when packaged) on app://. */
export function serveApp(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 })
    const wanted = resolveAppPath(request.url, rootDir)
    const file = wanted && (await realFileUnder(rootDir, wanted))
    if (!file) return notFound()
    let body: Buffer
    try {
      body = await readFile(file)
    } catch {
      return notFound()
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      headers: {
        'content-type': contentTypeFor(file),
        // The header rather than only index.html's <meta>: it can carry frame-ancestors, and it
        // covers every response, including any document that lacks the meta tag.
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    })
  })
}

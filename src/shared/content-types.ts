/**
 * Content types for the files of the built renderer, by lower-case extension. Shared by the app://
 * handler and the browser-test harness, which must serve the build identically; with
 * `X-Content-Type-Options: nosniff` a wrong type would stop a script or stylesheet from loading.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
}

const FALLBACK = 'application/octet-stream'

/**
 * The content type for a file path or URL path, by its extension as node:path's extname sees it;
 * written without node:path so the renderer's typecheck, which has no Node types, accepts the file.
 */
export function contentTypeFor(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
  const dot = name.lastIndexOf('.')
  // A leading dot marks a hidden file (".env"), not an extension.
  if (dot <= 0) return FALLBACK
  return CONTENT_TYPES[name.slice(dot).toLowerCase()] ?? FALLBACK
}

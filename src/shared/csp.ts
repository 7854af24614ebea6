/**
 * The renderer's Content Security Policy, defined once. The app:// handler sends it as a response
 * header; the renderer build writes it into index.html as a <meta>, which is all the browser-test
 * harness serves. Imports nothing, because Vite and the harness load this file outside Electron.
 *
 * Fonts come only from the app itself. Images may also be data: URLs, because that is how main hands
 * over a stored photo (attachments:show) without exposing a file path or a protocol of its own;
 * scripts, styles and frames still may not, so a data: URL can only ever be drawn as a picture.
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
]

export const CONTENT_SECURITY_POLICY = directives.join('; ')

/**
 * The same policy for a <meta http-equiv> tag. Browsers ignore frame-ancestors there (and warn
 * about it), so only the header can forbid framing; leaving it out keeps the console clean.
 */
export const META_CONTENT_SECURITY_POLICY = directives
  .filter((directive) => !directive.startsWith('frame-ancestors '))
  .join('; ')

import { extname, isAbsolute, relative, resolve } from 'node:path'

/**
 * The file under rootDir that a decoded URL path names, or null when it would leave rootDir.
 * Extension-less paths are client-side routes and get the SPA's index.html. Shared by the app://
 * protocol and the browser-test harness, so both serve exactly the same files.
 */
export function fileUnder(rootDir: string, pathname: string): string | null {
  // Encoded separators and NULs never name a real asset; refusing them keeps Windows paths honest.
  if (pathname.includes('\\') || pathname.includes('\0')) return null
  const root = resolve(rootDir)
  const wanted = pathname === '/' || extname(pathname) === '' ? 'index.html' : pathname.slice(1)
  const file = resolve(root, wanted)
  const inside = relative(root, file)
  if (inside === '' || inside.split(/[\\/]/)[0] === '..' || isAbsolute(inside)) return null
  return file
}

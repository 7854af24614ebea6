import { realpath, stat } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve } from 'node:path'

const isInside = (root: string, file: string): boolean => {
  const inside = relative(root, file)
  return inside !== '' && inside.split(/[\\/]/)[0] !== '..' && !isAbsolute(inside)
}

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
  return isInside(root, file) ? file : null
}

/**
 * The real path of a file fileUnder() chose, or null when it is missing, not a regular file, or a
 * symbolic link (the file itself or a folder on the way) leads out of rootDir: the path alone
 * cannot tell. Callers read the real path, so no link is followed after the check.
 */
export async function realFileUnder(rootDir: string, file: string): Promise<string | null> {
  try {
    const [root, real] = await Promise.all([realpath(rootDir), realpath(file)])
    return isInside(root, real) && (await stat(real)).isFile() ? real : null
  } catch {
    return null
  }
}

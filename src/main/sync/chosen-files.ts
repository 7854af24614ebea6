import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs'
import { basename, isAbsolute } from 'node:path'
import { AppError } from '../../shared/errors'
import { localDate } from '../../shared/format'
import type { HubIdentity } from '../../shared/hub'
import type { AppDatabase } from '../db'
import { isHubOwnFile } from '../hub/keystore'
import { KEY_FILE_TITLE } from './key-file'

/** A public key file is a few lines; anything much larger is not one. */
const MAX_KEY_FILE_BYTES = 64 * 1024

const refuse = (key: string, path: string): never => {
  throw new AppError('VALIDATION', { key: `sync.file.${key}`, params: { file: basename(path) || path } })
}

/**
 * A path the renderer passed on from a dialog or a drop names an existing regular file, or is
 * refused: a folder, a device or a pipe is never opened as a bundle.
 */
export function existingFile(path: string): string {
  if (!isAbsolute(path)) return refuse('noPath', path)
  let isFile = false
  try {
    isFile = statSync(path).isFile()
  } catch {
    return refuse('missing', path)
  }
  return isFile ? path : refuse('notFile', path)
}

/** Whether a file begins as a public key file does: what a bundle never does. */
function isKeyFile(path: string): boolean {
  const head = Buffer.alloc(KEY_FILE_TITLE.length)
  const fd = openSync(path, 'r')
  try {
    return readSync(fd, head, 0, head.length, 0) === head.length && head.toString('utf8') === KEY_FILE_TITLE
  } finally {
    closeSync(fd)
  }
}

/**
 * A file chosen or dropped to be imported. A public key file (both kinds travel on the same USB
 * stick) is refused in words that send it to the trusted keys instead of "not a bundle".
 */
export function bundleFile(path: string): string {
  return isKeyFile(existingFile(path)) ? refuse('keyFileNotBundle', path) : path
}

export function readKeyFile(path: string): string {
  if (statSync(existingFile(path)).size > MAX_KEY_FILE_BYTES) refuse('notKeyFile', path)
  return readFileSync(path, 'utf8')
}

/** Never written over: the hub's database, the files SQLite keeps beside it, its signing key. */
export function checkSaveTarget(database: AppDatabase, path: string): string {
  if (!isAbsolute(path) || isHubOwnFile(database.path, path)) refuse('ownFile', path)
  return path
}

/** "Jawa Timur" → "jawa-timur": file names that survive every file system and e-mail client. */
const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()

/** Names offered in the save dialog: what, whose and when, so a folder of them sorts itself. */
export function suggestedName(
  identity: HubIdentity,
  now: number,
  what: 'bundle' | 'key' | 'rotation' | 'ack',
  forWhom?: string,
): string {
  const whose = slug(forWhom ?? identity.provinceName ?? 'nasional') || 'hub'
  const today = localDate(new Date(now), identity.timeZone)
  switch (what) {
    case 'bundle':
      return `paket-${whose}-${today}.lokadaya`
    case 'rotation':
      return `ganti-kunci-${whose}-${today}.lokadaya`
    case 'ack':
      return `tanda-terima-${whose}-${today}.lokadaya`
    case 'key':
      return `kunci-${whose}.lokadaya-key`
  }
}

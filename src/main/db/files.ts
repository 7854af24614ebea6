import { chmodSync, closeSync, constants, copyFileSync, existsSync, linkSync, openSync, statSync } from 'node:fs'

/**
 * Holds a hub's records or its key: no other user of the PC may read it. SQLite gives the -wal and
 * -shm files it creates the mode of the database file, so creating the file first covers them too.
 */
export const PRIVATE_FILE_MODE = 0o600

/** Creates an empty file readable only by this user; fails if anything already has that name. */
export function createPrivateFile(path: string): void {
  closeSync(openSync(path, 'wx', PRIVATE_FILE_MODE))
}

/**
 * Databases and backups made by earlier versions were readable by every user of the PC: take that
 * back, before SQLite copies the mode onto new -wal and -shm files. A file owned by someone else
 * (shared on purpose) is left as it is.
 */
export function restrictToOwner(path: string): void {
  if (!existsSync(path)) return
  const mode = statSync(path).mode & 0o777
  if ((mode & 0o077) === 0) return
  try {
    chmodSync(path, mode & 0o700)
  } catch (error) {
    if (codeOf(error) !== 'EPERM') throw error
  }
}

/**
 * Gives a finished file its final name unless something already has it, in one step: another
 * process (a second `init`, the app) must never see half a database, nor lose the one it made.
 * Returns false when the name was taken. A hard link is atomic; where the file system has none
 * (FAT on a USB stick), an exclusive copy is the next best thing.
 */
export function publishExclusively(finished: string, path: string, link = linkSync): boolean {
  try {
    link(finished, path)
    return true
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false
  }
  try {
    copyFileSync(finished, path, constants.COPYFILE_EXCL)
    return true
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false
    throw error
  }
}

/** A database and the files SQLite keeps beside it while it is open in WAL mode. */
export const databaseFiles = (path: string): string[] => [path, `${path}-wal`, `${path}-shm`]

export const codeOf = (error: unknown): unknown =>
  error instanceof Error && 'code' in error ? (error as { code: unknown }).code : undefined

/** The copy taken before a schema upgrade, beside the database. */
export const backupFileFor = (path: string): string => `${path}.pre-upgrade.bak`

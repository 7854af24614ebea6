import { readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import type { FoundBackup } from '../../shared/restore'
import { createDb, type AppDatabase, type CreateDbOptions } from '../db'
import { BACKUP_EXTENSION } from './folder'

/**
 * Start-up failures that leave the hub's file as it is and that a backup can mend: the app then
 * opens on the recovery screen instead of stopping. A database from a newer version, or one this
 * user may not write, is not mended by a restore: those stay a plain message.
 */
export const RECOVERABLE = new Set(['DB_DAMAGED', 'NOT_LOKADAYA_DB', 'MIGRATION_FAILED'])

export const isRecoverable = (error: unknown): error is AppError =>
  error instanceof AppError && RECOVERABLE.has(error.code)

/**
 * Stands in for the database while it cannot be opened: every handler that reaches for it is
 * refused with the start-up error, so nothing can write a new, empty hub in its place.
 */
export function unavailableDatabase(path: string, error: AppError): AppDatabase {
  return new Proxy({ path, readOnly: true, close: () => {} } as AppDatabase, {
    get(target, property) {
      if (property in target) return target[property as keyof AppDatabase]
      throw error
    },
  })
}

/**
 * The database, or, when it cannot be opened for a reason a backup mends (damaged, not ours), a
 * stand-in that refuses every use: the screens then open on the recovery screen.
 */
export function openOrRecover(
  path: string,
  options?: CreateDbOptions,
): { database: AppDatabase; startupProblem?: AppError } {
  try {
    return { database: createDb(path, options) }
  } catch (error) {
    if (!isRecoverable(error)) throw error
    return { database: unavailableDatabase(path, error), startupProblem: error }
  }
}

/** The backup folder the damaged database still names, if enough of it can be read. */
function recordedFolder(databasePath: string): string | null {
  try {
    const sqlite = new Database(databasePath, { readonly: true, fileMustExist: true })
    try {
      const value = sqlite.prepare(`SELECT value FROM local_settings WHERE key = 'backup'`).pluck().get()
      const folder = (JSON.parse(String(value)) as { folder?: unknown }).folder
      return typeof folder === 'string' ? folder : null
    } finally {
      sqlite.close()
    }
  } catch {
    return null
  }
}

/**
 * Backups that may rescue a hub whose database will not open, newest first: in the backup folder
 * if the damaged file still says which, and beside the database (where restores and the CLI put
 * theirs). Only listed here; each is checked whole when the user picks it.
 */
export function findBackups(databasePath: string, limit = 10): FoundBackup[] {
  const folders = [...new Set([recordedFolder(databasePath), dirname(databasePath)].filter((f) => f !== null))]
  const found = folders.flatMap((folder) => {
    let names: string[]
    try {
      names = readdirSync(folder)
    } catch {
      return []
    }
    return names
      .filter((name) => name.endsWith(BACKUP_EXTENSION))
      .flatMap((file) => {
        try {
          const stat = statSync(join(folder, file))
          if (!stat.isFile()) return []
          return [{ path: join(folder, file), file, modifiedAt: stat.mtime.toISOString(), bytes: stat.size }]
        } catch {
          return []
        }
      })
  })
  return found.sort((a, b) => (a.modifiedAt < b.modifiedAt ? 1 : -1)).slice(0, limit)
}

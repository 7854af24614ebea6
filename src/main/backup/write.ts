import { randomUUID } from 'node:crypto'
import { existsSync, rmSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { readAttachment } from '../attachments/store'
import type { AppDatabase } from '../db'
import { codeOf, createPrivateFile, databaseFiles, publishExclusively } from '../db/files'
import { isHubOwnFile, type KeyStore } from '../hub/keystore'
import { loadSigningKey, requireIdentity } from '../hub/service'
import { sealKey, type KeyEnvelope } from './key-envelope'

/** What a backup file says of itself, in its `backup_info` table. */
export const BACKUP_FORMAT = 'lokadaya-backup/1'

export interface BackupOptions {
  appVersion: string
  /** Carries the signing key, sealed under this passphrase; without it the backup holds no key. */
  key?: { store: KeyStore; passphrase: string }
  /** Pages copied so far of all there are, as SQLite copies them. */
  onProgress?: (done: number, total: number) => void
}

export interface BackupMade {
  path: string
  bytes: number
  madeAt: string
  attachments: number
  /** Attachments the rows name whose files this instance does not have (or that no longer hash right). */
  attachmentsMissing: number
  withKey: boolean
}

/** Pages copied per step: the app's own writes go on between steps, and the copy takes them in. */
const PAGES_PER_STEP = 512

/**
 * Writes a backup of the hub to `out`: one file, consistent as of its end even while the app keeps
 * writing (SQLite's online backup through the app's own connection takes in every write made
 * meanwhile), holding the database, its attachments and, only when asked, the signing key sealed
 * under a passphrase. Built under a temporary name, checked with integrity_check, and given its
 * name only when whole: a full disk or an unplugged USB stick leaves no half backup behind, and no
 * earlier backup is ever overwritten.
 */
export async function writeBackup(database: AppDatabase, out: string, options: BackupOptions): Promise<BackupMade> {
  const path = checkedTarget(database, out)
  // Sealed before anything is written: a key that cannot be read leaves nothing behind.
  const envelope =
    options.key && (await sealKey(await loadSigningKey(database, options.key.store), options.key.passphrase))
  const partial = partialFor(path)
  try {
    try {
      createPrivateFile(partial)
      const { totalPages } = await database.sqlite.backup(partial, {
        progress: ({ totalPages, remainingPages }) => {
          options.onProgress?.(totalPages - remainingPages, totalPages)
          return PAGES_PER_STEP
        },
      })
      options.onProgress?.(totalPages, totalPages)
    } catch (error) {
      throw writeFailure(path, error)
    }
    return finishBackup(database, path, partial, options.appVersion, envelope)
  } finally {
    removePartial(partial)
  }
}

/**
 * The same backup, without a key, in one synchronous step (VACUUM INTO): for the moment before
 * migrations, which run inside createDb where nothing may wait. Nothing else writes meanwhile.
 */
export function writeBackupAtOnce(database: AppDatabase, out: string, appVersion: string): BackupMade {
  const path = checkedTarget(database, out)
  const partial = partialFor(path)
  try {
    try {
      // VACUUM INTO fills an empty file it is given, keeping that file's mode.
      createPrivateFile(partial)
      database.sqlite.prepare('VACUUM INTO ?').run(partial)
    } catch (error) {
      throw writeFailure(path, error)
    }
    return finishBackup(database, path, partial, appVersion, undefined)
  } finally {
    removePartial(partial)
  }
}

function checkedTarget(database: AppDatabase, out: string): string {
  const path = resolve(out)
  if (isHubOwnFile(database.path, path))
    throw new AppError('VALIDATION', { key: 'backup.targetIsHubFile', params: { path } })
  if (existsSync(path)) throw new AppError('VALIDATION', { key: 'backup.targetExists', params: { path } })
  requireIdentity(database)
  return path
}

const partialFor = (path: string) => `${path}.${randomUUID()}.partial`

function removePartial(partial: string): void {
  // The USB stick may be gone: what cannot be removed there is not worth a second error.
  for (const file of databaseFiles(partial)) rmSync(file, { force: true, maxRetries: 0 })
}

/**
 * What went wrong writing, said as specifically as the error code tells: a folder gone (a USB
 * stick unplugged), a folder this user may not write, a full disk; anything else in general terms.
 */
const failureKeys: Record<string, string> = {
  ENOENT: 'backup.folderMissing',
  ENOTDIR: 'backup.folderMissing',
  EACCES: 'backup.folderReadOnly',
  EPERM: 'backup.folderReadOnly',
  EROFS: 'backup.folderReadOnly',
  SQLITE_READONLY: 'backup.folderReadOnly',
  ENOSPC: 'backup.diskFull',
  SQLITE_FULL: 'backup.diskFull',
}

function writeFailure(path: string, error: unknown): AppError {
  if (error instanceof AppError) return error
  const detail = String(codeOf(error) ?? error)
  return new AppError('INTERNAL', {
    key: failureKeys[detail] ?? 'backup.writeFailed',
    params: { path, folder: dirname(path), detail },
  })
}

/** Completes and checks the copy, then gives it its name: only a whole backup ever has one. */
function finishBackup(
  database: AppDatabase,
  path: string,
  partial: string,
  appVersion: string,
  envelope: KeyEnvelope | undefined,
): BackupMade {
  const madeAt = new Date(database.clock()).toISOString()
  let contents: ReturnType<typeof completeCopy>
  try {
    contents = completeCopy(partial, database, {
      format: BACKUP_FORMAT,
      made_at: madeAt,
      app_version: appVersion,
      hub_id: requireIdentity(database).hubId,
      key: envelope ? JSON.stringify(envelope) : null,
    })
  } catch (error) {
    throw new AppError('INTERNAL', {
      key: 'backup.checkFailed',
      params: { path, detail: String(codeOf(error) ?? error) },
    })
  }
  try {
    if (!publishExclusively(partial, path))
      throw new AppError('VALIDATION', { key: 'backup.targetExists', params: { path } })
  } catch (error) {
    throw writeFailure(path, error)
  }
  return { path, bytes: statSync(path).size, madeAt, withKey: envelope !== undefined, ...contents }
}

interface Info {
  format: string
  made_at: string
  app_version: string
  hub_id: string
  key: string | null
}

/**
 * Adds what the copy needs to stand alone (its attachments, what it is, the sealed key) and
 * checks it: one file with no journal beside it, whole by SQLite's own integrity check.
 */
function completeCopy(
  copyPath: string,
  database: AppDatabase,
  info: Info,
): Pick<BackupMade, 'attachments' | 'attachmentsMissing'> {
  const copy = new Database(copyPath, { fileMustExist: true })
  try {
    copy.pragma('journal_mode = DELETE')
    copy.exec(`CREATE TABLE backup_info (format TEXT NOT NULL, made_at TEXT NOT NULL, app_version TEXT NOT NULL,
        hub_id TEXT NOT NULL, key TEXT);
      CREATE TABLE backup_attachments (sha256 TEXT PRIMARY KEY, bytes BLOB NOT NULL) WITHOUT ROWID;`)
    const hashes = copy.prepare('SELECT sha256 FROM attachments ORDER BY sha256').pluck().all() as string[]
    const insert = copy.prepare('INSERT INTO backup_attachments (sha256, bytes) VALUES (?, ?)')
    let missing = 0
    copy.transaction(() => {
      copy.prepare('INSERT INTO backup_info VALUES (@format, @made_at, @app_version, @hub_id, @key)').run(info)
      for (const sha256 of hashes) {
        const bytes = readAttachment(database, sha256)
        if (bytes) insert.run(sha256, bytes)
        else missing += 1
      }
    })()
    const check = copy.pragma('integrity_check', { simple: true })
    if (check !== 'ok') throw new Error(String(check))
    return { attachments: hashes.length - missing, attachmentsMissing: missing }
  } finally {
    copy.close()
  }
}

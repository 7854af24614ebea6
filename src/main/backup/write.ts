import { randomUUID } from 'node:crypto'
import { existsSync, rmSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { readAttachment } from '../attachments/store'
import type { AppDatabase } from '../db'
import { codeOf, createPrivateFile, databaseFiles, publishExclusively } from '../db/files'
import { isHubOwnFile, type KeyStore } from '../hub/keystore'
import { loadSigningKey, requireIdentity } from '../hub/service'
import { sealKey } from './key-envelope'

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
  const path = resolve(out)
  if (isHubOwnFile(database.path, path))
    throw new AppError('VALIDATION', { key: 'backup.targetIsHubFile', params: { path } })
  if (existsSync(path)) throw new AppError('VALIDATION', { key: 'backup.targetExists', params: { path } })
  const identity = requireIdentity(database)
  // Sealed before anything is written: a key that cannot be read leaves nothing behind.
  const envelope =
    options.key && (await sealKey(await loadSigningKey(database, options.key.store), options.key.passphrase))
  const partial = `${path}.${randomUUID()}.partial`
  const failed = (key: 'writeFailed' | 'checkFailed', error: unknown) =>
    new AppError('INTERNAL', { key: `backup.${key}`, params: { path, detail: String(codeOf(error) ?? error) } })
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
      throw failed('writeFailed', error)
    }
    const madeAt = new Date(database.clock()).toISOString()
    let contents: ReturnType<typeof completeCopy>
    try {
      contents = completeCopy(partial, database, {
        format: BACKUP_FORMAT,
        made_at: madeAt,
        app_version: options.appVersion,
        hub_id: identity.hubId,
        key: envelope ? JSON.stringify(envelope) : null,
      })
    } catch (error) {
      throw failed('checkFailed', error)
    }
    try {
      if (!publishExclusively(partial, path))
        throw new AppError('VALIDATION', { key: 'backup.targetExists', params: { path } })
    } catch (error) {
      if (error instanceof AppError) throw error
      throw failed('writeFailed', error)
    }
    return { path, bytes: statSync(path).size, madeAt, withKey: envelope !== undefined, ...contents }
  } finally {
    // The USB stick may be gone: what cannot be removed there is not worth a second error.
    for (const file of databaseFiles(partial)) rmSync(file, { force: true, maxRetries: 0 })
  }
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

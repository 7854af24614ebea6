import { basename } from 'node:path'
import type { BackupDone, BackupProgress } from '../../shared/backup'
import { AppError } from '../../shared/errors'
import type { AppDatabase } from '../db'
import type { Services } from '../services'
import { backUpToFolder } from './folder'
import { readBackupChoice, recordBackup, recordBackupFailure } from './settings'

/**
 * The backup each database is making, with how far it got: one at a time, whether the schedule
 * or the user asked, since two copies of one database into one folder only cost time and disk.
 */
const running = new WeakMap<AppDatabase, { progress: BackupProgress }>()

export const backupProgress = (database: AppDatabase): BackupProgress | null => running.get(database)?.progress ?? null

export const isBackingUp = (database: AppDatabase): boolean => running.has(database)

/**
 * A backup into the chosen folder now, recorded as this instance's last backup or its last
 * failure. Only a manual backup carries the key, sealed under the passphrase typed for it.
 */
export async function backUpNow(services: Services, passphrase?: string): Promise<BackupDone> {
  const { database } = services
  const { folder } = readBackupChoice(database.orm)
  if (folder === null) throw new AppError('VALIDATION', { key: 'backup.noFolder' })
  if (running.has(database)) throw new AppError('VALIDATION', { key: 'backup.busy' })
  const job = { progress: { done: 0, total: 0 } }
  running.set(database, job)
  try {
    const { made, removed } = await backUpToFolder(database, folder, {
      appVersion: services.appVersion,
      ...(passphrase !== undefined && { key: { store: services.keyStore, passphrase } }),
      onProgress: (done, total) => (job.progress = { done, total }),
    })
    const file = basename(made.path)
    recordBackup(database.orm, { at: made.madeAt, path: made.path, file, bytes: made.bytes })
    return { file, path: made.path, bytes: made.bytes, withKey: made.withKey, removed: removed.length }
  } catch (error) {
    // A passphrase too short is the user's to fix on the spot, not a failed backup to warn about.
    const at = new Date(database.clock()).toISOString()
    if (!(error instanceof AppError)) recordBackupFailure(database.orm, at, { key: 'errors.internal' })
    else if (error.code !== 'VALIDATION') recordBackupFailure(database.orm, at, error.userMessage)
    throw error
  } finally {
    running.delete(database)
  }
}

import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { utcToZoned } from '../../shared/format'
import type { AppDatabase } from '../db'
import { codeOf } from '../db/files'
import { requireIdentity } from '../hub/service'
import { backupsToKeep, defaultRetention, type RetentionPolicy } from './retention'
import { writeBackup, writeBackupAtOnce, type BackupMade, type BackupOptions } from './write'

export const BACKUP_EXTENSION = '.lokadaya-backup'

/** "Forum OMS Jawa Timur" → "forum-oms-jawa-timur": a name any file system takes. */
const slugOf = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 40) || 'hub'

/**
 * The beginning of this hub's backup names: its name for people, the start of its id so two hubs
 * of one name (or a province and national on one laptop) never prune each other's backups.
 */
const prefixOf = (database: AppDatabase) => {
  const identity = requireIdentity(database)
  return `cadangan-${slugOf(identity.name)}-${identity.hubId.slice(0, 8)}-`
}

const TAKEN_AT = /^(\d{4}-\d{2}-\d{2})-(\d{2})(\d{2})(?:-\d+)?$/

/** This hub's backups in the folder, by the wall-clock time in their names; other files are not looked at. */
export function listBackups(database: AppDatabase, folder: string): { path: string; takenAt: string }[] {
  const prefix = prefixOf(database)
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch (error) {
    // A folder that is not there (a USB disk unplugged) holds no backups; writing to it says why.
    if (codeOf(error) === 'ENOENT') return []
    throw error
  }
  return names.flatMap((name) => {
    if (!name.startsWith(prefix) || !name.endsWith(BACKUP_EXTENSION)) return []
    const match = TAKEN_AT.exec(name.slice(prefix.length, -BACKUP_EXTENSION.length))
    return match ? [{ path: join(folder, name), takenAt: `${match[1]}T${match[2]}:${match[3]}` }] : []
  })
}

/** The next backup's name in the folder, by the hub's wall clock; a second in one minute gets a number. */
function nextPathIn(database: AppDatabase, folder: string): string {
  const now = utcToZoned(new Date(database.clock()).toISOString(), requireIdentity(database).timeZone)
  const stamp = `${now.slice(0, 10)}-${now.slice(11, 13)}${now.slice(14, 16)}`
  const taken = new Set(listBackups(database, folder).map((backup) => backup.path))
  const base = join(folder, `${prefixOf(database)}${stamp}`)
  let path = `${base}${BACKUP_EXTENSION}`
  for (let copy = 2; taken.has(path); copy += 1) path = `${base}-${copy}${BACKUP_EXTENSION}`
  return path
}

/** Run only once the new backup is whole: a failed backup removes none. */
function prune(database: AppDatabase, folder: string, retention: RetentionPolicy = defaultRetention): string[] {
  const backups = listBackups(database, folder)
  const kept = backupsToKeep(backups, retention)
  const removed = backups.filter((backup) => !kept.has(backup)).map((backup) => backup.path)
  for (const old of removed) rmSync(old, { force: true })
  return removed
}

/** A backup into the hub's backup folder, and then the folder pruned to the retention policy. */
export async function backUpToFolder(
  database: AppDatabase,
  folder: string,
  options: BackupOptions & { retention?: RetentionPolicy },
): Promise<{ made: BackupMade; removed: string[] }> {
  const made = await writeBackup(database, nextPathIn(database, folder), options)
  return { made, removed: prune(database, folder, options.retention) }
}

/** The same, in one synchronous step and without the key: before migrations (see writeBackupAtOnce). */
export function backUpToFolderAtOnce(
  database: AppDatabase,
  folder: string,
  appVersion: string,
): { made: BackupMade; removed: string[] } {
  const made = writeBackupAtOnce(database, nextPathIn(database, folder), appVersion)
  return { made, removed: prune(database, folder) }
}

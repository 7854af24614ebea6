import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { utcToZoned } from '../../shared/format'
import type { AppDatabase } from '../db'
import { codeOf } from '../db/files'
import { requireIdentity } from '../hub/service'
import { backupsToKeep, defaultRetention, type RetentionPolicy } from './retention'
import { writeBackup, type BackupMade, type BackupOptions } from './write'

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

/**
 * A backup into the hub's backup folder, named by the hub's wall clock, and then the folder pruned
 * to the retention policy. Pruned only once the new backup is whole: a failed backup removes none.
 */
export async function backUpToFolder(
  database: AppDatabase,
  folder: string,
  options: BackupOptions & { retention?: RetentionPolicy },
): Promise<{ made: BackupMade; removed: string[] }> {
  const now = utcToZoned(new Date(database.clock()).toISOString(), requireIdentity(database).timeZone)
  const stamp = `${now.slice(0, 10)}-${now.slice(11, 13)}${now.slice(14, 16)}`
  const taken = new Set(listBackups(database, folder).map((backup) => backup.path))
  const base = join(folder, `${prefixOf(database)}${stamp}`)
  let path = `${base}${BACKUP_EXTENSION}`
  for (let copy = 2; taken.has(path); copy += 1) path = `${base}-${copy}${BACKUP_EXTENSION}`
  const made = await writeBackup(database, path, options)
  const backups = listBackups(database, folder)
  const kept = backupsToKeep(backups, options.retention ?? defaultRetention)
  const removed = backups.filter((backup) => !kept.has(backup)).map((backup) => backup.path)
  for (const old of removed) rmSync(old, { force: true })
  return { made, removed }
}

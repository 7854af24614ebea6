import Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import type { TimeZoneCode } from '../../shared/format'
import type { RecordCounts } from '../../shared/restore'
import { readdirSync } from 'node:fs'
import { sourceMigrationsFolder } from '../db'
import { BACKUP_FORMAT } from './write'

/** What a backup holds, for the restore screen to say what will replace what. */
export interface BackupSummary {
  path: string
  madeAt: string
  appVersion: string
  hubId: string
  hubName: string
  /** The hub's own time zone, in which its people read the backup's time. */
  timeZone: TimeZoneCode
  withKey: boolean
  counts: RecordCounts
}

const refuse = (key: string, params: Record<string, string>): never => {
  throw new AppError('VALIDATION', { key: `restore.${key}`, params })
}

const COUNTED: [keyof RecordCounts, string][] = [
  ['organisations', 'organisations'],
  ['people', 'people'],
  ['initiatives', 'initiatives'],
  ['pledges', 'pledges'],
  ['sessions', 'cop_sessions'],
]

/**
 * The records a database holds for the restore screen: a hub's own, or, for the national
 * instance (whose records all belong to the provinces), every one.
 */
export function recordCounts(sqlite: Database.Database, hubId: string): RecordCounts {
  const national = sqlite.prepare(`SELECT role = 'national' FROM hubs WHERE id = ?`).pluck().get(hubId) === 1
  const count = (table: string) =>
    sqlite
      .prepare(`SELECT count(*) FROM "${table}" WHERE deleted_at IS NULL ${national ? '' : 'AND hub_id = ?'}`)
      .pluck()
      .get(...(national ? [] : [hubId])) as number
  return Object.fromEntries(COUNTED.map(([what, table]) => [what, count(table)])) as unknown as RecordCounts
}

/**
 * Opens a backup read-only and checks it whole before anything is replaced: it is one of ours, made
 * by a version whose schema this one can read, and undamaged by SQLite's full integrity check.
 */
export function inspectBackup(path: string, migrationsFolder = sourceMigrationsFolder): BackupSummary {
  let backup: Database.Database
  try {
    backup = new Database(path, { readonly: true, fileMustExist: true })
  } catch {
    return refuse('notBackup', { path })
  }
  try {
    let info: { made_at: string; app_version: string; hub_id: string; key: string | null } | undefined
    try {
      info = backup.prepare('SELECT * FROM backup_info WHERE format = ?').get(BACKUP_FORMAT) as typeof info
    } catch (error) {
      if (/malformed|corrupt/i.test(String(error))) refuse('backupDamaged', { path, detail: String(error) })
    }
    if (!info) return refuse('notBackup', { path })
    const check = String(backup.pragma('integrity_check(1)', { simple: true }))
    if (check !== 'ok') refuse('backupDamaged', { path, detail: check })
    const applied = backup.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number
    const known = readdirSync(migrationsFolder).filter((name) => name.endsWith('.sql')).length
    if (applied > known) refuse('backupNewer', { version: info.app_version })
    return {
      path,
      madeAt: info.made_at,
      appVersion: info.app_version,
      hubId: info.hub_id,
      hubName: backup.prepare('SELECT name FROM hubs WHERE id = ?').pluck().get(info.hub_id) as string,
      timeZone: (backup
        .prepare('SELECT p.time_zone FROM hubs h JOIN ref_provinces p ON p.code = h.province_code WHERE h.id = ?')
        .pluck()
        .get(info.hub_id) ?? 'WIB') as TimeZoneCode,
      withKey: info.key !== null,
      counts: recordCounts(backup, info.hub_id),
    }
  } finally {
    backup.close()
  }
}

import { randomUUID } from 'node:crypto'
import { accessSync, constants, existsSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { moveAttachmentBytesOut } from '../attachments/store'
import { loadReferenceData, staleReferenceData } from '../reference/load'
import { AppError } from '../../shared/errors'
import { backupFileFor, codeOf, createPrivateFile, databaseFiles, publishExclusively, restrictToOwner } from './files'
import { applyMigrations, isLokadayaDatabase, planMigrations } from './migrate'
import * as schema from './schema'

export type Orm = BetterSQLite3Database<typeof schema>

export interface AppDatabase {
  orm: Orm
  sqlite: Database.Database
  path: string
  /** This user may not write the file: opened for looking and exporting, every save refused. */
  readOnly: boolean
  /** Wall time in milliseconds: the one clock every write stamps with; tests inject their own. */
  clock: () => number
  close(): void
}

export interface CreateDbOptions {
  /** The shell passes the packaged location; tests and the CLI use the source tree's. */
  migrationsFolder?: string
  /** Electron loads a copy of better-sqlite3 built for its own ABI (see scripts/native.mjs). */
  nativeBinding?: string
  /** Whether this user may write a file or folder; tests pass their own, as root may write anything. */
  canWrite?: (path: string) => boolean
  /** The wall clock (default Date.now); tests control time through it. */
  clock?: () => number
  /**
   * Runs on an existing database this user may write, before its migrations: `upgrading` when
   * there are some. The shell takes a backup into the user's backup folder here (backup/upgrade).
   */
  beforeMigrations?: (database: AppDatabase, upgrading: boolean) => void
}

export const sourceMigrationsFolder = join(__dirname, 'migrations')

/**
 * Opens a hub database ready for use, creating it if nothing has its name yet: WAL for a
 * responsive UI while writing, foreign keys enforced, a busy timeout instead of instant
 * SQLITE_BUSY, migrations applied, reference data current. A file that is there but is not a
 * Lokadaya Hub database (empty, another app's, damaged) is refused and left exactly as it was: it
 * may be something the user needs. Loads under plain Node: no Electron here.
 */
export function createDb(path: string, options: CreateDbOptions = {}): AppDatabase {
  const canWrite = options.canWrite ?? hasWriteAccess
  // SQLite keeps its -wal and -shm files beside the database: without them even reading fails.
  if (!canWrite(dirname(path)))
    throw new AppError('READ_ONLY', { key: 'errors.readOnlyFolder', params: { path, folder: dirname(path) } })
  if (!existsSync(path)) createDatabaseFile(path, options)
  return open(path, options, !canWrite(path))
}

/**
 * Builds the new database under a name of its own and gives it its name only once complete, so a
 * crash midway never leaves an empty or half-made file that the next start would have to refuse.
 * If another process created the database meanwhile, that one is kept and opened instead.
 */
function createDatabaseFile(path: string, options: CreateDbOptions): void {
  const building = `${path}.${randomUUID()}.new`
  try {
    createPrivateFile(building)
    open(building, options, false, true).close()
    publishExclusively(building, path)
  } finally {
    for (const file of databaseFiles(building)) rmSync(file, { force: true })
  }
}

function open(path: string, options: CreateDbOptions, readOnly: boolean, isNew = false): AppDatabase {
  const migrationsFolder = options.migrationsFolder ?? sourceMigrationsFolder
  const sqlite = new Database(path, {
    readonly: readOnly,
    fileMustExist: !isNew,
    ...(options.nativeBinding && { nativeBinding: options.nativeBinding }),
  })
  try {
    sqlite.pragma('busy_timeout = 5000')
    // Read-only until the database is known to be ours and whole: a refused file must stay byte for byte.
    if (!isNew) {
      assertLokadayaDatabase(sqlite, path)
      assertIntact(sqlite, path)
    }
    const plan = planMigrations(sqlite, migrationsFolder)
    // Directory searches at 100k+ members are bound by random B-tree reads; SQLite's default 2 MB
    // page cache halves their speed. 64 MB is little next to an office PC's memory.
    sqlite.pragma('cache_size = -65536')
    if (readOnly) {
      // Looking at data this version could not read correctly is worse than not opening it.
      if (plan.pending.length > 0 || staleReferenceData(sqlite).length > 0)
        throw new AppError('READ_ONLY', { key: 'errors.readOnlyUpgrade', params: { path } })
    } else {
      for (const file of [...databaseFiles(path), backupFileFor(path)]) restrictToOwner(file)
      sqlite.pragma('journal_mode = WAL')
      // NORMAL is durable across application crashes in WAL mode; only a power cut may lose the
      // last transactions, never corrupt the file.
      sqlite.pragma('synchronous = NORMAL')
      // An erased person's values must not linger in freed space (UU PDP: erasure means gone).
      sqlite.pragma('secure_delete = ON')
      if (!isNew && plan.pending.length > 0) backUpBeforeUpgrade(sqlite, path)
      if (!isNew) options.beforeMigrations?.(wrap(sqlite, path, readOnly, options), plan.pending.length > 0)
      applyMigrations(sqlite, plan)
    }
    sqlite.pragma('foreign_keys = ON')
    if (!readOnly) {
      loadReferenceData(sqlite)
      moveAttachmentBytesOut(sqlite, path)
    }
  } catch (error) {
    sqlite.close()
    throw error
  }
  return wrap(sqlite, path, readOnly, options)
}

function wrap(sqlite: Database.Database, path: string, readOnly: boolean, options: CreateDbOptions): AppDatabase {
  const orm = drizzle({ client: sqlite, schema })
  return { orm, sqlite, path, readOnly, clock: options.clock ?? Date.now, close: () => sqlite.close() }
}

function hasWriteAccess(path: string): boolean {
  try {
    accessSync(path, constants.W_OK)
    return true
  } catch (error) {
    // A database not created yet will be written by whoever may write its folder.
    return codeOf(error) === 'ENOENT'
  }
}

/** What a save answers when the database was opened read-only, in place of "something went wrong". */
export const readOnlyRefusal = (database: AppDatabase): AppError =>
  new AppError('READ_ONLY', { key: 'errors.readOnly', params: { path: database.path } })

/** SQLite's refusal to write a read-only database, however deep drizzle has wrapped it. */
export function isReadOnlyWrite(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause)
    if (String(codeOf(cause)).startsWith('SQLITE_READONLY')) return true
  return false
}

function assertLokadayaDatabase(sqlite: Database.Database, path: string): void {
  let ours = false
  try {
    ours = isLokadayaDatabase(sqlite)
  } catch (error) {
    if (String(codeOf(error)).startsWith('SQLITE_CORRUPT')) throw damaged(path, error)
    // Whatever is not SQLite at all (text, a spreadsheet, random bytes) fails its first read so.
    if (codeOf(error) !== 'SQLITE_NOTADB') throw error
  }
  if (!ours) throw new AppError('NOT_LOKADAYA_DB', { key: 'errors.notLokadayaDb', params: { path } })
}

const damaged = (path: string, detail: unknown) =>
  new AppError('DB_DAMAGED', {
    key: 'errors.databaseDamaged',
    params: { path, detail: String(detail instanceof Error ? detail.message : detail).slice(0, 200) },
  })

/**
 * SQLite's quick check at every start (about a second per 250 MB): a damaged file is refused before
 * a migration or a save writes on top of the damage, and left as it is for whoever recovers it.
 */
function assertIntact(sqlite: Database.Database, path: string): void {
  let result: unknown
  try {
    result = sqlite.pragma('quick_check(1)', { simple: true })
  } catch (error) {
    throw damaged(path, error)
  }
  if (result !== 'ok') throw damaged(path, result)
}

/** A consistent copy taken before the schema changes, so an upgrade can always be walked back. */
function backUpBeforeUpgrade(sqlite: Database.Database, path: string): void {
  const backup = backupFileFor(path)
  if (existsSync(backup)) rmSync(backup)
  // VACUUM INTO fills an empty file it is given, keeping that file's mode.
  createPrivateFile(backup)
  sqlite.prepare('VACUUM INTO ?').run(backup)
}

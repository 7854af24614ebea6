import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { loadReferenceData } from '../reference/load'
import { applyMigrations, planMigrations } from './migrate'
import * as schema from './schema'

export type Orm = BetterSQLite3Database<typeof schema>

export interface AppDatabase {
  orm: Orm
  sqlite: Database.Database
  path: string
  close(): void
}

export interface CreateDbOptions {
  /** The shell passes the packaged location; tests and the CLI use the source tree's. */
  migrationsFolder?: string
  /** Electron loads a copy of better-sqlite3 built for its own ABI (see scripts/native.mjs). */
  nativeBinding?: string
}

export const sourceMigrationsFolder = join(__dirname, 'migrations')

/**
 * Opens (or creates) a hub database ready for use: WAL for a responsive UI while writing, foreign
 * keys enforced, a busy timeout instead of instant SQLITE_BUSY, migrations applied, reference data
 * current. Loads under plain Node: no Electron here.
 */
export function createDb(path: string, options: CreateDbOptions = {}): AppDatabase {
  const migrationsFolder = options.migrationsFolder ?? sourceMigrationsFolder
  const sqlite = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  try {
    sqlite.pragma('busy_timeout = 5000')
    // Read-only until the database is known to be ours: a refused file must stay byte for byte.
    const plan = planMigrations(sqlite, migrationsFolder)
    sqlite.pragma('journal_mode = WAL')
    // NORMAL is durable across application crashes in WAL mode; only a power cut may lose the
    // last transactions, never corrupt the file.
    sqlite.pragma('synchronous = NORMAL')
    // Directory searches at 100k+ members are bound by random B-tree reads; SQLite's default 2 MB
    // page cache halves their speed. 64 MB is little next to an office PC's memory.
    sqlite.pragma('cache_size = -65536')
    if (path !== ':memory:' && plan.applied > 0 && plan.pending.length > 0) backUpBeforeUpgrade(sqlite, path)
    applyMigrations(sqlite, plan)
    sqlite.pragma('foreign_keys = ON')
    loadReferenceData(sqlite)
  } catch (error) {
    sqlite.close()
    throw error
  }
  const orm = drizzle({ client: sqlite, schema })
  return { orm, sqlite, path, close: () => sqlite.close() }
}

/** A consistent copy taken before the schema changes, so an upgrade can always be walked back. */
function backUpBeforeUpgrade(sqlite: Database.Database, path: string): void {
  const backup = `${path}.pre-upgrade.bak`
  if (existsSync(backup)) rmSync(backup)
  sqlite.prepare('VACUUM INTO ?').run(backup)
}

import type Database from 'better-sqlite3'
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator'
import { AppError } from '../../shared/errors'

/** drizzle-kit's own bookkeeping table, so its tooling keeps understanding our databases. */
const JOURNAL = '__drizzle_migrations'

interface AppliedMigration {
  hash: string
  created_at: number
}

export interface MigrationPlan {
  applied: number
  pending: MigrationMeta[]
}

/**
 * Reads what the database has applied against the shipped migrations, writing nothing. Refuses a
 * database whose applied list is not a prefix of the shipped files: one written by a newer app,
 * or by a diverged build. Migrations are matched by their journal timestamp rather than the file
 * hash, because a Windows checkout with CRLF line endings changes the hash but not the SQL.
 */
export function planMigrations(sqlite: Database.Database, migrationsFolder: string): MigrationPlan {
  const files = readMigrationFiles({ migrationsFolder })
  const applied = readApplied(sqlite)
  const newest = files.at(-1)?.folderMillis ?? 0
  applied.forEach((migration, i) => {
    if (Number(migration.created_at) === files[i]?.folderMillis) return
    if (Number(migration.created_at) > newest) throw new AppError('DB_NEWER', { key: 'errors.dbNewer' })
    throw new AppError('MIGRATION_FAILED', {
      key: 'errors.migrationFailed',
      params: { detail: `applied migration ${i + 1} does not match the migrations shipped with this version` },
    })
  })
  return { applied: applied.length, pending: files.slice(applied.length) }
}

/**
 * Applies the plan's migrations in one transaction, so a failure leaves the file exactly as it
 * was. Foreign keys are off meanwhile, as drizzle-kit's table rebuilds expect (its own PRAGMA is a
 * no-op inside a transaction, and a DROP of a parent would cascade); whatever the migrations leave
 * dangling is caught by foreign_key_check before commit. The caller turns enforcement back on.
 */
export function applyMigrations(sqlite: Database.Database, plan: MigrationPlan): void {
  if (plan.pending.length === 0) return
  sqlite.pragma('foreign_keys = OFF')
  const run = sqlite.transaction(() => {
    sqlite.exec(
      `CREATE TABLE IF NOT EXISTS "${JOURNAL}" (id INTEGER PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
    )
    const record = sqlite.prepare(`INSERT INTO "${JOURNAL}" (hash, created_at) VALUES (?, ?)`)
    for (const migration of plan.pending) {
      for (const statement of migration.sql) if (statement.trim() !== '') sqlite.exec(statement)
      record.run(migration.hash, migration.folderMillis)
    }
    const dangling = sqlite.pragma('foreign_key_check') as { table: string; parent: string }[]
    if (dangling.length > 0) {
      const { table, parent } = dangling[0] as { table: string; parent: string }
      throw new Error(`${dangling.length} rows of ${table} point at missing rows of ${parent}`)
    }
  })
  try {
    run.immediate()
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause)
    throw new AppError('MIGRATION_FAILED', { key: 'errors.migrationFailed', params: { detail } })
  }
}

/**
 * Whether a file SQLite can read was made by this app: it has applied migrations and the hub
 * table the first one creates. Another app's database, even one also migrated by drizzle, has not.
 */
export function isLokadayaDatabase(sqlite: Database.Database): boolean {
  const hubs = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'hubs'`).get()
  return hubs !== undefined && readApplied(sqlite).length > 0
}

function readApplied(sqlite: Database.Database): AppliedMigration[] {
  const exists = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(JOURNAL)
  if (!exists) return []
  return sqlite.prepare(`SELECT hash, created_at FROM "${JOURNAL}" ORDER BY created_at, id`).all() as AppliedMigration[]
}

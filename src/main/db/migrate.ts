import type Database from 'better-sqlite3'
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator'
import { AppError } from '../../shared/errors'

/** drizzle-kit's own bookkeeping table, so its tooling keeps understanding our databases. */
const JOURNAL = '__drizzle_migrations'

interface AppliedMigration {
  hash: string
  created_at: number
}

/**
 * Applies pending drizzle-kit migrations. Unlike drizzle's stock migrator it refuses a database
 * whose applied list is not a prefix of the shipped files (written by a newer app, or by a
 * diverged build), and it applies all pending migrations in one transaction so a failure leaves
 * the file exactly as it was. Migrations are matched by their journal timestamp rather than the
 * file hash, because a Windows checkout with CRLF line endings changes the hash but not the SQL.
 */
export function applyMigrations(sqlite: Database.Database, migrationsFolder: string): { applied: number } {
  const files = readMigrationFiles({ migrationsFolder })
  const applied = readApplied(sqlite)
  assertPrefix(applied, files)
  const pending = files.slice(applied.length)
  if (pending.length === 0) return { applied: 0 }

  const run = sqlite.transaction(() => {
    sqlite.exec(
      `CREATE TABLE IF NOT EXISTS "${JOURNAL}" (id INTEGER PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
    )
    const record = sqlite.prepare(`INSERT INTO "${JOURNAL}" (hash, created_at) VALUES (?, ?)`)
    for (const migration of pending) {
      for (const statement of migration.sql) if (statement.trim() !== '') sqlite.exec(statement)
      record.run(migration.hash, migration.folderMillis)
    }
  })
  try {
    run.immediate()
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause)
    throw new AppError('MIGRATION_FAILED', { key: 'errors.migrationFailed', params: { detail } })
  }
  return { applied: pending.length }
}

export function hasPendingMigrations(sqlite: Database.Database, migrationsFolder: string): boolean {
  const files = readMigrationFiles({ migrationsFolder })
  const applied = readApplied(sqlite)
  assertPrefix(applied, files)
  return applied.length < files.length
}

function readApplied(sqlite: Database.Database): AppliedMigration[] {
  const exists = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(JOURNAL)
  if (!exists) return []
  return sqlite.prepare(`SELECT hash, created_at FROM "${JOURNAL}" ORDER BY created_at, id`).all() as AppliedMigration[]
}

function assertPrefix(applied: AppliedMigration[], files: MigrationMeta[]): void {
  const newest = files.at(-1)?.folderMillis ?? 0
  applied.forEach((migration, i) => {
    if (Number(migration.created_at) === files[i]?.folderMillis) return
    if (Number(migration.created_at) > newest) throw new AppError('DB_NEWER', { key: 'errors.dbNewer' })
    throw new AppError('MIGRATION_FAILED', {
      key: 'errors.migrationFailed',
      params: { detail: `applied migration ${i + 1} does not match the migrations shipped with this version` },
    })
  })
}

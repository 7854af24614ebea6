import type Database from 'better-sqlite3'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { sourceMigrationsFolder } from '../db'

/**
 * Takes a database back to how migration `keep` (1-based) left it, as far as later migrations
 * only added tables: those tables and the later journal entries go, so opening the file again
 * applies the later migrations as an upgrade would. A later migration that changed existing
 * tables is undone by its own test.
 */
export function forgetMigrationsAfter(sqlite: Database.Database, keep: number): void {
  const later = readMigrationFiles({ migrationsFolder: sourceMigrationsFolder }).slice(keep)
  const created = later.flatMap((migration) =>
    migration.sql.flatMap((statement) => [...statement.matchAll(/CREATE TABLE `(\w+)`/g)].map((match) => match[1])),
  )
  sqlite.exec(
    [
      ...created.map((table) => `DROP TABLE IF EXISTS "${table}";`),
      `DELETE FROM __drizzle_migrations WHERE id > ${keep}`,
    ].join('\n'),
  )
}

import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { expect, onTestFinished } from 'vitest'
import { createDb, sourceMigrationsFolder, type AppDatabase } from '../db'
import { testDatabase } from './database'

/**
 * Takes a database back to how migration `keep` (1-based) left it, as far as later migrations
 * only added tables, columns and indexes: those and the later journal entries go, so opening the file again
 * applies the later migrations as an upgrade would. A later migration that changed existing
 * tables is undone by its own test.
 */
export function forgetMigrationsAfter(sqlite: Database.Database, keep: number): void {
  const later = readMigrationFiles({ migrationsFolder: sourceMigrationsFolder }).slice(keep)
  const matches = (pattern: RegExp) =>
    later.flatMap((migration) => migration.sql.flatMap((statement) => [...statement.matchAll(pattern)]))
  const created = (pattern: RegExp) => matches(pattern).map((match) => match[1])
  sqlite.exec(
    [
      ...matches(/ALTER TABLE `(\w+)` ADD `(\w+)`/g).map(
        ([, table, column]) => `ALTER TABLE "${table}" DROP COLUMN "${column}";`,
      ),
      ...created(/CREATE (?:UNIQUE )?INDEX `(\w+)`/g).map((index) => `DROP INDEX IF EXISTS "${index}";`),
      ...created(/CREATE TABLE `(\w+)`/g).map((table) => `DROP TABLE IF EXISTS "${table}";`),
      `DELETE FROM __drizzle_migrations WHERE id > ${keep}`,
    ].join('\n'),
  )
}

/**
 * A database with one OMS in it, taken back to migration `keep` and opened again: the upgrade an
 * older installation goes through. Answers the upgraded database and how many migrations ship.
 */
export function upgradedWithAnOrganisation(keep: number): { upgraded: AppDatabase; shipped: number } {
  const { database, directory } = testDatabase()
  const now = '2026-01-01T00:00:00.000Z'
  database.sqlite
    .prepare(
      `INSERT INTO organisations (id, hub_id, created_at, updated_at, name, name_key, regency_code, status,
        status_since) VALUES ('o1', 'hub', ?, ?, 'Perkumpulan Swadaya Mitra', 'mitra', '35.19', 'active', '2026-01-01')`,
    )
    .run(now, now)
  const shipped = database.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number
  forgetMigrationsAfter(database.sqlite, keep)
  expect(database.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(keep)
  database.close()
  const upgraded = createDb(join(directory, 'hub.db'))
  onTestFinished(() => upgraded.close())
  expect(upgraded.sqlite.prepare('SELECT name FROM organisations').pluck().all()).toEqual(['Perkumpulan Swadaya Mitra'])
  return { upgraded, shipped }
}

import type Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { testDatabase } from '../testing/database'

/**
 * Tables that are not user data: reference data, this installation's settings, bookkeeping, and
 * the local search index (rebuilt from user data by triggers, never synced).
 */
const isUserData = (table: string) =>
  !table.startsWith('ref_') &&
  !table.startsWith('__') &&
  !table.startsWith('sqlite_') &&
  !/_fts($|_)/.test(table) &&
  !['local_settings', 'search_keys'].includes(table)

/**
 * The rules every table of user data must keep so signed-bundle sync can merge it (issue #2): these
 * run against the migrated schema, so each later migration is held to them automatically.
 */
describe('sync-ready schema conventions', () => {
  const userTables = (sqlite: Database.Database) =>
    (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[])
      .map((t) => t.name)
      .filter(isUserData)

  it('finds user-data tables to check', () => {
    expect(userTables(testDatabase().database.sqlite)).toContain('hubs')
  })

  it('gives every user-data table a text id key, an owner hub, UTC timestamps and soft deletion', () => {
    const { sqlite } = testDatabase().database
    for (const table of userTables(sqlite)) {
      const columns = sqlite
        .prepare(`SELECT name, lower(type) AS type, "notnull", pk FROM pragma_table_info(?)`)
        .all(table) as { name: string; type: string; notnull: number; pk: number }[]
      const column = (name: string) => columns.find((c) => c.name === name)
      expect(
        columns.filter((c) => c.pk > 0),
        `${table}: primary key`,
      ).toEqual([{ name: 'id', type: 'text', notnull: 1, pk: 1 }])
      expect(column('hub_id'), `${table}.hub_id`).toMatchObject({ type: 'text', notnull: 1 })
      expect(column('created_at'), `${table}.created_at`).toMatchObject({ type: 'text', notnull: 1 })
      expect(column('updated_at'), `${table}.updated_at`).toMatchObject({ type: 'text', notnull: 1 })
      expect(column('deleted_at'), `${table}.deleted_at`).toMatchObject({ type: 'text', notnull: 0 })
      const fractional = columns.filter((c) => /real|floa|doub|numeric|decimal/.test(c.type))
      expect(fractional, `${table}: money is integer rupiah`).toEqual([])
    }
  })

  it('puts no UNIQUE constraint on user-data tables besides the primary key', () => {
    const { sqlite } = testDatabase().database
    for (const table of userTables(sqlite)) {
      const unique = sqlite
        .prepare(`SELECT name FROM pragma_index_list(?) WHERE "unique" = 1 AND origin != 'pk'`)
        .all(table)
      expect(unique, `${table}: unique indexes`).toEqual([])
    }
  })

  it('indexes every user-data table by owner and change time for bundle export', () => {
    const { sqlite } = testDatabase().database
    const leadingColumns = (index: string) =>
      (sqlite.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`).all(index) as { name: string }[])
        .map((c) => c.name)
        .slice(0, 2)
        .join()
    for (const table of userTables(sqlite)) {
      const indexes = sqlite.prepare(`SELECT name FROM pragma_index_list(?)`).all(table) as { name: string }[]
      expect(
        indexes.map((i) => leadingColumns(i.name)),
        `${table}: index on (hub_id, updated_at)`,
      ).toContain('hub_id,updated_at')
    }
  })
})

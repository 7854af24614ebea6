import { describe, expect, it } from 'vitest'
import { syncedTables } from '../sync/tables'
import { testDatabase } from '../testing/database'

interface Column {
  name: string
  type: string
  notnull: number
  pk: number
}

/**
 * The rules every synced table must keep so signed-bundle sync can merge it (issues #2 and #8).
 * They run against the migrated schema, taking the tables from the sync registry, so each later
 * migration and each newly registered table is held to them automatically.
 */
describe('sync-ready schema conventions', () => {
  const names = syncedTables.map((table) => table.name)

  it('finds the synced tables in the migrated database', () => {
    const { sqlite } = testDatabase().database
    const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all()
    expect(names).toContain('hubs')
    expect(tables).toEqual(expect.arrayContaining(names))
  })

  it('gives every synced table a text id key, an owner hub, UTC timestamps, soft deletion and clocks', () => {
    const { sqlite } = testDatabase().database
    for (const table of names) {
      const columns = sqlite
        .prepare(`SELECT name, lower(type) AS type, "notnull", pk FROM pragma_table_info(?)`)
        .all(table) as Column[]
      const column = (name: string) => columns.find((c) => c.name === name)
      expect(
        columns.filter((c) => c.pk > 0),
        `${table}: primary key`,
      ).toEqual([{ name: 'id', type: 'text', notnull: 1, pk: 1 }])
      for (const name of ['hub_id', 'created_at', 'updated_at', 'created_hlc', 'hlc', 'field_clocks'])
        expect(column(name), `${table}.${name}`).toMatchObject({ type: 'text', notnull: 1 })
      expect(column('deleted_at'), `${table}.deleted_at`).toMatchObject({ type: 'text', notnull: 0 })
      expect(column('change_seq'), `${table}.change_seq`).toMatchObject({ type: 'integer', notnull: 1 })
      const fractional = columns.filter((c) => /real|floa|doub|numeric|decimal/.test(c.type))
      expect(fractional, `${table}: money is integer rupiah`).toEqual([])
    }
  })

  it('puts no UNIQUE constraint on synced tables besides the primary key', () => {
    const { sqlite } = testDatabase().database
    for (const table of names) {
      const unique = sqlite
        .prepare(`SELECT name FROM pragma_index_list(?) WHERE "unique" = 1 AND origin != 'pk'`)
        .all(table)
      expect(unique, `${table}: unique indexes`).toEqual([])
    }
  })

  it('indexes every synced table by owner and change counter for incremental export', () => {
    const { sqlite } = testDatabase().database
    const leadingColumns = (index: string) =>
      (sqlite.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`).pluck().all(index) as string[])
        .slice(0, 2)
        .join()
    for (const table of names) {
      const indexes = sqlite.prepare(`SELECT name FROM pragma_index_list(?)`).pluck().all(table) as string[]
      expect(indexes.map(leadingColumns), `${table}: index on (hub_id, change_seq)`).toContain('hub_id,change_seq')
    }
  })
})

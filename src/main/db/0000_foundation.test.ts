import { describe, expect, it } from 'vitest'
import { testDatabase } from '../testing/database'

const columnsOf = (sqlite: import('better-sqlite3').Database, table: string) =>
  (
    sqlite.prepare(`SELECT name, lower(type) AS type, "notnull", pk FROM pragma_table_info(?)`).all(table) as {
      name: string
      type: string
      notnull: number
      pk: number
    }[]
  ).map((c) => `${c.name} ${c.type}${c.notnull ? ' not null' : ''}${c.pk ? ' pk' : ''}`)

describe('migration 0000_foundation', () => {
  it('creates the hubs table with sync columns and the contact fields', () => {
    const { database } = testDatabase()
    expect(columnsOf(database.sqlite, 'hubs')).toEqual([
      'id text not null pk',
      'hub_id text not null',
      'created_at text not null',
      'updated_at text not null',
      'deleted_at text',
      'role text not null',
      'province_code text',
      'name text not null',
      'contact_name text',
      'contact_phone text',
      'contact_email text',
      'public_key text not null',
      // Added by 0002_sync.
      'created_hlc text not null',
      'hlc text not null',
      'field_clocks text not null',
      'change_seq integer not null',
    ])
  })

  it('creates the reference tables and local settings', () => {
    const { database } = testDatabase()
    const tables = (
      database.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as {
        name: string
      }[]
    ).map((t) => t.name)
    expect(tables).toEqual(
      expect.arrayContaining([
        '__drizzle_migrations',
        'hubs',
        'local_settings',
        'ref_districts',
        'ref_provinces',
        'ref_regencies',
        'ref_sdgs',
        'ref_terms',
        'ref_versions',
        'ref_villages',
      ]),
    )
  })

  it('serves "changed since" bundle export from the owner index (by change counter since 0002_sync)', () => {
    const { database } = testDatabase()
    const plan = database.sqlite
      .prepare(`EXPLAIN QUERY PLAN SELECT * FROM hubs WHERE hub_id = ? AND change_seq > ?`)
      .all('a', 0) as { detail: string }[]
    expect(plan.map((p) => p.detail).join()).toMatch(/USING INDEX hubs_hub_change_idx/)
  })

  it('looks kabupaten/kota up by province, and villages by kecamatan, through indexes', () => {
    const { database } = testDatabase()
    const detail = (sql: string) =>
      (database.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as { detail: string }[])
        .map((p) => p.detail)
        .join()
    expect(detail('SELECT * FROM ref_regencies WHERE province_code = ?')).toMatch(/ref_regencies_province_idx/)
    expect(detail('SELECT * FROM ref_districts WHERE regency_code = ?')).toMatch(/ref_districts_regency_idx/)
    expect(detail('SELECT * FROM ref_villages WHERE district_code = ?')).toMatch(/ref_villages_district_idx/)
  })
})

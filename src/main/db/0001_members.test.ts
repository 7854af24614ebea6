import { describe, expect, it } from 'vitest'
import { testDatabase } from '../testing/database'

const insertOrganisation = (sqlite: import('better-sqlite3').Database, id: string, name: string) => {
  const now = '2026-01-01T00:00:00.000Z'
  sqlite
    .prepare(
      `INSERT INTO organisations (id, hub_id, created_at, updated_at, name, name_key, regency_code, status,
        status_since, phone) VALUES (?, 'hub', ?, ?, ?, ?, '35.19', 'active', '2026-01-01', '+6281234567890')`,
    )
    .run(id, now, now, name, name.toLowerCase())
}
const insertPerson = (sqlite: import('better-sqlite3').Database, id: string, organisationId: string) => {
  const now = '2026-01-01T00:00:00.000Z'
  sqlite
    .prepare(
      `INSERT INTO people (id, hub_id, created_at, updated_at, name, name_key, gender, role, organisation_id, email)
       VALUES (?, 'hub', ?, ?, 'Siti Rahayu', 'siti rahayu', 'female', 'leader', ?, 'siti@contoh.or.id')`,
    )
    .run(id, now, now, organisationId)
}
const matches = (sqlite: import('better-sqlite3').Database, table: string, query: string) =>
  (
    sqlite
      .prepare(
        `SELECT k.entity_id AS id FROM ${table} f JOIN search_keys k ON k.rowid = f.rowid WHERE ${table} MATCH ?`,
      )
      .all(query) as { id: string }[]
  ).map((row) => row.id)

describe('migration 0001_members', () => {
  it('creates the member tables', () => {
    const { sqlite } = testDatabase().database
    const tables = (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[])
      .map((t) => t.name)
      .filter((name) => !name.startsWith('ref_'))
    expect(tables).toEqual(
      expect.arrayContaining([
        'organisations',
        'membership_changes',
        'capacity_assessments',
        'people',
        'affiliations',
        'merges',
        'search_keys',
        'organisations_fts',
        'people_fts',
      ]),
    )
  })

  it('indexes organisations for search by name, place and phone, accent- and case-insensitively', () => {
    const { sqlite } = testDatabase().database
    insertOrganisation(sqlite, 'a', 'Yayasan Bina Désa')
    expect(matches(sqlite, 'organisations_fts', 'desa*')).toEqual(['a'])
    expect(matches(sqlite, 'organisations_fts', 'MADIUN')).toEqual(['a'])
    expect(matches(sqlite, 'organisations_fts', '"0812"*')).toEqual(['a'])
  })

  it('indexes e-mail addresses without free-mail domains, which would match half the directory', () => {
    const { sqlite } = testDatabase().database
    insertOrganisation(sqlite, 'a', 'Yayasan Bina Desa')
    insertOrganisation(sqlite, 'b', 'Forum Warga')
    sqlite.prepare(`UPDATE organisations SET email = 'binadesa.info@gmail.com' WHERE id = 'a'`).run()
    sqlite.prepare(`UPDATE organisations SET email = 'sekretariat@forumwarga.or.id' WHERE id = 'b'`).run()
    expect(matches(sqlite, 'organisations_fts', 'gmail')).toEqual([])
    expect(matches(sqlite, 'organisations_fts', 'binadesa')).toEqual(['a'])
    expect(matches(sqlite, 'organisations_fts', 'forumwarga')).toEqual(['b'])
    insertPerson(sqlite, 'p', 'a')
    sqlite.prepare(`UPDATE people SET email = 'siti.rahayu@yahoo.co.id' WHERE id = 'p'`).run()
    expect(matches(sqlite, 'people_fts', 'yahoo')).toEqual([])
    expect(matches(sqlite, 'people_fts', 'contact : rahayu')).toEqual(['p'])
  })

  it('keeps the index current on rename and drops soft-deleted rows', () => {
    const { sqlite } = testDatabase().database
    insertOrganisation(sqlite, 'a', 'Yayasan Bina Desa')
    sqlite.prepare(`UPDATE organisations SET name = 'Perkumpulan Tani Maju' WHERE id = 'a'`).run()
    expect(matches(sqlite, 'organisations_fts', 'bina')).toEqual([])
    expect(matches(sqlite, 'organisations_fts', 'tani')).toEqual(['a'])
    sqlite.prepare(`UPDATE organisations SET deleted_at = '2026-01-02T00:00:00.000Z' WHERE id = 'a'`).run()
    expect(matches(sqlite, 'organisations_fts', 'tani')).toEqual([])
    sqlite.prepare(`UPDATE organisations SET deleted_at = NULL WHERE id = 'a'`).run()
    expect(matches(sqlite, 'organisations_fts', 'tani')).toEqual(['a'])
  })

  it('keys the index by its own rowids, so VACUUM cannot detach it from the rows', () => {
    const { sqlite } = testDatabase().database
    const rows: [string, string][] = [
      ['a', 'Alpha Satu'],
      ['b', 'Beta Dua'],
      ['c', 'Gamma Tiga'],
    ]
    for (const [id, name] of rows) insertOrganisation(sqlite, id, name)
    sqlite.prepare(`DELETE FROM organisations WHERE id = 'a'`).run()
    sqlite.exec('VACUUM')
    expect(matches(sqlite, 'organisations_fts', 'gamma')).toEqual(['c'])
    expect(matches(sqlite, 'organisations_fts', 'alpha')).toEqual([])
  })

  it('indexes people by name, contact and their OMS with its kabupaten/kota', () => {
    const { sqlite } = testDatabase().database
    insertOrganisation(sqlite, 'a', 'Yayasan Cahaya Gunung')
    insertPerson(sqlite, 'p', 'a')
    expect(matches(sqlite, 'people_fts', 'rah*')).toEqual(['p'])
    expect(matches(sqlite, 'people_fts', 'siti')).toEqual(['p'])
    expect(matches(sqlite, 'people_fts', 'cahaya gunung')).toEqual(['p'])
    expect(matches(sqlite, 'people_fts', 'madiun')).toEqual(['p'])
  })

  it('re-indexes the people of an OMS that is renamed, moves or is merged away, and people who move', () => {
    const { sqlite } = testDatabase().database
    insertOrganisation(sqlite, 'a', 'Yayasan Cahaya Gunung')
    insertOrganisation(sqlite, 'b', 'Perkumpulan Tani Maju')
    insertPerson(sqlite, 'p', 'a')
    sqlite.prepare(`UPDATE organisations SET name = 'Yayasan Sinar Laut', acronym = 'YSL' WHERE id = 'a'`).run()
    expect(matches(sqlite, 'people_fts', 'cahaya')).toEqual([])
    expect(matches(sqlite, 'people_fts', 'sinar')).toEqual(['p'])
    expect(matches(sqlite, 'people_fts', 'ysl')).toEqual(['p'])
    sqlite.prepare(`UPDATE organisations SET regency_code = '35.78' WHERE id = 'a'`).run()
    expect(matches(sqlite, 'people_fts', 'madiun')).toEqual([])
    expect(matches(sqlite, 'people_fts', 'surabaya')).toEqual(['p'])
    sqlite.prepare(`UPDATE organisations SET deleted_at = '2026-01-02T00:00:00.000Z' WHERE id = 'a'`).run()
    expect(matches(sqlite, 'people_fts', 'sinar')).toEqual([])
    expect(matches(sqlite, 'people_fts', 'siti')).toEqual(['p'])
    sqlite.prepare(`UPDATE people SET organisation_id = 'b' WHERE id = 'p'`).run()
    expect(matches(sqlite, 'people_fts', 'tani')).toEqual(['p'])
    sqlite.prepare(`UPDATE people SET deleted_at = '2026-01-02T00:00:00.000Z' WHERE id = 'p'`).run()
    sqlite.prepare(`UPDATE organisations SET name = 'Perkumpulan Tani Jaya' WHERE id = 'b'`).run()
    expect(matches(sqlite, 'people_fts', 'tani')).toEqual([])
  })
})

import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { jawaTimurServices, saved, savedPerson } from '../members/records/testing'
import { syncWrite } from '../sync/write'
import { organisations } from '../members/schema'
import { forgetMigrationsAfter } from '../testing/migrations'
import { createDb } from '.'

const definition = (sqlite: import('better-sqlite3').Database, table: string) =>
  sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).pluck().get(table) as string

const matches = (sqlite: import('better-sqlite3').Database, table: string, expression: string) =>
  sqlite.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`).pluck().all(expression)

/** Every term the index holds, with the rows and columns it is in: the index compared whole. */
function contents(sqlite: import('better-sqlite3').Database, table: string) {
  sqlite.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${table}_terms USING fts5vocab(main, ${table}, instance)`)
  return sqlite.prepare(`SELECT term, doc, col, offset FROM temp.${table}_terms ORDER BY 1, 2, 3, 4`).all()
}

describe('migration 0004_search_prefixes', () => {
  it('indexes every start of a word up to eight letters', async () => {
    const { database } = await jawaTimurServices()
    for (const table of ['organisations_fts', 'people_fts'])
      expect(definition(database.sqlite, table)).toContain(`prefix='1 2 3 4 5 6 7 8'`)
  })

  it('rebuilds the index of a database of version 0003 with the same contents, which triggers keep current', async () => {
    const { database, registry, directory } = await jawaTimurServices()
    const organisationId = saved(
      await registry.invoke('members:createOrganisation', { name: 'Perkumpulan Swadaya Mitra', regencyCode: '35.19' }),
    )
    await savedPerson(registry, organisationId, 'Siti Rahayu', { phone: '0812 3456 7890' })
    const before = {
      organisations: contents(database.sqlite, 'organisations_fts'),
      people: contents(database.sqlite, 'people_fts'),
    }
    // Back to 0003: its index definitions, and the journal without this migration.
    const shipped = database.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()
    forgetMigrationsAfter(database.sqlite, 5)
    database.sqlite.exec(`
      DROP TABLE organisations_fts; DROP TABLE people_fts;
      CREATE VIRTUAL TABLE organisations_fts USING fts5(name, acronym, place, contact, content='',
        contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
      CREATE VIRTUAL TABLE people_fts USING fts5(name, contact, organisation, content='',
        contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
      INSERT INTO organisations_fts (rowid, name, acronym, place, contact)
        SELECT rowid, name, acronym, place, contact FROM organisation_search_rows;
      INSERT INTO people_fts (rowid, name, contact, organisation)
        SELECT rowid, name, contact, organisation FROM people_search_rows;
      DELETE FROM __drizzle_migrations WHERE id = 5`)
    database.close()

    const upgraded = createDb(join(directory, 'hub.db'))
    onTestFinished(() => upgraded.close())
    const { sqlite } = upgraded
    expect(sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(shipped)
    expect(definition(sqlite, 'people_fts')).toContain(`prefix='1 2 3 4 5 6 7 8'`)
    expect(contents(sqlite, 'organisations_fts')).toEqual(before.organisations)
    expect(contents(sqlite, 'people_fts')).toEqual(before.people)
    expect(matches(sqlite, 'people_fts', '"08123"*')).toHaveLength(1)

    syncWrite(upgraded, (writer) => writer.update(organisations, organisationId, { name: 'Perkumpulan Lestari' }))
    expect(matches(sqlite, 'organisations_fts', '"lestari"*')).toHaveLength(1)
    expect(matches(sqlite, 'people_fts', '"lestari"*')).toHaveLength(1)
    expect(matches(sqlite, 'people_fts', '"swadaya"*')).toEqual([])
  })
})

import { writeFileSync, readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import type { AppDatabase } from '../db'
import { affiliations, organisations, people } from '../members/schema'
import { importBundles } from './import'
import { addOrganisation, addPerson, exportFrom, newInstance, trust } from './testing'
import { syncWrite } from './write'

const indexes = [
  { fts: 'people_fts', view: 'people_search_rows', columns: ['name', 'contact', 'organisation'] },
  { fts: 'organisations_fts', view: 'organisation_search_rows', columns: ['name', 'acronym', 'place', 'contact'] },
]

/**
 * Every token of a search index, by the record it finds, set against an index built afresh from
 * the search views: the rows the triggers would have indexed one by one.
 */
function indexAgainstViews(database: AppDatabase) {
  const { sqlite } = database
  return indexes.map(({ fts, view, columns }) => {
    const fresh = `temp.fresh_${fts}`
    sqlite.exec(`DROP TABLE IF EXISTS ${fresh}`)
    sqlite.exec(`CREATE VIRTUAL TABLE ${fresh} USING fts5(${columns.join(', ')},
      content='', tokenize='unicode61 remove_diacritics 2')`)
    sqlite.exec(`INSERT INTO ${fresh} (rowid, ${columns.join(', ')}) SELECT rowid, ${columns.join(', ')} FROM ${view}`)
    const tokens = (schema: string, table: string) => {
      sqlite.exec(
        `DROP TABLE IF EXISTS temp.vocab; CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(${schema}, ${table}, instance)`,
      )
      return sqlite
        .prepare(
          `SELECT k.entity_id || ' ' || v.col || ' ' || v.offset || ' ' || v.term FROM temp.vocab v
          JOIN search_keys k ON k.rowid = v.doc ORDER BY 1`,
        )
        .pluck()
        .all() as string[]
    }
    return { table: fts, index: tokens('main', fts), fresh: tokens('temp', `fresh_${fts}`) }
  })
}

const triggers = (database: AppDatabase) =>
  database.sqlite
    .prepare(`SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name`)
    .pluck()
    .all()

it('a batch import leaves the search index as the row-by-row triggers would, and the triggers in place', async () => {
  const jatim = await newInstance('Forum OMS Jawa Timur', '35')
  const national = await newInstance('Sekretariat Nasional', null)
  await trust(national, jatim)
  const bina = addOrganisation(jatim, 'Yayasan Bina Desa', '35.19')
  const tani = addOrganisation(jatim, 'Kelompok Tani Makmur', '35.07')
  const siti = addPerson(jatim, bina, { name: 'Siti Rahayu', phone: '+6281234567890', consent: true })
  const budi = addPerson(jatim, bina, { name: 'Budi Santoso', phone: '+6285711112222' })
  const dewi = addPerson(jatim, tani, { name: 'Dewi Lestari' })
  const gone = addPerson(jatim, tani, { name: 'Agus Salim' })
  syncWrite(jatim.database, (writer) => writer.remove(people, gone))
  const before = triggers(national.database)
  expect(before.length).toBeGreaterThanOrEqual(7)

  const first = await exportFrom(jatim)
  expect(importBundles(national.database, [first]).map((report) => report.outcome)).toEqual(['accepted'])
  const afterFirst = indexAgainstViews(national.database)
  for (const { table, index, fresh } of afterFirst) expect(index, table).toEqual(fresh)
  expect(afterFirst[0]?.index.some((token) => token.startsWith(`${siti} name 0 siti`))).toBe(true)
  expect(afterFirst[0]?.index.some((token) => token.startsWith(gone))).toBe(false)

  // Renamed organisation (its people's search rows name it), a move, a delete and a restore.
  jatim.clock.now += 60_000
  syncWrite(jatim.database, (writer) => {
    writer.update(organisations, bina, { name: 'Yayasan Cahaya Desa', acronym: 'YCD' })
    const open = jatim.database.sqlite
      .prepare('SELECT id FROM affiliations WHERE person_id = ? AND until_on IS NULL')
      .pluck()
      .get(budi) as string
    writer.update(affiliations, open, { untilOn: '2026-06-30' })
    writer.insert(affiliations, { personId: budi, organisationId: tani, role: 'manager', fromOn: '2026-07-01' })
    writer.remove(people, dewi)
    writer.restore(people, gone)
  })
  const second = await exportFrom(jatim)
  // A tampered bundle in the same batch is refused alone, and the rest still indexed.
  const tampered = `${second}.tampered`
  const bytes = readFileSync(second)
  bytes.writeUInt8((bytes.at(-5) as number) ^ 1, bytes.length - 5)
  writeFileSync(tampered, bytes)
  expect(importBundles(national.database, [tampered, second]).map((report) => report.outcome)).toEqual([
    'refused',
    'accepted',
  ])
  const afterSecond = indexAgainstViews(national.database)
  for (const { table, index, fresh } of afterSecond) expect(index, table).toEqual(fresh)
  const people2 = afterSecond[0]?.index ?? []
  expect(people2.some((token) => token.startsWith(`${budi} organisation`) && token.endsWith(' tani'))).toBe(true)
  expect(people2.some((token) => token.startsWith(`${siti} organisation`) && token.endsWith(' cahaya'))).toBe(true)
  expect(people2.some((token) => token.startsWith(dewi))).toBe(false)
  expect(people2.some((token) => token.startsWith(`${gone} name 0 agus`))).toBe(true)
  expect(triggers(national.database)).toEqual(before)
})

it('a batch that fails midway rolls back with its triggers in place', async () => {
  const jatim = await newInstance('Forum OMS Jawa Timur', '35')
  const national = await newInstance('Sekretariat Nasional', null)
  await trust(national, jatim)
  addPerson(jatim, addOrganisation(jatim, 'Yayasan Bina Desa', '35.19'), { name: 'Siti Rahayu' })
  const bundle = await exportFrom(jatim)
  const before = triggers(national.database)
  expect(() =>
    importBundles(national.database, [bundle], {}, () => {
      throw new Error('disk full')
    }),
  ).toThrow('disk full')
  expect(triggers(national.database)).toEqual(before)
  expect(national.database.sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0)
})

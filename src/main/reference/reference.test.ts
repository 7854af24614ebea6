import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { District } from '../../shared/reference'
import { testDatabase } from '../testing/database'
import { titleCase } from './area-data'
import { testServices } from '../testing/database'
import { loadReferenceData } from './load'
import { listDistricts, listProvinces, listRegencies, listVillages, readTaxonomies } from './queries'

const count = (sqlite: Database.Database, table: string) =>
  (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

describe('reference data', () => {
  it('holds the 38 provinces and 514 kabupaten/kota with Kemendagri codes', () => {
    const { database } = testDatabase()
    expect(count(database.sqlite, 'ref_provinces')).toBe(38)
    expect(count(database.sqlite, 'ref_regencies')).toBe(514)
    const kinds = database.sqlite
      .prepare('SELECT kind, count(*) AS n FROM ref_regencies GROUP BY kind ORDER BY kind')
      .all()
    expect(kinds).toEqual([
      { kind: 'kabupaten', n: 416 },
      { kind: 'kota', n: 98 },
    ])
  })

  it('holds every kecamatan and desa/kelurahan for look-up', () => {
    const { database } = testDatabase()
    expect(count(database.sqlite, 'ref_districts')).toBe(7277)
    expect(count(database.sqlite, 'ref_villages')).toBe(83763)
    const madiun = listRegencies(database.orm, '35').filter((r) => r.shortName === 'Madiun')
    expect(madiun.map((r) => r.name)).toEqual(['Kabupaten Madiun', 'Kota Madiun'])
    const districts = listDistricts(database.orm, '35.77')
    expect(districts.map((d) => d.name)).toContain('Manguharjo')
    const villages = listVillages(database.orm, districts.find((d) => d.name === 'Manguharjo')!.code)
    expect(villages.map((v) => v.name)).toContain('Nambangan Lor')
  })

  it('gives each province its legal time zone', () => {
    const { database } = testDatabase()
    const zones = Object.fromEntries(listProvinces(database.orm).map((p) => [p.name, p.timeZone]))
    expect(zones['DKI Jakarta']).toBe('WIB')
    expect(zones['Kalimantan Tengah']).toBe('WIB')
    expect(zones['Bali']).toBe('WITA')
    expect(zones['Kalimantan Selatan']).toBe('WITA')
    expect(zones['Sulawesi Barat']).toBe('WITA')
    expect(zones['Maluku Utara']).toBe('WIT')
    expect(zones['Papua Barat Daya']).toBe('WIT')
    const tally = database.sqlite
      .prepare('SELECT time_zone, count(*) AS n FROM ref_provinces GROUP BY time_zone ORDER BY 1')
      .all()
    expect(tally).toEqual([
      { time_zone: 'WIB', n: 18 },
      { time_zone: 'WIT', n: 8 },
      { time_zone: 'WITA', n: 12 },
    ])
  })

  it('holds the programme taxonomies, bilingual', () => {
    const { database } = testDatabase()
    const taxonomies = readTaxonomies(database.orm)
    expect(taxonomies.capacityAspects).toHaveLength(6)
    expect(taxonomies.supportForms).toHaveLength(7)
    expect(taxonomies.organisationTypes).toHaveLength(12)
    expect(taxonomies.sectors).toHaveLength(13)
    expect(taxonomies.sectors.filter((s) => s.emerging)).toHaveLength(6)
    expect(taxonomies.sdgs).toHaveLength(17)
    expect(taxonomies.sdgs[4]).toEqual({ number: 5, nameId: 'Kesetaraan Gender', nameEn: 'Gender Equality' })
    expect(taxonomies.supportForms[0]).toEqual({ code: 'funds', nameId: 'Dana', nameEn: 'Funds' })
    for (const term of [...taxonomies.capacityAspects, ...taxonomies.organisationTypes, ...taxonomies.sectors])
      expect(term.nameId && term.nameEn, term.code).toBeTruthy()
  })

  it('reloads a dataset whose version changed, without duplicating rows', () => {
    const { database } = testDatabase()
    database.sqlite.prepare(`UPDATE ref_provinces SET name = 'stale' WHERE code = '35'`).run()
    database.sqlite.prepare(`UPDATE ref_versions SET version = 'old'`).run()
    loadReferenceData(database.sqlite)
    expect(count(database.sqlite, 'ref_provinces')).toBe(38)
    expect(count(database.sqlite, 'ref_villages')).toBe(83763)
    expect(listProvinces(database.orm).find((p) => p.code === '35')?.name).toBe('Jawa Timur')
  })
})

describe('reference look-ups over IPC', () => {
  it("answers an unknown but well-formed code as not found, in the user's language", async () => {
    const { registry } = testServices()
    expect(await registry.invoke('reference:regencies', { provinceCode: '99' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Kode provinsi "99" tidak ada dalam data wilayah Kemendagri.' },
    })
    expect(await registry.invoke('reference:districts', { regencyCode: '35.99' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Kode kabupaten/kota "35.99" tidak ada dalam data wilayah Kemendagri.' },
    })
    expect(await registry.invoke('reference:villages', { districtCode: '35.77.99' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it('explains the expected form of a malformed code', async () => {
    const { registry } = testServices()
    const result = await registry.invoke('reference:districts', { regencyCode: '3519' })
    expect(!result.ok && result.error.fields).toEqual({
      regencyCode: 'Kode kabupaten/kota berbentuk 35.19 (kode provinsi, titik, dua angka).',
    })
  })

  it('lists the kecamatan of a known kabupaten', async () => {
    const { registry } = testServices()
    const result = await registry.invoke('reference:districts', { regencyCode: '35.19' })
    expect(result.ok && (result.value as District[]).map((d) => d.name)).toContain('Wungu')
  })
})

describe('titleCase', () => {
  it.each([
    ['KABUPATEN MADIUN', 'Kabupaten Madiun'],
    ['DKI JAKARTA', 'DKI Jakarta'],
    ['DAERAH ISTIMEWA YOGYAKARTA', 'Daerah Istimewa Yogyakarta'],
    ['KEPULAUAN BANGKA BELITUNG', 'Kepulauan Bangka Belitung'],
    ['KABUPATEN PANGKAJENE DAN KEPULAUAN', 'Kabupaten Pangkajene dan Kepulauan'],
  ])('%s → %s', (official, readable) => expect(titleCase(official)).toBe(readable))
})

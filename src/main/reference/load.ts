import type Database from 'better-sqlite3'
import { AREA_DATASET, AREA_LOAD_VERSION, readAreaCsv, titleCase } from './area-data'
import {
  TAXONOMY_VERSION,
  capacityAspects,
  organisationTypes,
  provinceTimeZone,
  sdgs,
  sectors,
  supportForms,
} from './taxonomies'

const TAXONOMY_DATASET = 'lokadaya-taxonomies'

/**
 * Brings the reference tables up to the versions this build ships. Rows are upserted, never
 * deleted: user data keeps pointing at codes even if a later dataset retires one. Each dataset is
 * replaced in one transaction, so a reader never sees half a load.
 */
export function loadReferenceData(sqlite: Database.Database): void {
  const markLoaded = sqlite.prepare(
    'INSERT INTO ref_versions (dataset, version) VALUES (?, ?) ON CONFLICT(dataset) DO UPDATE SET version = excluded.version',
  )
  const stale = staleReferenceData(sqlite)
  if (stale.includes(AREA_DATASET))
    sqlite
      .transaction(() => {
        loadAreas(sqlite)
        markLoaded.run(AREA_DATASET, AREA_LOAD_VERSION)
      })
      .immediate()
  if (stale.includes(TAXONOMY_DATASET))
    sqlite
      .transaction(() => {
        loadTaxonomies(sqlite)
        markLoaded.run(TAXONOMY_DATASET, TAXONOMY_VERSION)
      })
      .immediate()
}

/** The reference datasets whose stored version is not the one this build ships. */
export function staleReferenceData(sqlite: Database.Database): string[] {
  const current = new Map(
    (sqlite.prepare('SELECT dataset, version FROM ref_versions').all() as { dataset: string; version: string }[]).map(
      (r) => [r.dataset, r.version],
    ),
  )
  const shipped: [string, string][] = [
    [AREA_DATASET, AREA_LOAD_VERSION],
    [TAXONOMY_DATASET, TAXONOMY_VERSION],
  ]
  return shipped.filter(([dataset, version]) => current.get(dataset) !== version).map(([dataset]) => dataset)
}

function loadAreas(sqlite: Database.Database): void {
  const province = sqlite.prepare(
    `INSERT INTO ref_provinces (code, name, time_zone) VALUES (?, ?, ?)
     ON CONFLICT(code) DO UPDATE SET name = excluded.name, time_zone = excluded.time_zone`,
  )
  for (const row of readAreaCsv<{ code: string; name: string }>('provinces'))
    province.run(row.code, titleCase(row.name), provinceTimeZone(row.code))

  const regency = sqlite.prepare(
    `INSERT INTO ref_regencies (code, province_code, kind, name, short_name) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(code) DO UPDATE SET province_code = excluded.province_code, kind = excluded.kind,
       name = excluded.name, short_name = excluded.short_name`,
  )
  for (const row of readAreaCsv<{ code: string; province_code: string; name: string }>('regencies')) {
    const name = titleCase(row.name)
    const kind = name.startsWith('Kota ') ? 'kota' : 'kabupaten'
    regency.run(row.code, row.province_code, kind, name, name.replace(/^(Kabupaten|Kota) /, ''))
  }

  const district = sqlite.prepare(
    `INSERT INTO ref_districts (code, regency_code, name) VALUES (?, ?, ?)
     ON CONFLICT(code) DO UPDATE SET regency_code = excluded.regency_code, name = excluded.name`,
  )
  for (const row of readAreaCsv<{ code: string; regency_code: string; name: string }>('districts'))
    district.run(row.code, row.regency_code, row.name)

  const village = sqlite.prepare(
    `INSERT INTO ref_villages (code, district_code, name) VALUES (?, ?, ?)
     ON CONFLICT(code) DO UPDATE SET district_code = excluded.district_code, name = excluded.name`,
  )
  for (const row of readAreaCsv<{ code: string; district_code: string; name: string }>('villages'))
    village.run(row.code, row.district_code, row.name)
}

function loadTaxonomies(sqlite: Database.Database): void {
  const term = sqlite.prepare(
    `INSERT INTO ref_terms (vocabulary, code, name_id, name_en, sort_order, emerging) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(vocabulary, code) DO UPDATE SET name_id = excluded.name_id, name_en = excluded.name_en,
       sort_order = excluded.sort_order, emerging = excluded.emerging`,
  )
  const vocabularies = [
    ['capacity_aspect', capacityAspects],
    ['support_form', supportForms],
    ['organisation_type', organisationTypes],
  ] as const
  for (const [vocabulary, entries] of vocabularies)
    entries.forEach(([code, nameId, nameEn], i) => term.run(vocabulary, code, nameId, nameEn, i, 0))
  sectors.forEach(([code, nameId, nameEn, emerging], i) =>
    term.run('sector', code, nameId, nameEn, i, emerging ? 1 : 0),
  )

  const sdg = sqlite.prepare(
    `INSERT INTO ref_sdgs (number, name_id, name_en) VALUES (?, ?, ?)
     ON CONFLICT(number) DO UPDATE SET name_id = excluded.name_id, name_en = excluded.name_en`,
  )
  for (const [number, nameId, nameEn] of sdgs) sdg.run(number, nameId, nameEn)
}

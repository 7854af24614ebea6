import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * Read-only reference data, keyed by official codes and reloaded when its version changes. It is
 * the same on every instance, so it is never synced and carries none of the sync columns.
 */
export const referenceVersions = sqliteTable('ref_versions', {
  dataset: text('dataset').primaryKey(),
  version: text('version').notNull(),
})

export const provinces = sqliteTable('ref_provinces', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  timeZone: text('time_zone', { enum: ['WIB', 'WITA', 'WIT'] }).notNull(),
})

export const regencies = sqliteTable(
  'ref_regencies',
  {
    code: text('code').primaryKey(),
    provinceCode: text('province_code').notNull(),
    kind: text('kind', { enum: ['kabupaten', 'kota'] }).notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
  },
  (t) => [index('ref_regencies_province_idx').on(t.provinceCode)],
)

export const districts = sqliteTable(
  'ref_districts',
  {
    code: text('code').primaryKey(),
    regencyCode: text('regency_code').notNull(),
    name: text('name').notNull(),
  },
  (t) => [index('ref_districts_regency_idx').on(t.regencyCode)],
)

export const villages = sqliteTable(
  'ref_villages',
  {
    code: text('code').primaryKey(),
    districtCode: text('district_code').notNull(),
    name: text('name').notNull(),
  },
  (t) => [index('ref_villages_district_idx').on(t.districtCode)],
)

/** Capacity aspects, forms of support, organisation types and sectors share one bilingual shape. */
export const terms = sqliteTable(
  'ref_terms',
  {
    vocabulary: text('vocabulary', {
      enum: ['capacity_aspect', 'support_form', 'organisation_type', 'sector'],
    }).notNull(),
    code: text('code').notNull(),
    nameId: text('name_id').notNull(),
    nameEn: text('name_en').notNull(),
    sortOrder: integer('sort_order').notNull(),
    emerging: integer('emerging', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.vocabulary, t.code] }),
    index('ref_terms_vocabulary_idx').on(t.vocabulary, t.sortOrder),
  ],
)

export const sdgs = sqliteTable('ref_sdgs', {
  number: integer('number').primaryKey(),
  nameId: text('name_id').notNull(),
  nameEn: text('name_en').notNull(),
})

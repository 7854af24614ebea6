import { and, asc, eq, sql } from 'drizzle-orm'
import type { District, Province, Regency, Sector, Taxonomies, Term, Village } from '../../shared/reference'
import type { Orm } from '../db'
import { districts, provinces, regencies, sdgs, terms, villages } from './schema'

export const listProvinces = (orm: Orm): Province[] => orm.select().from(provinces).orderBy(asc(provinces.code)).all()

/**
 * Look-ups by code run once per row of an import or a seed; prepared once per connection they
 * cost a few microseconds instead of a query build each time.
 */
const preparedLookups = new WeakMap<Orm, ReturnType<typeof prepareLookups>>()
function prepareLookups(orm: Orm) {
  const code = sql.placeholder('code')
  return {
    province: orm.select().from(provinces).where(eq(provinces.code, code)).prepare(),
    regency: orm.select().from(regencies).where(eq(regencies.code, code)).prepare(),
    district: orm.select().from(districts).where(eq(districts.code, code)).prepare(),
    village: orm.select().from(villages).where(eq(villages.code, code)).prepare(),
    term: orm
      .select({ code: terms.code })
      .from(terms)
      .where(and(eq(terms.vocabulary, sql.placeholder('vocabulary')), eq(terms.code, code)))
      .prepare(),
  }
}
function lookups(orm: Orm) {
  let prepared = preparedLookups.get(orm)
  if (!prepared) preparedLookups.set(orm, (prepared = prepareLookups(orm)))
  return prepared
}

export const findProvince = (orm: Orm, code: string): Province | undefined => lookups(orm).province.get({ code })
export const findRegency = (orm: Orm, code: string): Regency | undefined => lookups(orm).regency.get({ code })
export const findDistrict = (orm: Orm, code: string): District | undefined => lookups(orm).district.get({ code })
export const findVillage = (orm: Orm, code: string): Village | undefined => lookups(orm).village.get({ code })
export const termExists = (orm: Orm, vocabulary: TermVocabulary, code: string): boolean =>
  lookups(orm).term.get({ vocabulary, code }) !== undefined

export const listRegencies = (orm: Orm, provinceCode: string): Regency[] =>
  orm.select().from(regencies).where(eq(regencies.provinceCode, provinceCode)).orderBy(asc(regencies.code)).all()

export const listDistricts = (orm: Orm, regencyCode: string): District[] =>
  orm.select().from(districts).where(eq(districts.regencyCode, regencyCode)).orderBy(asc(districts.name)).all()

export const listVillages = (orm: Orm, districtCode: string): Village[] =>
  orm.select().from(villages).where(eq(villages.districtCode, districtCode)).orderBy(asc(villages.name)).all()

type TermVocabulary = (typeof terms.vocabulary.enumValues)[number]

export function readTaxonomies(orm: Orm): Taxonomies {
  const rows = orm.select().from(terms).orderBy(asc(terms.vocabulary), asc(terms.sortOrder)).all()
  const of = (vocabulary: (typeof rows)[number]['vocabulary']): Sector[] =>
    rows
      .filter((r) => r.vocabulary === vocabulary)
      .map(({ code, nameId, nameEn, emerging }) => ({ code, nameId, nameEn, emerging }))
  const plain = (vocabulary: (typeof rows)[number]['vocabulary']): Term[] =>
    of(vocabulary).map(({ code, nameId, nameEn }) => ({ code, nameId, nameEn }))
  return {
    capacityAspects: plain('capacity_aspect'),
    supportForms: plain('support_form'),
    organisationTypes: plain('organisation_type'),
    sectors: of('sector'),
    sdgs: orm.select().from(sdgs).orderBy(asc(sdgs.number)).all(),
  }
}

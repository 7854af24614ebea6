import { asc, eq } from 'drizzle-orm'
import type { District, Province, Regency, Sector, Taxonomies, Term, Village } from '../../shared/reference'
import type { Orm } from '../db'
import { districts, provinces, regencies, sdgs, terms, villages } from './schema'

export const listProvinces = (orm: Orm): Province[] => orm.select().from(provinces).orderBy(asc(provinces.code)).all()

export const findProvince = (orm: Orm, code: string): Province | undefined =>
  orm.select().from(provinces).where(eq(provinces.code, code)).get()

export const findRegency = (orm: Orm, code: string): Regency | undefined =>
  orm.select().from(regencies).where(eq(regencies.code, code)).get()

export const findDistrict = (orm: Orm, code: string): District | undefined =>
  orm.select().from(districts).where(eq(districts.code, code)).get()

export const listRegencies = (orm: Orm, provinceCode: string): Regency[] =>
  orm.select().from(regencies).where(eq(regencies.provinceCode, provinceCode)).orderBy(asc(regencies.code)).all()

export const listDistricts = (orm: Orm, regencyCode: string): District[] =>
  orm.select().from(districts).where(eq(districts.regencyCode, regencyCode)).orderBy(asc(districts.name)).all()

export const listVillages = (orm: Orm, districtCode: string): Village[] =>
  orm.select().from(villages).where(eq(villages.districtCode, districtCode)).orderBy(asc(villages.name)).all()

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

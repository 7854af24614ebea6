import { AppError } from '../../shared/errors'
import type { HandlerRegistry } from '../ipc/registry'
import type { Orm } from '../db'
import {
  findDistrict,
  findProvince,
  findRegency,
  listDistricts,
  listProvinces,
  listRegencies,
  listVillages,
  readTaxonomies,
} from './queries'

/** An empty list would read as "this area has none"; an unknown code is a mistake to say so. */
function known(exists: (orm: Orm, code: string) => unknown, key: string, orm: Orm, code: string): string {
  if (!exists(orm, code)) throw new AppError('NOT_FOUND', { key, params: { code } })
  return code
}

export function registerReferenceHandlers(registry: HandlerRegistry): void {
  registry.register('reference:provinces', (_, { database }) => listProvinces(database.orm))
  registry.register('reference:regencies', ({ provinceCode }, { database: { orm } }) =>
    listRegencies(orm, known(findProvince, 'validation.province.unknown', orm, provinceCode)),
  )
  registry.register('reference:districts', ({ regencyCode }, { database: { orm } }) =>
    listDistricts(orm, known(findRegency, 'validation.regency.unknown', orm, regencyCode)),
  )
  registry.register('reference:villages', ({ districtCode }, { database: { orm } }) =>
    listVillages(orm, known(findDistrict, 'validation.district.unknown', orm, districtCode)),
  )
  registry.register('reference:taxonomies', (_, { database }) => readTaxonomies(database.orm))
}

import type { HandlerRegistry } from '../ipc/registry'
import { listDistricts, listProvinces, listRegencies, listVillages, readTaxonomies } from './queries'

export function registerReferenceHandlers(registry: HandlerRegistry): void {
  registry.register('reference:provinces', (_, { database }) => listProvinces(database.orm))
  registry.register('reference:regencies', ({ provinceCode }, { database }) =>
    listRegencies(database.orm, provinceCode),
  )
  registry.register('reference:districts', ({ regencyCode }, { database }) => listDistricts(database.orm, regencyCode))
  registry.register('reference:villages', ({ districtCode }, { database }) => listVillages(database.orm, districtCode))
  registry.register('reference:taxonomies', (_, { database }) => readTaxonomies(database.orm))
}

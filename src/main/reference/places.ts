import type { Message } from '../../shared/errors'
import type { HubIdentity } from '../../shared/hub'
import type { AppDatabase } from '../db'
import { findDistrict, findRegency, findVillage } from './queries'

export interface Place {
  regencyCode: string
  districtCode?: string | null
  villageCode?: string | null
}

/**
 * Where a record is: a kabupaten/kota of this hub's province (any, on the national instance), and
 * a kecamatan within it and a desa within that. Each problem keyed by the field it belongs to;
 * empty when all is well.
 */
export function placeProblems(database: AppDatabase, hub: HubIdentity, place: Place): Record<string, Message> {
  const problems: Record<string, Message> = {}
  const regency = findRegency(database.orm, place.regencyCode)
  if (!regency) problems.regencyCode = { key: 'validation.regency.unknown', params: { code: place.regencyCode } }
  else if (hub.provinceCode !== null && regency.provinceCode !== hub.provinceCode)
    problems.regencyCode = {
      key: 'validation.organisation.regencyOutsideProvince',
      params: { name: regency.name, province: hub.provinceName ?? hub.provinceCode },
    }
  if (place.districtCode) {
    const district = findDistrict(database.orm, place.districtCode)
    if (!district) problems.districtCode = { key: 'validation.district.unknown', params: { code: place.districtCode } }
    else if (district.regencyCode !== place.regencyCode)
      problems.districtCode = { key: 'validation.district.outsideRegency' }
  }
  if (place.villageCode) {
    if (!place.districtCode) problems.villageCode = { key: 'validation.village.withoutDistrict' }
    else if (findVillage(database.orm, place.villageCode)?.districtCode !== place.districtCode)
      problems.villageCode = { key: 'validation.village.outsideDistrict' }
  }
  return problems
}

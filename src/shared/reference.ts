import { z } from 'zod'
import type { TimeZoneCode } from './format'

export interface Province {
  code: string
  name: string
  timeZone: TimeZoneCode
}
export interface Regency {
  code: string
  provinceCode: string
  kind: 'kabupaten' | 'kota'
  /** "Kabupaten Madiun", "Kota Madiun". */
  name: string
  /** "Madiun": what people type; ambiguous between a kabupaten and a kota of the same name. */
  shortName: string
}
export interface District {
  code: string
  regencyCode: string
  name: string
}
export interface Village {
  code: string
  districtCode: string
  name: string
}
/** A bilingual reference entry: capacity aspects, forms of support, organisation types, sectors. */
export interface Term {
  code: string
  nameId: string
  nameEn: string
}
export interface Sector extends Term {
  /** One of the "newly emerging sectors" the programme gives priority to. */
  emerging: boolean
}
export interface Sdg {
  number: number
  nameId: string
  nameEn: string
}
export interface Taxonomies {
  capacityAspects: Term[]
  supportForms: Term[]
  organisationTypes: Term[]
  sectors: Sector[]
  sdgs: Sdg[]
}

export const regenciesInput = z.strictObject({
  provinceCode: z.string().regex(/^\d{2}$/, { error: 'validation.province.format' }),
})
export const districtsInput = z.strictObject({
  regencyCode: z.string().regex(/^\d{2}\.\d{2}$/, { error: 'validation.regency.format' }),
})
export const villagesInput = z.strictObject({
  districtCode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/, { error: 'validation.district.format' }),
})

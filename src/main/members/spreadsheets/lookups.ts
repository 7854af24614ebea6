import { and, eq, isNull } from 'drizzle-orm'
import type { Message } from '../../../shared/errors'
import type { HubIdentity } from '../../../shared/hub'
import type { MembershipStatus, OrganisationFields, PersonFields } from '../../../shared/members'
import type { Regency } from '../../../shared/reference'
import type { AppDatabase } from '../../db'
import { listDistricts, listVillages, readTaxonomies } from '../../reference/queries'
import { regencies } from '../../reference/schema'
import { foldText, organisationNameKey } from '../names'
import { pick } from '../records/common'
import { organisationFieldNames } from '../records/organisations'
import { personFieldNames } from '../records/people'
import { organisations, people } from '../schema'
import { createRegencyMatcher, type RegencyMatch } from './regencies'
import { sdgLookup, termLookup } from './labels'

/** A finding on one row, still untranslated; `field` is the import field the user can correct. */
export interface RowIssue {
  field: string | null
  severity: 'error' | 'warning'
  message: Message
}

/** Everything a row is checked against, read once per dry run instead of once per row. */
export interface Lookups {
  database: AppDatabase
  hub: HubIdentity
  provinceName: string
  regency(value: string): RegencyMatch
  regencyName(code: string): string
  typeCode(value: string): string | undefined
  sectorCode(value: string): string | undefined
  sdg(value: string): number | undefined
  districtCode(regencyCode: string, value: string): string | undefined
  villageCode(districtCode: string, value: string): string | undefined
  /** Organisations of this hub by normalised name, and by acronym as a second chance. */
  organisationsNamed(value: string): string[]
  /** A live organisation of this hub by ID; an ID merged away leads to the one it was merged into. */
  organisationById(id: string): { id: string; name: string; merged: boolean } | undefined
  existingOrganisation(id: string): ExistingRecord<OrganisationFields> | undefined
  existingPerson(id: string): ExistingRecord<PersonFields> | undefined
}

export interface ExistingRecord<Fields> {
  fields: Fields
  merged: boolean
  /** An organisation's membership status; people have none. */
  status: MembershipStatus | null
}

/** Names compare with "Kec."/"Desa"/"Kel." dropped: "Kec. Dolopo" is the kecamatan Dolopo. */
const placeKey = (value: string) =>
  foldText(value)
    .replace(/^(kecamatan|kec|desa|ds|kelurahan|kel)\s+/, '')
    .trim()

function placeIndex<T extends { code: string; name: string }>(load: (parent: string) => T[]) {
  const byParent = new Map<string, Map<string, string>>()
  return (parent: string, value: string): string | undefined => {
    let index = byParent.get(parent)
    if (!index) byParent.set(parent, (index = new Map(load(parent).map((place) => [placeKey(place.name), place.code]))))
    return index.get(placeKey(value))
  }
}

const fromJson = <T>(text: string): T => JSON.parse(text) as T

export function createLookups(database: AppDatabase, hub: HubIdentity): Lookups {
  const { orm } = database
  const everyRegency: Regency[] = orm.select().from(regencies).all()
  const inProvince = (regency: Regency) => !hub.provinceCode || regency.provinceCode === hub.provinceCode
  const allRegencies = everyRegency.filter(inProvince)
  const regencyNames = new Map(allRegencies.map((regency) => [regency.code, regency.name]))
  const taxonomies = readTaxonomies(orm)

  const byNameKey = new Map<string, string[]>()
  const add = (key: string, id: string) => {
    if (key) byNameKey.set(key, [...(byNameKey.get(key) ?? []).filter((other) => other !== id), id])
  }
  const hubOrganisations = orm
    .select({ id: organisations.id, name: organisations.name, acronym: organisations.acronym })
    .from(organisations)
    .where(and(eq(organisations.hubId, hub.hubId), isNull(organisations.deletedAt), isNull(organisations.mergedIntoId)))
    .all()
  for (const organisation of hubOrganisations) add(organisationNameKey(organisation.name), organisation.id)
  const byAcronym = new Map<string, string[]>()
  for (const organisation of hubOrganisations)
    if (organisation.acronym) {
      const key = foldText(organisation.acronym)
      byAcronym.set(key, [...(byAcronym.get(key) ?? []), organisation.id])
    }
  const liveById = new Map(hubOrganisations.map((organisation) => [organisation.id, organisation.name]))
  // A merge also marks the merged record deleted; a deleted record that was not merged leads nowhere.
  const mergedInto = (id: string) =>
    orm
      .select({ mergedIntoId: organisations.mergedIntoId })
      .from(organisations)
      .where(and(eq(organisations.id, id), eq(organisations.hubId, hub.hubId)))
      .get()?.mergedIntoId ?? null

  return {
    database,
    hub,
    provinceName: hub.provinceName ?? '',
    regency: createRegencyMatcher(
      allRegencies,
      everyRegency.filter((regency) => !inProvince(regency)),
    ),
    regencyName: (code) => regencyNames.get(code) ?? code,
    typeCode: termLookup(taxonomies.organisationTypes),
    sectorCode: termLookup(taxonomies.sectors),
    sdg: sdgLookup(taxonomies),
    districtCode: placeIndex((regencyCode) => listDistricts(orm, regencyCode)),
    villageCode: placeIndex((districtCode) => listVillages(orm, districtCode)),
    organisationsNamed: (value) => byNameKey.get(organisationNameKey(value)) ?? byAcronym.get(foldText(value)) ?? [],
    organisationById(id) {
      // A survivor may itself have been merged later: follow the chain, never round a loop.
      const seen = new Set<string>()
      for (let current: string | null = id; current && !seen.has(current); current = mergedInto(current)) {
        const name = liveById.get(current)
        if (name !== undefined) return { id: current, name, merged: current !== id }
        seen.add(current)
      }
      return undefined
    },
    existingOrganisation(id) {
      const row = orm
        .select()
        .from(organisations)
        .where(and(eq(organisations.id, id), eq(organisations.hubId, hub.hubId), isNull(organisations.deletedAt)))
        .get()
      if (!row) return undefined
      const { sectorCodes, sdgs, ...rest } = row
      return {
        merged: row.mergedIntoId !== null,
        status: row.status,
        // Only the fields: the strict field schema refuses the row's bookkeeping columns (hubId, ...).
        fields: {
          ...pick(rest, organisationFieldNames),
          sectorCodes: fromJson<string[]>(sectorCodes),
          sdgs: fromJson<number[]>(sdgs),
        } as OrganisationFields,
      }
    },
    existingPerson(id) {
      const row = orm
        .select()
        .from(people)
        .where(and(eq(people.id, id), eq(people.hubId, hub.hubId), isNull(people.deletedAt)))
        .get()
      return (
        row && { merged: row.mergedIntoId !== null, status: null, fields: pick(row, personFieldNames) as PersonFields }
      )
    },
  }
}

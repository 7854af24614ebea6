import { eq } from 'drizzle-orm'
import type { Message } from '../../../shared/errors'
import type { HubIdentity } from '../../../shared/hub'
import { organisationFields, type MembershipStatus, type OrganisationFields } from '../../../shared/members'
import type { AppDatabase } from '../../db'
import { placeProblems } from '../../reference/places'
import { termExists } from '../../reference/queries'
import { syncWrite } from '../../sync/write'
import { organisationNameKey } from '../names'
import { membershipChanges, organisations } from '../schema'
import { assertLive, pick, refuseFields } from './common'

export const organisationFieldNames = Object.keys(organisationFields.shape) as (keyof OrganisationFields)[]

/**
 * What the schema cannot know: the place codes exist and nest (regency in the hub's province — any
 * province for the national instance — district in regency, village in district), and the type and
 * sectors are in the reference lists. Empty when all is well.
 */
export function checkOrganisationFields(
  database: AppDatabase,
  hub: HubIdentity,
  fields: OrganisationFields,
): Record<string, Message> {
  const problems = placeProblems(database, hub, fields)
  if (fields.typeCode && !termExists(database.orm, 'organisation_type', fields.typeCode))
    problems.typeCode = { key: 'validation.organisation.type', params: { value: fields.typeCode } }
  const unknownSector = fields.sectorCodes.find((code) => !termExists(database.orm, 'sector', code))
  if (unknownSector !== undefined)
    problems.sectorCodes = { key: 'validation.organisation.sectors', params: { value: unknownSector } }
  return problems
}

/** The columns an organisation's fields fill; a listed place code makes its free-text name moot. */
function organisationColumns(fields: OrganisationFields) {
  const values = pick(fields, organisationFieldNames) as OrganisationFields
  return {
    ...values,
    nameKey: organisationNameKey(values.name),
    districtName: values.districtCode ? null : values.districtName,
    villageName: values.villageCode ? null : values.villageName,
    sectorCodes: JSON.stringify([...new Set(values.sectorCodes)]),
    sdgs: JSON.stringify([...new Set(values.sdgs)].sort((a, b) => a - b)),
  }
}

/** Writes a new organisation and its first membership status, within the caller's write if any. */
export function insertOrganisation(
  database: AppDatabase,
  hub: HubIdentity,
  fields: OrganisationFields,
  status: { status: MembershipStatus; since: string },
): string {
  refuseFields(checkOrganisationFields(database, hub, fields))
  return syncWrite(database, (writer) => {
    const id = writer.insert(organisations, {
      ...organisationColumns(fields),
      status: status.status,
      statusSince: status.since,
    })
    writer.insert(membershipChanges, { organisationId: id, status: status.status, effectiveOn: status.since })
    return id
  })
}

export function findOrganisationRow(database: AppDatabase, id: string) {
  return database.orm.select().from(organisations).where(eq(organisations.id, id)).get()
}

/** Rewrites an organisation's fields (not its status, which has its own history). */
export function updateOrganisation(
  database: AppDatabase,
  hub: HubIdentity,
  id: string,
  fields: OrganisationFields,
): void {
  assertLive(findOrganisationRow(database, id), 'organisation')
  refuseFields(checkOrganisationFields(database, hub, fields))
  syncWrite(database, (writer) => writer.update(organisations, id, organisationColumns(fields)))
}

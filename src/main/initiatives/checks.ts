import { and, inArray, isNull } from 'drizzle-orm'
import type { Message } from '../../shared/errors'
import type { HubIdentity } from '../../shared/hub'
import type { InitiativeFields } from '../../shared/initiatives'
import type { AppDatabase } from '../db'
import { findOrganisationRow } from '../members/records/organisations'
import { placeProblems } from '../reference/places'
import { termExists } from '../reference/queries'
import { issueClusters } from './schema'

/** Why an OMS cannot lead or partner an initiative, or null when it can. */
function organisationProblem(database: AppDatabase, id: string, role: 'lead' | 'partner'): Message | null {
  const row = findOrganisationRow(database, id)
  // A merged row is deleted too; naming the merge tells the user where the OMS went.
  if (row?.mergedIntoId) return { key: `validation.initiatives.${role}Merged` }
  if (!row || row.deletedAt) return { key: `validation.initiatives.${role}NotFound` }
  return null
}

/**
 * What the schema cannot know: the OMS exist and are live, places exist and nest, sectors are in
 * the reference list, and issue clusters newly named are live ones. A cluster the national team
 * deleted since may stay on an initiative that already had it, so an edit is not blocked by it.
 */
export function initiativeProblems(
  database: AppDatabase,
  hub: HubIdentity,
  fields: InitiativeFields,
  keptClusterIds: string[] = [],
): Record<string, Message> {
  const problems = placeProblems(database, hub, fields)
  const lead = organisationProblem(database, fields.leadOrganisationId, 'lead')
  if (lead) problems.leadOrganisationId = lead
  const partnerProblem = fields.partnerOrganisationIds
    .map((id) =>
      id === fields.leadOrganisationId
        ? { key: 'validation.initiatives.partnerIsLead' }
        : organisationProblem(database, id, 'partner'),
    )
    .find((problem) => problem !== null)
  if (partnerProblem) problems.partnerOrganisationIds = partnerProblem
  const unknownSector = fields.sectorCodes.find((code) => !termExists(database.orm, 'sector', code))
  if (unknownSector !== undefined)
    problems.sectorCodes = { key: 'validation.initiatives.sectorUnknown', params: { value: unknownSector } }
  const added = fields.clusterIds.filter((id) => !keptClusterIds.includes(id))
  const live = new Set(
    added.length === 0
      ? []
      : database.orm
          .select({ id: issueClusters.id })
          .from(issueClusters)
          .where(and(inArray(issueClusters.id, added), isNull(issueClusters.deletedAt)))
          .all()
          .map((row) => row.id),
  )
  if (added.some((id) => !live.has(id))) problems.clusterIds = { key: 'validation.initiatives.clusterUnknown' }
  return problems
}

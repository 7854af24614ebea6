import { eq } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import type { ParsedInputOf } from '../../../shared/contract'
import {
  statusTransitions,
  type CapacityAssessment,
  type OrganisationDetail,
  type OrganisationFields,
  type SaveResult,
} from '../../../shared/members'
import type { AppDatabase } from '../../db'
import { requireIdentity } from '../../hub/service'
import { terms } from '../../reference/schema'
import { organisationDuplicates } from '../duplicates'
import { capacityAssessments, membershipChanges, organisations } from '../schema'
import { formatDate, localDate } from '../../../shared/format'
import { assertLive, pick, refuseFields, saveChecked } from './common'
import { organisationDetail } from './detail'
import {
  checkOrganisationFields,
  findOrganisationRow,
  insertOrganisation,
  organisationFieldNames,
  updateOrganisation,
} from './organisations'

export function createOrganisation(
  database: AppDatabase,
  input: ParsedInputOf<'members:createOrganisation'>,
  now = new Date(),
): SaveResult {
  const hub = requireIdentity(database)
  const fields = pick(input, organisationFieldNames) as OrganisationFields
  const since = input.statusSince ?? localDate(now, hub.timeZone)
  return saveChecked(
    database,
    checkOrganisationFields(database, hub, fields),
    input.allowDuplicates,
    () => organisationDuplicates(database, fields),
    () => insertOrganisation(database, hub, fields, { status: input.status, since }, now),
  )
}

export function editOrganisation(
  database: AppDatabase,
  input: ParsedInputOf<'members:updateOrganisation'>,
  now = new Date(),
): SaveResult {
  const hub = requireIdentity(database)
  assertLive(findOrganisationRow(database, input.id), 'organisation')
  const fields = pick(input, organisationFieldNames) as OrganisationFields
  return saveChecked(
    database,
    checkOrganisationFields(database, hub, fields),
    input.allowDuplicates,
    () => organisationDuplicates(database, fields, input.id),
    () => {
      updateOrganisation(database, hub, input.id, fields, now)
      return input.id
    },
  )
}

/** calon → aktif → nonaktif/keluar, dated no earlier than the status it replaces. */
export function changeStatus(
  database: AppDatabase,
  input: ParsedInputOf<'members:changeStatus'>,
  now = new Date(),
): OrganisationDetail {
  const hub = requireIdentity(database)
  database.sqlite.transaction(() => {
    const row = findOrganisationRow(database, input.organisationId)
    assertLive(row, 'organisation')
    if (!statusTransitions[row.status].includes(input.status))
      refuseFields({
        status: { key: 'validation.organisation.statusTransition', params: { from: row.status, to: input.status } },
      })
    if (input.effectiveOn < row.statusSince)
      refuseFields({
        effectiveOn: {
          key: 'validation.organisation.statusBeforeCurrent',
          params: { date: formatDate(row.statusSince, hub.timeZone) },
        },
      })
    const stamp = now.toISOString()
    database.orm
      .update(organisations)
      .set({ status: input.status, statusSince: input.effectiveOn, updatedAt: stamp })
      .where(eq(organisations.id, row.id))
      .run()
    database.orm
      .insert(membershipChanges)
      .values({
        id: uuidv7(),
        hubId: hub.hubId,
        createdAt: stamp,
        updatedAt: stamp,
        organisationId: row.id,
        status: input.status,
        effectiveOn: input.effectiveOn,
        note: input.note,
      })
      .run()
  })()
  return organisationDetail(database, input.organisationId)
}

/** A self-assessment scores every capacity aspect of the reference list, no more, no fewer. */
export function addAssessment(
  database: AppDatabase,
  input: ParsedInputOf<'members:addAssessment'>,
  now = new Date(),
): CapacityAssessment {
  const hub = requireIdentity(database)
  assertLive(findOrganisationRow(database, input.organisationId), 'organisation')
  const aspects = database.orm
    .select({ code: terms.code })
    .from(terms)
    .where(eq(terms.vocabulary, 'capacity_aspect'))
    .all()
    .map((term) => term.code)
  const given = Object.keys(input.scores)
  if (given.length !== aspects.length || !aspects.every((code) => code in input.scores))
    refuseFields({ scores: { key: 'validation.assessment.aspects' } })
  const scores = Object.fromEntries(aspects.map((code) => [code, input.scores[code] as number]))
  const assessment = { id: uuidv7(), assessedOn: input.assessedOn, scores, note: input.note }
  database.orm
    .insert(capacityAssessments)
    .values({
      ...assessment,
      scores: JSON.stringify(scores),
      organisationId: input.organisationId,
      hubId: hub.hubId,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    })
    .run()
  return assessment
}

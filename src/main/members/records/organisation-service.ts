import { eq } from 'drizzle-orm'
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
import { syncWrite } from '../../sync/write'
import { organisationDuplicates } from '../duplicates'
import { capacityAssessments, membershipChanges } from '../schema'
import { localDate } from '../../../shared/format'
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
): SaveResult {
  const hub = requireIdentity(database)
  const fields = pick(input, organisationFieldNames) as OrganisationFields
  const since = input.statusSince ?? localDate(new Date(database.clock()), hub.timeZone)
  return saveChecked(
    database,
    checkOrganisationFields(database, hub, fields),
    input.allowDuplicates,
    () => organisationDuplicates(database, fields),
    () => insertOrganisation(database, hub, fields, { status: input.status, since }),
  )
}

export function editOrganisation(
  database: AppDatabase,
  input: ParsedInputOf<'members:updateOrganisation'>,
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
      updateOrganisation(database, hub, input.id, fields)
      return input.id
    },
  )
}

/**
 * calon → aktif → nonaktif/keluar, dated no earlier than the status it replaces. Only the history
 * is written: the organisation's current status is derived from it before commit.
 */
export function changeStatus(database: AppDatabase, input: ParsedInputOf<'members:changeStatus'>): OrganisationDetail {
  requireIdentity(database)
  syncWrite(database, (writer) => {
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
          params: { date: row.statusSince },
        },
      })
    writer.insert(membershipChanges, {
      organisationId: row.id,
      status: input.status,
      effectiveOn: input.effectiveOn,
      note: input.note,
    })
  })
  return organisationDetail(database, input.organisationId)
}

/** A self-assessment scores every capacity aspect of the reference list, no more, no fewer. */
export function addAssessment(
  database: AppDatabase,
  input: ParsedInputOf<'members:addAssessment'>,
): CapacityAssessment {
  requireIdentity(database)
  assertLive(findOrganisationRow(database, input.organisationId), 'organisation')
  const aspects = database.orm
    .select({ code: terms.code, nameId: terms.nameId, nameEn: terms.nameEn })
    .from(terms)
    .where(eq(terms.vocabulary, 'capacity_aspect'))
    .orderBy(terms.sortOrder)
    .all()
  const unknown = Object.keys(input.scores).filter((code) => !aspects.some((aspect) => aspect.code === code))
  if (unknown.length > 0)
    refuseFields({ scores: { key: 'validation.assessment.unknown', params: { codes: unknown.join(', ') } } })
  const missing = aspects.filter((aspect) => !(aspect.code in input.scores))
  // Both languages' names go along: the message is worded in the user's language after this returns.
  if (missing.length > 0)
    refuseFields({
      scores: {
        key: 'validation.assessment.missing',
        params: {
          aspectsId: missing.map((aspect) => aspect.nameId).join(', '),
          aspectsEn: missing.map((aspect) => aspect.nameEn).join(', '),
        },
      },
    })
  const scores = Object.fromEntries(aspects.map((aspect) => [aspect.code, input.scores[aspect.code] as number]))
  const values = { organisationId: input.organisationId, assessedOn: input.assessedOn, note: input.note }
  const id = syncWrite(database, (writer) =>
    writer.insert(capacityAssessments, { ...values, scores: JSON.stringify(scores) }),
  )
  return { id, assessedOn: input.assessedOn, scores, note: input.note }
}

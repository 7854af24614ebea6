import { AppError, type Message } from '../../../shared/errors'
import type { ParsedInputOf } from '../../../shared/contract'
import { statusTransitions, type MembershipStatus, type OrganisationDetail } from '../../../shared/members'
import type { AppDatabase } from '../../db'
import { requireIdentity } from '../../hub/service'
import { syncWrite } from '../../sync/write'
import { membershipChanges } from '../schema'
import { assertLive, refuseFields } from './common'
import { organisationDetail } from './detail'
import { findOrganisationRow } from './organisations'

interface Entry {
  id: string
  status: MembershipStatus
  effectiveOn: string
  createdHlc: string
}

/** The live history, oldest first, in the order the write path derives the current status from. */
function history(database: AppDatabase, organisationId: string): Entry[] {
  return database.sqlite
    .prepare(
      `SELECT id, status, effective_on AS effectiveOn, created_hlc AS createdHlc FROM membership_changes
       WHERE organisation_id = ? AND deleted_at IS NULL ORDER BY effective_on, created_hlc`,
    )
    .all(organisationId) as Entry[]
}

/** The entry and its organisation, which must still be a record one can change. */
function findEntry(database: AppDatabase, changeId: string) {
  const entry = database.sqlite
    .prepare('SELECT organisation_id AS organisationId FROM membership_changes WHERE id = ? AND deleted_at IS NULL')
    .get(changeId) as { organisationId: string } | undefined
  if (!entry) throw new AppError('NOT_FOUND', { key: 'validation.statusChange.notFound' })
  assertLive(findOrganisationRow(database, entry.organisationId), 'organisation')
  return entry
}

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0)
/** As history() orders them: entries of one day in the order they were recorded. */
const byDate = (a: Entry, b: Entry) => compare(a.effectiveOn, b.effectiveOn) || compare(a.createdHlc, b.createdHlc)

/**
 * A step the change makes must be one the status form allows (calon → aktif → nonaktif/keluar), so
 * a correction cannot leave a history no one could have recorded. Only the steps the change makes
 * are judged: an older oddity (an import, a merge) must not block fixing an unrelated entry.
 */
function stepProblem(steps: [Entry | undefined, Entry | undefined][]): Message | null {
  for (const [before, after] of steps) {
    if (!before || !after || statusTransitions[before.status].includes(after.status)) continue
    return {
      key: 'validation.statusChange.step',
      params: {
        from: before.status,
        fromDate: before.effectiveOn,
        to: after.status,
        toDate: after.effectiveOn,
      },
    }
  }
  return null
}

/** A wrong entry corrected in place; the organisation's current status follows before commit. */
export function correctStatus(
  database: AppDatabase,
  input: ParsedInputOf<'members:correctStatus'>,
): OrganisationDetail {
  requireIdentity(database)
  const { organisationId } = syncWrite(database, (writer) => {
    const entry = findEntry(database, input.changeId)
    const corrected = history(database, entry.organisationId)
      .map((each) =>
        each.id === input.changeId ? { ...each, status: input.status, effectiveOn: input.effectiveOn } : each,
      )
      .sort(byDate)
    const at = corrected.findIndex((each) => each.id === input.changeId)
    const problem = stepProblem([
      [corrected[at - 1], corrected[at]],
      [corrected[at], corrected[at + 1]],
    ])
    if (problem) refuseFields({ status: problem })
    writer.update(membershipChanges, input.changeId, {
      status: input.status,
      effectiveOn: input.effectiveOn,
      note: input.note,
    })
    return entry
  })
  return organisationDetail(database, organisationId)
}

/**
 * A wrong entry removed (soft-deleted, so the removal travels). The last one stays: an organisation
 * without any history would have no status to show.
 */
export function removeStatus(database: AppDatabase, input: ParsedInputOf<'members:removeStatus'>): OrganisationDetail {
  requireIdentity(database)
  const { organisationId } = syncWrite(database, (writer) => {
    const entry = findEntry(database, input.changeId)
    const entries = history(database, entry.organisationId)
    if (entries.length <= 1) throw new AppError('VALIDATION', { key: 'validation.statusChange.last' })
    const at = entries.findIndex((each) => each.id === input.changeId)
    // The removed entry's neighbours meet: the step between them is the one the removal makes.
    const problem = stepProblem([[entries[at - 1], entries[at + 1]]])
    if (problem) throw new AppError('VALIDATION', problem)
    writer.remove(membershipChanges, input.changeId)
    return entry
  })
  return organisationDetail(database, organisationId)
}

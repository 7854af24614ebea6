import type { ParsedInputOf } from '../../shared/contract'
import { AppError, type Message } from '../../shared/errors'
import type { SupportForm } from '../../shared/initiatives'
import type { PledgeDetail, PledgeFields } from '../../shared/pledges'
import type { AppDatabase } from '../db'
import { refuseFields } from '../members/records/common'
import { syncWrite } from '../sync/write'
import { hubToday, liveRow } from './common'
import { loadPledges } from './pledge-rows'
import { fulfilments, pledges } from './schema'
import { requireSupporter } from './supporters'

interface PledgeState {
  id: string
  initiativeId: string
  form: SupportForm
  cancelledOn: string | null
  deletedAt: string | null
}
const pledgeSql = `SELECT id, initiative_id AS initiativeId, form, cancelled_on AS cancelledOn, deleted_at AS deletedAt
  FROM pledges WHERE id = ?`
export const requirePledge = (database: AppDatabase, id: string) =>
  liveRow<PledgeState>(database, pledgeSql, id, 'validation.pledges.pledge.notFound')

export function requireOpenPledge(database: AppDatabase, id: string): PledgeState {
  const pledge = requirePledge(database, id)
  if (pledge.cancelledOn !== null)
    throw new AppError('VALIDATION', {
      key: 'validation.pledges.pledge.cancelled',
      params: { date: pledge.cancelledOn },
    })
  return pledge
}

export function pledgeDetail(database: AppDatabase, id: string): PledgeDetail {
  const [pledge] = loadPledges(database, 'p.id = ?', [id], hubToday(database))
  if (!pledge) throw new AppError('NOT_FOUND', { key: 'validation.pledges.pledge.notFound' })
  return pledge
}

/**
 * The supporter, a live initiative, and a need of that initiative in the pledge's own form. A
 * cancelled initiative takes no new pledge; one it already had (`keptInitiativeId`) stays editable.
 */
function checkReferences(
  database: AppDatabase,
  fields: PledgeFields,
  keptInitiativeId?: string,
): Record<string, Message> {
  const problems: Record<string, Message> = {}
  try {
    requireSupporter(database, fields.supporterId)
  } catch {
    problems.supporterId = { key: 'validation.pledges.supporter.notFound' }
  }
  const initiative = database.sqlite
    .prepare('SELECT status FROM initiatives WHERE id = ? AND deleted_at IS NULL')
    .get(fields.initiativeId) as { status: string } | undefined
  if (!initiative) problems.initiativeId = { key: 'validation.pledges.initiative.notFound' }
  else if (initiative.status === 'cancelled' && fields.initiativeId !== keptInitiativeId)
    problems.initiativeId = { key: 'validation.pledges.initiative.cancelled' }
  if (fields.needId === null) return problems
  const need = database.sqlite
    .prepare('SELECT initiative_id AS initiativeId, form FROM needs WHERE id = ? AND deleted_at IS NULL')
    .get(fields.needId) as { initiativeId: string; form: SupportForm } | undefined
  if (!need) problems.needId = { key: 'validation.pledges.need.notFound' }
  else if (need.initiativeId !== fields.initiativeId)
    problems.needId = { key: 'validation.pledges.need.otherInitiative' }
  else if (need.form !== fields.form) problems.needId = { key: 'validation.pledges.need.otherForm' }
  return problems
}

const rowValues = ({ instalmentCount, instalmentInterval, ...fields }: PledgeFields) => ({
  ...fields,
  instalmentCount,
  // One instalment has no interval: the due date is the whole schedule.
  instalmentInterval: instalmentCount > 1 ? instalmentInterval : null,
})

export function createPledge(database: AppDatabase, input: ParsedInputOf<'pledges:create'>): PledgeDetail {
  const id = syncWrite(database, (writer) => {
    refuseFields(checkReferences(database, input))
    return writer.insert(pledges, rowValues(input))
  })
  return pledgeDetail(database, id)
}

/**
 * An edit keeps what was received true: the form stays once something was received in it, and
 * the pledge date stays on or before the first fulfilment.
 */
export function updatePledge(database: AppDatabase, input: ParsedInputOf<'pledges:update'>): PledgeDetail {
  const { id, ...fields } = input
  syncWrite(database, (writer) => {
    const pledge = requireOpenPledge(database, id)
    const problems = checkReferences(database, fields, pledge.initiativeId)
    const first = database.sqlite
      .prepare(
        'SELECT min(received_on) AS first, count(*) AS n FROM fulfilments WHERE pledge_id = ? AND deleted_at IS NULL',
      )
      .get(id) as { first: string | null; n: number }
    if (first.n > 0 && fields.form !== pledge.form) problems.form = { key: 'validation.pledges.pledge.formFixed' }
    if (first.first !== null && fields.pledgedOn > first.first)
      problems.pledgedOn = { key: 'validation.pledges.pledge.afterFulfilment', params: { date: first.first } }
    refuseFields(problems)
    writer.update(pledges, id, rowValues(fields))
  })
  return pledgeDetail(database, id)
}

/** Dibatalkan is the one status a person sets, with the reason, dated today where the hub is. */
export function cancelPledge(database: AppDatabase, input: ParsedInputOf<'pledges:cancel'>): PledgeDetail {
  syncWrite(database, (writer) => {
    requireOpenPledge(database, input.id)
    writer.update(pledges, input.id, { cancelledOn: hubToday(database), cancelReason: input.reason })
  })
  return pledgeDetail(database, input.id)
}

/** A pledge goes with its fulfilments; their receipt numbers stay taken (rows are tombstones). */
export function deletePledge(database: AppDatabase, id: string): void {
  syncWrite(database, (writer) => {
    requirePledge(database, id)
    const own = database.sqlite
      .prepare('SELECT id FROM fulfilments WHERE pledge_id = ? AND deleted_at IS NULL')
      .pluck()
      .all(id) as string[]
    for (const fulfilment of own) writer.remove(fulfilments, fulfilment)
    writer.remove(pledges, id)
  })
}

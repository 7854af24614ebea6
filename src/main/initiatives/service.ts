import type { ParsedInputOf } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import { localDate } from '../../shared/format'
import { initiativeTransitions, stepNumbers, type InitiativeDetail } from '../../shared/initiatives'
import type { AppDatabase } from '../db'
import { requireIdentity } from '../hub/service'
import { refuseFields } from '../members/records/common'
import { syncWrite } from '../sync/write'
import { initiativeProblems } from './checks'
import { initiativeDetail } from './detail'
import { stepId } from './ids'
import { initiativeColumns, jsonList, liveInitiative, livePledgeCount } from './records'
import { initiatives, initiativeStatusChanges, initiativeSteps } from './schema'
import { readStepGuide } from './step-guide'

/** A new initiative is a draft from today, with its six steps still to do, all in one write. */
export function createInitiative(database: AppDatabase, input: ParsedInputOf<'initiatives:create'>): InitiativeDetail {
  const hub = requireIdentity(database)
  refuseFields(initiativeProblems(database, hub, input))
  const today = localDate(new Date(database.clock()), hub.timeZone)
  const id = syncWrite(database, (writer) => {
    const id = writer.insert(initiatives, { ...initiativeColumns(input), status: 'draft', statusSince: today })
    writer.insert(initiativeStatusChanges, { initiativeId: id, status: 'draft', effectiveOn: today })
    for (const step of stepNumbers) writer.insert(initiativeSteps, { id: stepId(id, step), initiativeId: id, step })
    return id
  })
  return initiativeDetail(database, id)
}

/** Rewrites an initiative's fields; its status has its own history. */
export function updateInitiative(database: AppDatabase, input: ParsedInputOf<'initiatives:update'>): InitiativeDetail {
  const hub = requireIdentity(database)
  const { id, ...fields } = input
  const current = liveInitiative(database, id)
  refuseFields(initiativeProblems(database, hub, fields, jsonList<string>(current.clusterIds)))
  syncWrite(database, (writer) => writer.update(initiatives, id, initiativeColumns(fields)))
  return initiativeDetail(database, id)
}

/** Soft-deletes an initiative no pledge answers; its needs, steps and history go with it from view. */
export function deleteInitiative(database: AppDatabase, id: string): { id: string } {
  requireIdentity(database)
  liveInitiative(database, id)
  const pledgeCount = livePledgeCount(database, 'initiativeId', id)
  if (pledgeCount > 0)
    throw new AppError('VALIDATION', { key: 'initiatives.initiative.hasPledges', params: { count: pledgeCount } })
  syncWrite(database, (writer) => writer.remove(initiatives, id))
  return { id }
}

/**
 * draf → terbit → berjalan → selesai, or dibatalkan before the end, dated no earlier than the
 * status it replaces. Publishing needs all six steps done; the refusal names those that are not,
 * in both languages, since the message is worded in the user's language after this returns.
 */
export function changeInitiativeStatus(
  database: AppDatabase,
  input: ParsedInputOf<'initiatives:changeStatus'>,
): InitiativeDetail {
  requireIdentity(database)
  syncWrite(database, (writer) => {
    const row = liveInitiative(database, input.initiativeId)
    if (!initiativeTransitions[row.status].includes(input.status))
      refuseFields({
        status: { key: 'initiatives.status.transition', params: { from: row.status, to: input.status } },
      })
    if (input.effectiveOn < row.statusSince)
      refuseFields({ effectiveOn: { key: 'initiatives.status.beforeCurrent', params: { date: row.statusSince } } })
    if (input.status === 'published') refuseUnfinishedSteps(database, row.id)
    writer.insert(initiativeStatusChanges, {
      initiativeId: row.id,
      status: input.status,
      effectiveOn: input.effectiveOn,
      note: input.note,
    })
  })
  return initiativeDetail(database, input.initiativeId)
}

function refuseUnfinishedSteps(database: AppDatabase, initiativeId: string): void {
  const guide = readStepGuide(database.orm).steps
  const done = new Set(
    initiativeDetail(database, initiativeId)
      .steps.filter((step) => step.done)
      .map((step) => step.number),
  )
  const missing = stepNumbers.filter((number) => !done.has(number))
  if (missing.length === 0) return
  const list = (title: 'titleId' | 'titleEn') =>
    missing.map((number) => `${number}. ${guide[number - 1]?.[title] ?? ''}`).join('; ')
  throw new AppError('VALIDATION', {
    key: 'initiatives.status.stepsMissing',
    params: { count: missing.length, stepsId: list('titleId'), stepsEn: list('titleEn') },
  })
}

/** Marks one of the six steps done or not, with its notes. */
export function updateStep(database: AppDatabase, input: ParsedInputOf<'initiatives:updateStep'>): InitiativeDetail {
  requireIdentity(database)
  liveInitiative(database, input.initiativeId)
  syncWrite(database, (writer) =>
    writer.update(initiativeSteps, stepId(input.initiativeId, input.step), { done: input.done, notes: input.notes }),
  )
  return initiativeDetail(database, input.initiativeId)
}

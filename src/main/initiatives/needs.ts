import { eq } from 'drizzle-orm'
import type { ParsedInputOf } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import { measureOf, type InitiativeDetail, type NeedFields } from '../../shared/initiatives'
import type { AppDatabase } from '../db'
import { requireIdentity } from '../hub/service'
import { syncWrite } from '../sync/write'
import { initiativeDetail } from './detail'
import { liveInitiative, livePledgeCount } from './records'
import { needs } from './schema'

/** Only the target of the need's own measure is kept: a form changed to another drops the old target. */
function needColumns(fields: NeedFields) {
  const measure = measureOf(fields.form)
  return {
    form: fields.form,
    description: fields.description,
    targetRupiah: measure === 'rupiah' ? fields.targetRupiah : null,
    targetQuantity: measure === 'quantity' ? fields.targetQuantity : null,
    unit: measure === 'quantity' ? fields.unit : null,
    targetPeople: measure === 'hours' ? fields.targetPeople : null,
    targetHours: measure === 'hours' ? fields.targetHours : null,
    targetText: measure === 'text' ? fields.targetText : null,
  }
}

function liveNeed(database: AppDatabase, id: string) {
  const row = database.orm.select().from(needs).where(eq(needs.id, id)).get()
  if (!row || row.deletedAt) throw new AppError('NOT_FOUND', { key: 'initiatives.need.notFound' })
  liveInitiative(database, row.initiativeId)
  return row
}

export function createNeed(database: AppDatabase, input: ParsedInputOf<'initiatives:createNeed'>): InitiativeDetail {
  requireIdentity(database)
  const { initiativeId, ...fields } = input
  liveInitiative(database, initiativeId)
  syncWrite(database, (writer) => writer.insert(needs, { initiativeId, ...needColumns(fields) }))
  return initiativeDetail(database, initiativeId)
}

export function updateNeed(database: AppDatabase, input: ParsedInputOf<'initiatives:updateNeed'>): InitiativeDetail {
  requireIdentity(database)
  const { id, ...fields } = input
  const row = liveNeed(database, id)
  syncWrite(database, (writer) => writer.update(needs, id, needColumns(fields)))
  return initiativeDetail(database, row.initiativeId)
}

/** A need some live pledge answers stays: the pledge would lose what it was for. */
export function deleteNeed(database: AppDatabase, id: string): InitiativeDetail {
  requireIdentity(database)
  const row = liveNeed(database, id)
  const pledgeCount = livePledgeCount(database, 'needId', id)
  if (pledgeCount > 0)
    throw new AppError('VALIDATION', { key: 'initiatives.need.hasPledges', params: { count: pledgeCount } })
  syncWrite(database, (writer) => writer.remove(needs, id))
  return initiativeDetail(database, row.initiativeId)
}

import type { ParsedInputOf } from '../../shared/contract'
import type { Message } from '../../shared/errors'
import { measureOf, type SupportForm } from '../../shared/initiatives'
import type { FulfilmentFields, PledgeDetail } from '../../shared/pledges'
import { attachmentInfo } from '../attachments/store'
import type { AppDatabase } from '../db'
import { refuseFields } from '../members/records/common'
import { syncWrite } from '../sync/write'
import { hubToday, liveRow } from './common'
import { feeSnapshot, NO_RATE, rateOn, type RateInForce } from './fees'
import { pledgeDetail, requireOpenPledge } from './pledge-service'
import { nextReceiptNumber } from './receipts'
import { fulfilments } from './schema'

type Fields = Omit<FulfilmentFields, 'pledgeId'>

/** Which received field each measure fills; words need none. */
const amountField = { rupiah: 'rupiah', quantity: 'quantity', hours: 'hours' } as const
const amountKey = {
  rupiah: 'validation.pledges.rupiah',
  quantity: 'validation.pledges.quantity',
  hours: 'validation.pledges.hours',
}

function checkFulfilment(
  database: AppDatabase,
  pledge: { form: SupportForm; pledgedOn: string },
  fields: Fields,
): Record<string, Message> {
  const problems: Record<string, Message> = {}
  const measure = measureOf(pledge.form)
  for (const [name, field] of Object.entries(amountField)) {
    const needed = name === measure
    if (needed && fields[field] === null) problems[field] = { key: amountKey[field] }
    if (!needed && fields[field] !== null) problems[field] = { key: 'validation.pledges.notThisForm' }
  }
  if (measure === 'rupiah' && fields.valuationRupiah !== null)
    problems.valuationRupiah = { key: 'validation.pledges.notThisForm' }
  const today = hubToday(database)
  if (fields.receivedOn < pledge.pledgedOn)
    problems.receivedOn = { key: 'validation.pledges.fulfilment.beforePledge', params: { date: pledge.pledgedOn } }
  else if (fields.receivedOn > today)
    problems.receivedOn = { key: 'validation.pledges.fulfilment.future', params: { date: today } }
  if (fields.evidencePhoto !== null && attachmentInfo(database, fields.evidencePhoto) === undefined)
    problems.evidencePhoto = { key: 'validation.pledges.photo' }
  return problems
}

/** The fee and share in force on the day funds came in; forms other than funds carry none. */
function snapshot(database: AppDatabase, form: SupportForm, fields: Fields) {
  if (measureOf(form) !== 'rupiah' || fields.rupiah === null) return feeSnapshot(0, NO_RATE)
  const rates = database.sqlite
    .prepare(
      `SELECT effective_from AS effectiveFrom, rate_bp AS rateBp, provincial_share_bp AS provincialShareBp
       FROM fee_rates WHERE deleted_at IS NULL AND effective_from <= ?`,
    )
    .all(fields.receivedOn) as RateInForce[]
  return feeSnapshot(fields.rupiah, rateOn(rates, fields.receivedOn))
}

const openPledge = (database: AppDatabase, id: string) => {
  requireOpenPledge(database, id)
  return pledgeDetail(database, id)
}

export function createFulfilment(
  database: AppDatabase,
  input: ParsedInputOf<'pledges:createFulfilment'>,
): PledgeDetail {
  const { pledgeId, ...fields } = input
  syncWrite(database, (writer) => {
    const pledge = openPledge(database, pledgeId)
    refuseFields(checkFulfilment(database, pledge, fields))
    writer.insert(fulfilments, {
      ...fields,
      pledgeId,
      receiptNumber: nextReceiptNumber(database, hubToday(database)),
      ...snapshot(database, pledge.form, fields),
    })
  })
  return pledgeDetail(database, pledgeId)
}

interface FulfilmentState {
  pledgeId: string
  receivedOn: string
  rupiah: number | null
  deletedAt: string | null
}
const fulfilmentSql =
  'SELECT pledge_id AS pledgeId, received_on AS receivedOn, rupiah, deleted_at AS deletedAt FROM fulfilments WHERE id = ?'
const requireFulfilment = (database: AppDatabase, id: string) =>
  liveRow<FulfilmentState>(database, fulfilmentSql, id, 'validation.pledges.fulfilment.notFound')

/**
 * Only a change of date or amount takes the fee in force anew, for this fulfilment alone: a note
 * fixed after a rate change leaves the fee it was received under.
 */
export function updateFulfilment(
  database: AppDatabase,
  input: ParsedInputOf<'pledges:updateFulfilment'>,
): PledgeDetail {
  const { id, ...fields } = input
  const pledgeId = syncWrite(database, (writer) => {
    const current = requireFulfilment(database, id)
    const pledge = openPledge(database, current.pledgeId)
    refuseFields(checkFulfilment(database, pledge, fields))
    const moved = current.receivedOn !== fields.receivedOn || current.rupiah !== fields.rupiah
    writer.update(fulfilments, id, { ...fields, ...(moved && snapshot(database, pledge.form, fields)) })
    return current.pledgeId
  })
  return pledgeDetail(database, pledgeId)
}

export function deleteFulfilment(database: AppDatabase, id: string): PledgeDetail {
  const pledgeId = syncWrite(database, (writer) => {
    const current = requireFulfilment(database, id)
    requireOpenPledge(database, current.pledgeId)
    writer.remove(fulfilments, id)
    return current.pledgeId
  })
  return pledgeDetail(database, pledgeId)
}

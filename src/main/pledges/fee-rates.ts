import type { ParsedInputOf } from '../../shared/contract'
import type { FeeRate, FeeRateFields } from '../../shared/pledges'
import type { AppDatabase } from '../db'
import { refuseFields } from '../members/records/common'
import { syncWrite } from '../sync/write'
import { liveRow } from './common'
import { feeRates } from './schema'

/**
 * Fee rates, newest first. Two PCs of a hub may each record a rate for one date before they sync;
 * then the one recorded last comes first, and rules (rateOn takes the first of a date), on every
 * instance alike. Changing or deleting one never touches fulfilments: each kept the rate
 * in force on its date when it was recorded.
 */
export function listFeeRates(database: AppDatabase): FeeRate[] {
  return database.sqlite
    .prepare(
      `SELECT id, effective_from AS effectiveFrom, rate_bp AS rateBp, provincial_share_bp AS provincialShareBp, note
       FROM fee_rates WHERE deleted_at IS NULL ORDER BY effective_from DESC, created_hlc DESC`,
    )
    .all() as FeeRate[]
}

/** Two rates from one date would leave the fee of that day to chance. */
function refuseSameDate(database: AppDatabase, fields: FeeRateFields, id: string | null): void {
  const taken = database.sqlite
    .prepare('SELECT 1 FROM fee_rates WHERE effective_from = ? AND deleted_at IS NULL AND id IS NOT ?')
    .get(fields.effectiveFrom, id)
  if (taken)
    refuseFields({
      effectiveFrom: { key: 'validation.pledges.feeRate.sameDate', params: { date: fields.effectiveFrom } },
    })
}

const rateSql = 'SELECT id, deleted_at AS deletedAt FROM fee_rates WHERE id = ?'
const requireRate = (database: AppDatabase, id: string) =>
  liveRow<{ deletedAt: string | null }>(database, rateSql, id, 'validation.pledges.feeRate.notFound')

export function createFeeRate(database: AppDatabase, input: ParsedInputOf<'pledges:createFeeRate'>): FeeRate[] {
  syncWrite(
    database,
    (writer) => {
      refuseSameDate(database, input, null)
      writer.insert(feeRates, input)
    },
    { immediate: true },
  )
  return listFeeRates(database)
}

export function updateFeeRate(database: AppDatabase, input: ParsedInputOf<'pledges:updateFeeRate'>): FeeRate[] {
  const { id, ...fields } = input
  syncWrite(
    database,
    (writer) => {
      requireRate(database, id)
      refuseSameDate(database, fields, id)
      writer.update(feeRates, id, fields)
    },
    { immediate: true },
  )
  return listFeeRates(database)
}

export function deleteFeeRate(database: AppDatabase, id: string): FeeRate[] {
  syncWrite(database, (writer) => {
    requireRate(database, id)
    writer.remove(feeRates, id)
  })
  return listFeeRates(database)
}

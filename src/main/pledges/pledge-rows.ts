import type { Fulfilment, PledgeDetail } from '../../shared/pledges'
import type { AppDatabase } from '../db'
import { pledgeProgress, receivedAmount } from './status'

const pledgeColumns = `p.id, p.supporter_id AS supporterId, p.initiative_id AS initiativeId, p.need_id AS needId,
  p.form, p.rupiah, p.quantity, p.unit, p.people, p.hours, p.description, p.valuation_rupiah AS valuationRupiah,
  p.pledged_on AS pledgedOn, p.due_on AS dueOn, p.instalment_count AS instalmentCount,
  p.instalment_interval AS instalmentInterval, p.partnership_model AS partnershipModel,
  p.partner_type AS partnerType, p.note, p.cancelled_on AS cancelledOn, p.cancel_reason AS cancelReason,
  coalesce(s.name, '') AS supporterName, coalesce(i.title, '') AS initiativeTitle,
  n.description AS needDescription`

export const fulfilmentColumns = `f.id, f.pledge_id AS pledgeId, f.received_on AS receivedOn, f.rupiah, f.quantity,
  f.hours, f.valuation_rupiah AS valuationRupiah, f.evidence_reference AS evidenceReference,
  f.evidence_photo AS evidencePhoto, f.note, f.receipt_number AS receiptNumber, f.fee_rate_bp AS feeRateBp,
  f.fee_rupiah AS feeRupiah, f.provincial_share_bp AS provincialShareBp,
  f.provincial_share_rupiah AS provincialShareRupiah`

type PledgeRow = Omit<PledgeDetail, 'progress' | 'fulfilments'>

/**
 * Live pledges matching `where` (SQL over `p`), each with its live fulfilments and its progress as
 * of `today`. Bundles may bring a pledge before its supporter or initiative, so those join loosely.
 */
export function loadPledges(database: AppDatabase, where: string, params: unknown[], today: string): PledgeDetail[] {
  const rows = database.sqlite
    .prepare(
      `SELECT ${pledgeColumns} FROM pledges p
        LEFT JOIN supporters s ON s.id = p.supporter_id
        LEFT JOIN initiatives i ON i.id = p.initiative_id
        LEFT JOIN needs n ON n.id = p.need_id
       WHERE p.deleted_at IS NULL AND ${where}
       ORDER BY p.pledged_on DESC, p.created_hlc DESC`,
    )
    .all(...params) as PledgeRow[]
  if (rows.length === 0) return []
  const fulfilments = database.sqlite
    .prepare(
      `SELECT ${fulfilmentColumns} FROM fulfilments f
       WHERE f.deleted_at IS NULL AND f.pledge_id IN (SELECT value FROM json_each(?))
       ORDER BY f.received_on, f.created_hlc, f.id`,
    )
    .all(JSON.stringify(rows.map((row) => row.id))) as Fulfilment[]
  const byPledge = new Map<string, Fulfilment[]>()
  for (const fulfilment of fulfilments) {
    const own = byPledge.get(fulfilment.pledgeId)
    if (own) own.push(fulfilment)
    else byPledge.set(fulfilment.pledgeId, [fulfilment])
  }
  return rows.map((row) => {
    const own = byPledge.get(row.id) ?? []
    const received = own.map((f) => ({ receivedOn: f.receivedOn, amount: receivedAmount(row.form, f) }))
    return { ...row, progress: pledgeProgress(row, received, today), fulfilments: own }
  })
}

import type { ParsedInputOf } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import type { PledgeDetail, Supporter, SupporterDetail, SupporterPage, Totals } from '../../shared/pledges'
import type { AppDatabase } from '../db'
import { foldText } from '../members/names'
import { hubToday } from './common'
import { sumTotals, type TotalsFact } from './fees'
import { loadPledges } from './pledge-rows'

const supporterColumns = `s.id, s.name, s.kind, s.organisation_id AS organisationId, s.regency_code AS regencyCode,
  s.contact_person AS contactPerson, s.phone, s.email, s.address, s.consent, s.consent_on AS consentOn, s.notes,
  o.name AS organisationName, r.name AS regencyName`
const supporterJoins = `LEFT JOIN organisations o ON o.id = s.organisation_id
  LEFT JOIN ref_regencies r ON r.code = s.regency_code`

/** Supporters by name (the folded name or its key contains what was typed), kind, and order. */
export function listSupporters(database: AppDatabase, input: ParsedInputOf<'supporters:list'>): SupporterPage {
  const folded = `%${foldText(input.search)}%`
  const where = `s.deleted_at IS NULL AND (? = '%%' OR s.name_key LIKE ? OR lower(s.name) LIKE ?)
    AND (? IS NULL OR s.kind = ?)`
  const params = [folded, folded, `%${input.search.toLowerCase()}%`, input.kind, input.kind]
  const order = input.sort === 'newest' ? 's.created_at DESC, s.id' : 's.name_key, s.id'
  const rows = database.sqlite
    .prepare(
      `SELECT s.id, s.name, s.kind, o.name AS organisationName, r.name AS regencyName,
         s.contact_person AS contactPerson, s.phone, s.email
       FROM supporters s ${supporterJoins} WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
    )
    .all(...params, input.limit, input.offset) as SupporterPage['rows']
  const total = database.sqlite
    .prepare(`SELECT count(*) FROM supporters s WHERE ${where}`)
    .pluck()
    .get(...params) as number
  return { rows, total }
}

export function supporter(database: AppDatabase, id: string): Supporter {
  const row = database.sqlite
    .prepare(`SELECT ${supporterColumns} FROM supporters s ${supporterJoins} WHERE s.id = ? AND s.deleted_at IS NULL`)
    .get(id) as (Omit<Supporter, 'consent'> & { consent: number }) | undefined
  if (!row) throw new AppError('NOT_FOUND', { key: 'validation.pledges.supporter.notFound' })
  return { ...row, consent: row.consent === 1 }
}

/** A supporter's page: every pledge with its fulfilments and status, and what they gave in all. */
export function supporterDetail(database: AppDatabase, id: string): SupporterDetail {
  const found = supporter(database, id)
  const pledges = loadPledges(database, 'p.supporter_id = ?', [id], hubToday(database))
  const given = pledges.flatMap((pledge) => pledge.fulfilments)
  return {
    ...found,
    pledges,
    fundsReceived: given.reduce((sum, f) => sum + (f.rupiah ?? 0), 0),
    inKindValuation: given.reduce((sum, f) => sum + (f.valuationRupiah ?? 0), 0),
  }
}

export function listPledges(database: AppDatabase, input: ParsedInputOf<'pledges:list'>): PledgeDetail[] {
  const found = loadPledges(
    database,
    '(? IS NULL OR p.initiative_id = ?) AND (? IS NULL OR p.supporter_id = ?)',
    [input.initiativeId, input.initiativeId, input.supporterId, input.supporterId],
    hubToday(database),
  )
  return found
    .filter((pledge) => input.status === null || pledge.progress.status === input.status)
    .slice(input.offset, input.offset + input.limit)
}

/**
 * Overdue pledges, the longest overdue first. Only pledges whose first due date has passed can be
 * overdue, so only those are read.
 */
export function overduePledges(database: AppDatabase): PledgeDetail[] {
  const today = hubToday(database)
  return loadPledges(database, 'p.cancelled_on IS NULL AND p.due_on < ?', [today], today)
    .filter((pledge) => pledge.progress.status === 'overdue')
    .sort(
      (a, b) =>
        (a.progress.overdueSince ?? '').localeCompare(b.progress.overdueSince ?? '') || a.id.localeCompare(b.id),
    )
}

const groupSql = {
  initiative: { key: 'p.initiative_id', label: "coalesce(i.title, '')" },
  supporter: { key: 'p.supporter_id', label: "coalesce(s.name, '')" },
  regency: { key: "coalesce(i.regency_code, '')", label: "coalesce(r.name, i.regency_code, '')" },
} as const

/** Funds, in-kind valuation, fee and provincial share received in a period, per group. */
export function fulfilmentTotals(database: AppDatabase, input: ParsedInputOf<'pledges:totals'>): Totals {
  const group = groupSql[input.groupBy]
  const facts = database.sqlite
    .prepare(
      `SELECT ${group.key} AS key, ${group.label} AS label, f.rupiah, f.valuation_rupiah AS valuationRupiah,
         f.fee_rupiah AS feeRupiah, f.provincial_share_rupiah AS provincialShareRupiah
       FROM fulfilments f
       JOIN pledges p ON p.id = f.pledge_id AND p.deleted_at IS NULL
       LEFT JOIN supporters s ON s.id = p.supporter_id
       LEFT JOIN initiatives i ON i.id = p.initiative_id
       LEFT JOIN ref_regencies r ON r.code = i.regency_code
       WHERE f.deleted_at IS NULL AND (? IS NULL OR f.received_on >= ?) AND (? IS NULL OR f.received_on <= ?)`,
    )
    .all(input.from, input.from, input.to, input.to) as TotalsFact[]
  return sumTotals(facts)
}

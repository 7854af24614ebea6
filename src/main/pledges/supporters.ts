import type { ParsedInputOf } from '../../shared/contract'
import type { Message } from '../../shared/errors'
import type { DuplicateReason } from '../../shared/members'
import {
  supporterFieldNames,
  type SupporterCandidate,
  type SupporterFields,
  type SupporterKind,
  type SupporterSaveResult,
} from '../../shared/pledges'
import type { AppDatabase } from '../db'
import { refuseWhileReferenced } from '../db/refusals'
import { reasonWeights, strongestFirst } from '../members/duplicates'
import { pick, refuseFields } from '../members/records/common'
import { syncWrite, type SyncWriter } from '../sync/write'
import { isLiveOrganisation, liveRow } from './common'
import { supporterNameKey } from './names'
import { supporters } from './schema'

const MAX_CANDIDATES = 10

/** References a form cannot check itself: the OMS in the directory, the kabupaten/kota. */
function checkSupporter(database: AppDatabase, fields: SupporterFields): Record<string, Message> {
  const problems: Record<string, Message> = {}
  if (fields.organisationId !== null && !isLiveOrganisation(database, fields.organisationId))
    problems.organisationId = { key: 'validation.pledges.supporter.organisation' }
  if (
    fields.regencyCode !== null &&
    database.sqlite.prepare('SELECT 1 FROM ref_regencies WHERE code = ?').get(fields.regencyCode) === undefined
  )
    problems.regencyCode = { key: 'validation.pledges.supporter.regency' }
  return problems
}

const lookups: { reason: DuplicateReason; sql: string }[] = [
  { reason: 'name', sql: 'SELECT id, name, kind FROM supporters WHERE name_key = ? AND deleted_at IS NULL LIMIT 20' },
  { reason: 'phone', sql: 'SELECT id, name, kind FROM supporters WHERE phone = ? AND deleted_at IS NULL LIMIT 20' },
  { reason: 'email', sql: 'SELECT id, name, kind FROM supporters WHERE email = ? AND deleted_at IS NULL LIMIT 20' },
]

/**
 * Likely duplicates of a supporter: the same name key, phone or e-mail, one indexed lookup each,
 * ranked by the directory's weights. Supporters are province-wide, so a name counts anywhere.
 */
export function supporterDuplicates(
  database: AppDatabase,
  draft: Partial<Pick<SupporterFields, 'name' | 'kind' | 'phone' | 'email'>>,
  excludeId?: string,
): SupporterCandidate[] {
  const values: Record<string, string | null> = {
    name: draft.name ? supporterNameKey(draft.name, draft.kind) : null,
    phone: draft.phone ?? null,
    email: draft.email ?? null,
  }
  const byId = new Map<string, SupporterCandidate>()
  for (const { reason, sql } of lookups) {
    const value = values[reason]
    if (!value) continue
    const rows = database.sqlite.prepare(sql).all(value) as { id: string; name: string; kind: SupporterKind }[]
    for (const row of rows.filter((candidate) => candidate.id !== excludeId)) {
      const candidate = byId.get(row.id) ?? { ...row, reasons: [] }
      candidate.reasons.push(reason)
      byId.set(row.id, candidate)
    }
  }
  const strength = (candidate: SupporterCandidate) => candidate.reasons.reduce((sum, r) => sum + reasonWeights[r], 0)
  return [...byId.values()]
    .map((candidate) => ({ ...candidate, reasons: strongestFirst(candidate.reasons) }))
    .sort((a, b) => strength(b) - strength(a) || a.name.localeCompare(b.name))
    .slice(0, MAX_CANDIDATES)
}

/** Consent without a date means nothing; a withdrawn consent keeps no date. */
const rowValues = (fields: SupporterFields) => ({
  ...fields,
  nameKey: '',
  consentOn: fields.consent ? fields.consentOn : null,
})

function save(
  database: AppDatabase,
  fields: SupporterFields,
  allowDuplicates: boolean,
  excludeId: string | undefined,
  write: (writer: SyncWriter) => string,
): SupporterSaveResult {
  refuseFields(checkSupporter(database, fields))
  if (!allowDuplicates) {
    const duplicates = supporterDuplicates(database, fields, excludeId)
    if (duplicates.length > 0) return { saved: false, duplicates }
  }
  return { saved: true, id: syncWrite(database, write) }
}

export function createSupporter(database: AppDatabase, input: ParsedInputOf<'supporters:create'>): SupporterSaveResult {
  const fields = pick(input, supporterFieldNames) as SupporterFields
  return save(database, fields, input.allowDuplicates, undefined, (writer) =>
    writer.insert(supporters, rowValues(fields)),
  )
}

const supporterSql = 'SELECT id, deleted_at AS deletedAt FROM supporters WHERE id = ?'
export const requireSupporter = (database: AppDatabase, id: string) =>
  liveRow<{ id: string; deletedAt: string | null }>(database, supporterSql, id, 'validation.pledges.supporter.notFound')

export function updateSupporter(database: AppDatabase, input: ParsedInputOf<'supporters:update'>): SupporterSaveResult {
  requireSupporter(database, input.id)
  const fields = pick(input, supporterFieldNames) as SupporterFields
  return save(database, fields, input.allowDuplicates, input.id, (writer) => {
    writer.update(supporters, input.id, rowValues(fields))
    return input.id
  })
}

/** A supporter with pledges on record stays: their pledges and receipts name them. */
export function deleteSupporter(database: AppDatabase, id: string): void {
  syncWrite(database, (writer) => {
    requireSupporter(database, id)
    refuseWhileReferenced(
      database,
      'SELECT count(*) FROM pledges WHERE supporter_id = ? AND deleted_at IS NULL',
      id,
      'validation.pledges.supporter.hasPledges',
    )
    writer.remove(supporters, id)
  })
}

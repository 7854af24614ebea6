import type Database from 'better-sqlite3'
import type { DuplicateCandidate } from '../../shared/members'
import type { AppDatabase } from '../db'
import { organisationNameKey, personNameKey } from './names'

export interface OrganisationDraft {
  name?: string | null
  regencyCode?: string | null
  phone?: string | null
  email?: string | null
}
export interface PersonDraft {
  name?: string | null
  organisationId?: string | null
  phone?: string | null
  email?: string | null
}

const MAX_CANDIDATES = 10

type Reason = DuplicateCandidate['reasons'][number]
/** A WHERE clause, its parameters, and what a match means; skipped when its values are missing. */
type Criterion = [where: string, params: unknown[], reason: Reason]

/** An import checks every row: each statement is prepared once per connection. */
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>()
function prepared(sqlite: Database.Database, sql: string): Database.Statement {
  const cache = statements.get(sqlite) ?? new Map<string, Database.Statement>()
  statements.set(sqlite, cache)
  let statement = cache.get(sql)
  if (!statement) cache.set(sql, (statement = sqlite.prepare(sql)))
  return statement
}

/** One candidate per record, with every reason it matched, strongest matches first. */
function find(
  database: AppDatabase,
  kind: DuplicateCandidate['kind'],
  select: string,
  criteria: Criterion[],
  excludeId: string | undefined,
): DuplicateCandidate[] {
  const byId = new Map<string, DuplicateCandidate>()
  for (const [where, params, reason] of criteria) {
    if (params.some((param) => !param)) continue
    const rows = prepared(database.sqlite, `${select} AND ${where} LIMIT 20`).all(...params) as {
      id: string
      name: string
      context: string | null
    }[]
    for (const row of rows) {
      if (row.id === excludeId) continue
      const candidate = byId.get(row.id) ?? { ...row, kind, reasons: [] }
      if (!candidate.reasons.includes(reason)) candidate.reasons.push(reason)
      byId.set(row.id, candidate)
    }
  }
  return [...byId.values()].sort((a, b) => b.reasons.length - a.reasons.length).slice(0, MAX_CANDIDATES)
}

/**
 * Likely duplicates of an organisation: the same normalised name in the same kabupaten/kota, or
 * the same phone number or e-mail anywhere. Phones and e-mails arrive already normalised.
 */
export function organisationDuplicates(
  database: AppDatabase,
  draft: OrganisationDraft,
  excludeId?: string,
): DuplicateCandidate[] {
  const select = `SELECT o.id, o.name, r.name AS context FROM organisations o
    LEFT JOIN ref_regencies r ON r.code = o.regency_code WHERE o.deleted_at IS NULL`
  const nameKey = draft.name ? organisationNameKey(draft.name) : ''
  return find(
    database,
    'organisation',
    select,
    [
      ['o.name_key = ? AND o.regency_code = ?', [nameKey, draft.regencyCode], 'name'],
      ['o.phone = ?', [draft.phone], 'phone'],
      ['o.email = ?', [draft.email], 'email'],
    ],
    excludeId,
  )
}

/**
 * Likely duplicates of a person: the same normalised name in the same organisation, or the same
 * phone number or e-mail anywhere.
 */
export function personDuplicates(database: AppDatabase, draft: PersonDraft, excludeId?: string): DuplicateCandidate[] {
  const select = `SELECT p.id, p.name, o.name AS context FROM people p
    LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.deleted_at IS NULL`
  const nameKey = draft.name ? personNameKey(draft.name) : ''
  return find(
    database,
    'person',
    select,
    [
      ['p.name_key = ? AND p.organisation_id = ?', [nameKey, draft.organisationId], 'name'],
      ['p.phone = ?', [draft.phone], 'phone'],
      ['p.email = ?', [draft.email], 'email'],
    ],
    excludeId,
  )
}

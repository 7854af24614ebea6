import type Database from 'better-sqlite3'
import type { DuplicateCandidate, DuplicateReason, RecordKind } from '../../shared/members'
import type { AppDatabase } from '../db'
import { dismissedPartners } from './dismissals'
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
  birthYear?: number | null
  phone?: string | null
  email?: string | null
}

const MAX_CANDIDATES = 10

/**
 * How much each reason says two records are one. A name shared within one kabupaten/kota (or one
 * OMS) counts most; the same name elsewhere in the province least, since names repeat across a
 * province. The check on save and the list of pairs rank by the same weights.
 */
export const reasonWeights: Record<DuplicateReason, number> = { name: 3, email: 2, phone: 2, nameElsewhere: 1 }

export const strongestFirst = (reasons: DuplicateReason[]): DuplicateReason[] =>
  [...reasons].sort((a, b) => reasonWeights[b] - reasonWeights[a])

/**
 * Where a record of each kind is, in SQL over a row aliased `a`: its kabupaten/kota (a person's is
 * their organisation's), the province that holds it, and the column that makes a shared name
 * count fully. Both the check on save and the list of pairs read records through these.
 */
export interface KindSql {
  table: string
  joins(alias: string): string
  context(alias: string): string
  province(alias: string): string
  near: string
}
export const kindSql: Record<RecordKind, KindSql> = {
  organisation: {
    table: 'organisations',
    joins: (a) => `LEFT JOIN ref_regencies ${a}_r ON ${a}_r.code = ${a}.regency_code`,
    context: (a) => `${a}_r.name`,
    province: (a) => `substr(${a}.regency_code, 1, 2)`,
    near: 'regency_code',
  },
  person: {
    table: 'people',
    joins: (a) => `LEFT JOIN organisations ${a}_o ON ${a}_o.id = ${a}.organisation_id
      LEFT JOIN ref_regencies ${a}_r ON ${a}_r.code = ${a}_o.regency_code`,
    context: (a) => `${a}_o.name || coalesce(', ' || ${a}_r.name, '')`,
    province: (a) => `substr(${a}_o.regency_code, 1, 2)`,
    near: 'organisation_id',
  },
}

/** What a draft is compared by: its name key, where it is, and its contacts (already normalised). */
export interface Probe {
  nameKey: string
  /** The kabupaten/kota code (organisation) or organisation id (person) a full name match shares. */
  near: string | null | undefined
  province: string | null | undefined
  phone: string | null | undefined
  email: string | null | undefined
  /** A person's, when the form or import row gives one. */
  birthYear?: number | null
}

/** An import checks every row: each statement is prepared once per connection. */
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>()
function prepared(sqlite: Database.Database, sql: string): Database.Statement {
  const cache = statements.get(sqlite) ?? new Map<string, Database.Statement>()
  statements.set(sqlite, cache)
  let statement = cache.get(sql)
  if (!statement) cache.set(sql, (statement = sqlite.prepare(sql)))
  return statement
}

interface CandidateQuery {
  sql: string
  /** The statement's values, or null when the draft lacks one the lookup needs. */
  values(probe: Probe): unknown[] | null
  reason: DuplicateReason
}

/** The values a lookup needs, or null when one is missing (an empty name key, no phone). */
const needed = (...values: unknown[]): unknown[] | null => (values.every(Boolean) ? values : null)

/**
 * What else a candidate of the same name in another OMS must agree on, with the draft values it
 * reads (SQL over the candidate `c`). As in the list of pairs (pairsSql), a person born in one known
 * year is not the namesake born in another, unless a phone or e-mail is shared: without this a
 * common name in an import is flagged against every namesake of the province. A draft or candidate
 * without a birth year keeps the name alone, since nothing recorded tells the two apart; the list's
 * rare-name limit is for a province-wide list, while here one record's namesakes are few enough to
 * see. Organisations: the name alone, in another kabupaten/kota as well.
 */
const elsewhereEvidence: Record<RecordKind, { where: string; values(probe: Probe): unknown[] }> = {
  organisation: { where: '1', values: () => [] },
  person: {
    where: '(? IS NULL OR c.birth_year IS NULL OR c.birth_year = ? OR c.phone = ? OR c.email = ?)',
    values: (p) => [p.birthYear ?? null, p.birthYear ?? null, p.phone ?? null, p.email ?? null],
  },
}

/** One lookup per reason, each by an index (name key, phone, e-mail), with the draft values it needs. */
export function candidateQueries(kind: RecordKind): CandidateQuery[] {
  const { table, joins, context, province, near } = kindSql[kind]
  const evidence = elsewhereEvidence[kind]
  const query = (where: string, values: CandidateQuery['values'], reason: DuplicateReason): CandidateQuery => ({
    sql: `SELECT c.id, c.name, ${context('c')} AS context FROM ${table} c ${joins('c')}
      WHERE c.deleted_at IS NULL AND ${where} LIMIT 20`,
    values,
    reason,
  })
  return [
    query(`c.name_key = ? AND c.${near} = ?`, (p) => needed(p.nameKey, p.near), 'name'),
    query(
      `c.name_key = ? AND c.${near} != ? AND ${province('c')} = ? AND ${evidence.where}`,
      (p) => needed(p.nameKey, p.near, p.province)?.concat(evidence.values(p)) ?? null,
      'nameElsewhere',
    ),
    query('c.phone = ?', (p) => needed(p.phone), 'phone'),
    query('c.email = ?', (p) => needed(p.email), 'email'),
  ]
}
const queries = { organisation: candidateQueries('organisation'), person: candidateQueries('person') }

/**
 * One candidate per record, with every reason it matched, strongest first. Each reason is one
 * indexed lookup, so a save costs the same in a directory of any size. Records the user marked
 * "not a duplicate" of the one being saved stay out.
 */
function candidates(
  database: AppDatabase,
  kind: RecordKind,
  probe: Probe,
  excludeId: string | undefined,
): DuplicateCandidate[] {
  const dismissed = excludeId ? dismissedPartners(database, excludeId) : new Set<string>()
  const byId = new Map<string, DuplicateCandidate>()
  for (const { sql, values, reason } of queries[kind]) {
    const params = values(probe)
    if (!params) continue
    const rows = prepared(database.sqlite, sql).all(...params) as { id: string; name: string; context: string | null }[]
    for (const row of rows) {
      if (row.id === excludeId || dismissed.has(row.id)) continue
      const candidate = byId.get(row.id) ?? { ...row, kind, reasons: [] }
      if (!candidate.reasons.includes(reason)) candidate.reasons.push(reason)
      byId.set(row.id, candidate)
    }
  }
  const strength = (candidate: DuplicateCandidate) =>
    candidate.reasons.reduce((sum, reason) => sum + reasonWeights[reason], 0)
  return [...byId.values()]
    .map((candidate) => ({ ...candidate, reasons: strongestFirst(candidate.reasons) }))
    .sort((a, b) => strength(b) - strength(a) || a.name.localeCompare(b.name))
    .slice(0, MAX_CANDIDATES)
}

/**
 * Likely duplicates of an organisation: the same normalised name anywhere in its province (in the
 * same kabupaten/kota ranks first), or the same phone number or e-mail anywhere.
 */
export function organisationDuplicates(
  database: AppDatabase,
  draft: OrganisationDraft,
  excludeId?: string,
): DuplicateCandidate[] {
  const probe = {
    nameKey: draft.name ? organisationNameKey(draft.name) : '',
    near: draft.regencyCode,
    province: draft.regencyCode?.slice(0, 2),
    phone: draft.phone,
    email: draft.email,
  }
  return candidates(database, 'organisation', probe, excludeId)
}

/**
 * Likely duplicates of a person: the same normalised name in their organisation, or elsewhere in
 * its province unless a different birth year says they are two (elsewhereEvidence); or the same
 * phone number or e-mail anywhere. The same organisation ranks first.
 */
export function personDuplicates(database: AppDatabase, draft: PersonDraft, excludeId?: string): DuplicateCandidate[] {
  const regency = draft.organisationId
    ? (prepared(database.sqlite, 'SELECT regency_code FROM organisations WHERE id = ?')
        .pluck()
        .get(draft.organisationId) as string | undefined)
    : undefined
  const probe = {
    nameKey: draft.name ? personNameKey(draft.name) : '',
    near: draft.organisationId,
    province: regency?.slice(0, 2),
    phone: draft.phone,
    email: draft.email,
    birthYear: draft.birthYear,
  }
  return candidates(database, 'person', probe, excludeId)
}

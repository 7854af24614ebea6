import type { ParsedInputOf } from '../../shared/contract'
import type { DuplicatePair, DuplicateReason, Page, RecordKind } from '../../shared/members'
import type { AppDatabase } from '../db'
import { kindSql, reasonWeights, strongestFirst } from './duplicates'

/**
 * Every suspected pair of one kind, by the rules of the check on save: one scan of the records per
 * rule, each looking its partners up by index (name key, phone, e-mail), never record × record.
 * A pair appears once, the smaller (older) id first; the parameter picks the pairs marked "not a
 * duplicate" (1) or the others (0).
 */
export function pairsSql(kind: RecordKind): string {
  const { table, joins, province, near } = kindSql[kind]
  const live = 'a.deleted_at IS NULL AND b.deleted_at IS NULL'
  const sameValue = (column: string, reason: DuplicateReason) => `
    SELECT a.id, b.id, '${reason}' FROM ${table} a JOIN ${table} b ON b.${column} = a.${column} AND b.id > a.id
    WHERE a.${column} IS NOT NULL AND ${live}`
  const weight = Object.entries(reasonWeights)
    .map(([reason, value]) => `WHEN '${reason}' THEN ${value}`)
    .join(' ')
  return `WITH matches (first_id, second_id, reason) AS (
      SELECT a.id, b.id, CASE WHEN a.${near} = b.${near} THEN 'name' ELSE 'nameElsewhere' END
      FROM ${table} a ${joins('a')}
        JOIN ${table} b ON b.name_key = a.name_key AND b.id > a.id ${joins('b')}
      WHERE a.name_key != '' AND ${live} AND (a.${near} = b.${near} OR ${province('a')} = ${province('b')})
      UNION ALL ${sameValue('phone', 'phone')}
      UNION ALL ${sameValue('email', 'email')}
    )
    SELECT first_id, second_id, group_concat(reason) AS reasons, sum(CASE reason ${weight} END) AS strength
    FROM matches m
    WHERE EXISTS (SELECT 1 FROM duplicate_dismissals d
      WHERE d.first_id = m.first_id AND d.second_id = m.second_id AND d.deleted_at IS NULL) = ?
    GROUP BY first_id, second_id`
}

/**
 * One page of pairs, strongest first, then by name so pairs of one name stay together. Only the
 * page's records are looked up for where they are: a province's people may form thousands of
 * weak pairs (common names in other OMS), ranked last.
 */
function pageSql(kind: RecordKind): string {
  const { table, joins, context } = kindSql[kind]
  const order = 'strength DESC, first_name, second_name, first_id, second_id'
  return `WITH ranked AS (
      SELECT p.*, a.name AS first_name, b.name AS second_name, count(*) OVER () AS total
      FROM (${pairsSql(kind)}) p JOIN ${table} a ON a.id = p.first_id JOIN ${table} b ON b.id = p.second_id
      ORDER BY ${order} LIMIT ? OFFSET ?
    )
    SELECT r.*, ${context('a')} AS first_context, ${context('b')} AS second_context
    FROM ranked r JOIN ${table} a ON a.id = r.first_id ${joins('a')} JOIN ${table} b ON b.id = r.second_id ${joins('b')}
    ORDER BY ${order}`
}

interface PairRow {
  first_id: string
  second_id: string
  reasons: string
  strength: number
  first_name: string
  first_context: string | null
  second_name: string
  second_context: string | null
  total: number
}

/** The directory's suspected pairs of one kind, strongest first, a page at a time. */
export function duplicatePairs(
  database: AppDatabase,
  input: ParsedInputOf<'members:duplicatePairs'>,
): Page<DuplicatePair> {
  const dismissed = input.dismissed ? 1 : 0
  const rows = database.sqlite.prepare(pageSql(input.kind)).all(dismissed, input.limit, input.offset) as PairRow[]
  // Past the last page there is no row to carry the total.
  const total =
    rows[0]?.total ??
    (input.offset === 0
      ? 0
      : (database.sqlite
          .prepare(`SELECT count(*) FROM (${pairsSql(input.kind)})`)
          .pluck()
          .get(dismissed) as number))
  return {
    total,
    offset: input.offset,
    rows: rows.map((row) => ({
      kind: input.kind,
      first: { id: row.first_id, name: row.first_name, context: row.first_context },
      second: { id: row.second_id, name: row.second_name, context: row.second_context },
      reasons: strongestFirst(row.reasons.split(',') as DuplicateReason[]),
      strength: row.strength,
    })),
  }
}

import type Database from 'better-sqlite3'
import { SEARCH_LISTS_AT_MOST, type Page } from '../../../shared/members'
import { searchInNameOrder } from './by-name'
import { readMatches } from './matches'
import { buildNameOrder, currentNameOrder, pageInNameOrder, type NameOrder } from './name-order'
import { placeholders } from './sorting'

/** A WHERE fragment with its bound values. */
export interface Condition {
  sql: string
  params: unknown[]
}

/** What differs between searching organisations and searching people; the strategy is shared. */
export interface ListSpec<Row> {
  /** The FTS5 table whose rowids are search_keys.rowid. */
  fts: string
  /** The listed table, aliased `m` in every fragment. */
  table: string
  /** LEFT JOINs that filters and sorts may use; SQLite drops the ones a query does not. */
  joins: string
  /** The name-order index on `m`, for walking the list in order instead of sorting every match. */
  nameIndex: string
  /** Reads the full rows of one page, in any order. */
  rowsByIds(ids: string[]): Row[]
}

export interface ListRequest {
  match: string | null
  conditions: Condition[]
  /** ORDER BY terms for the chosen column and direction, ending with the id tie-break. */
  orderBy: string
  /** A join only the chosen sort needs. */
  sortJoin: string
  byName: boolean
  descending: boolean
  offset: number
  limit: number
  /** Every match listed and counted (an export), past SEARCH_LISTS_AT_MOST. */
  complete?: boolean
}

/** Without the name order at hand, below this many matches reaching and sorting them all takes a few milliseconds. */
const SORT_ALL_BELOW = 1000
/**
 * How many name-index entries a walk may read (each costs random look-ups for the row and its
 * search key, some 10 µs on a cold cache) before it gives way to building the name order.
 */
const WALK_BUDGET = 1000

/**
 * One page of a list plus its total. Search goes through the FTS index, which holds only rows not
 * soft-deleted. Lists in name order without filters — the list as it opens and as one types — have
 * their own plans (below and in by-name.ts); everything else is one SQL query for the page and one for the total.
 * A search lists at most SEARCH_LISTS_AT_MOST rows unless `complete`.
 */
export function listPage<Row extends { id: string }>(
  sqlite: Database.Database,
  spec: ListSpec<Row>,
  request: ListRequest,
): Page<Row> {
  const capped = request.match !== null && request.complete !== true
  const { offset, limit } = request
  const beyond = capped && offset >= SEARCH_LISTS_AT_MOST
  const asked = !capped
    ? request
    : beyond
      ? { ...request, offset: 0, limit: 1 }
      : { ...request, limit: Math.min(limit, SEARCH_LISTS_AT_MOST - offset) }
  const page = anyPage(sqlite, spec, asked)
  const rows = beyond ? [] : page.rows
  return page.total === null || (capped && page.total > SEARCH_LISTS_AT_MOST)
    ? { offset, rows, total: SEARCH_LISTS_AT_MOST, more: true }
    : { offset, rows, total: page.total }
}

/** A page whose total is null where a search did not count past SEARCH_LISTS_AT_MOST. */
type CountedPage<Row> = Omit<Page<Row>, 'total'> & { total: number | null }

function anyPage<Row extends { id: string }>(
  sqlite: Database.Database,
  spec: ListSpec<Row>,
  request: ListRequest,
): CountedPage<Row> {
  if (request.byName && request.conditions.length === 0) {
    const { match } = request
    const order = currentNameOrder(sqlite, spec.table)
    if (match !== null && order) {
      const paging = { ...request, complete: request.complete ?? false }
      const { rowids, total } = searchInNameOrder(sqlite, spec.fts, match, order, paging)
      return { total, ...pageOfRowids(sqlite, spec, rowids, request.offset) }
    }
    if (match !== null) return searchWithoutNameOrder(sqlite, spec, { ...request, match })
    if (order) return inNameOrder(sqlite, spec, request, order, null)
  }
  const { match, conditions, offset, limit } = request
  const where = ['m.deleted_at IS NULL', ...conditions.map((c) => c.sql)]
  const params = conditions.flatMap((c) => c.params)
  const joins = `${spec.joins} ${request.sortJoin}`
  const matchCount =
    match === null ? null : countOf(sqlite, `SELECT count(*) FROM ${spec.fts} WHERE ${spec.fts} MATCH ?`, [match])
  // A broad search narrowed by filters starts from the filtered rows (an index often picks them)
  // and tests each against the matches; otherwise each match's row is reached through its key.
  const source =
    match === null
      ? { from: `${spec.table} m ${joins}`, where, params }
      : (matchCount ?? 0) >= SORT_ALL_BELOW && conditions.length > 0
        ? {
            from: `${spec.table} m JOIN search_keys k ON k.entity_id = m.id ${joins}`,
            where: [...where, `+k.rowid IN (SELECT rowid FROM ${spec.fts} WHERE ${spec.fts} MATCH ?)`],
            params: [...params, match],
          }
        : {
            from: `(SELECT k.entity_id FROM ${spec.fts} f JOIN search_keys k ON k.rowid = f.rowid
                    WHERE ${spec.fts} MATCH ?) hit JOIN ${spec.table} m ON m.id = hit.entity_id ${joins}`,
            where,
            params: [match, ...params],
          }
  const total =
    conditions.length > 0
      ? countOf(sqlite, `SELECT count(*) FROM ${source.from} WHERE ${source.where.join(' AND ')}`, source.params)
      : (matchCount ?? countOf(sqlite, `SELECT count(*) FROM ${spec.fts}`, []))
  if (total === 0 || offset >= total) return { total, offset, rows: [] }
  const ids = pluck(
    sqlite,
    `SELECT m.id FROM ${source.from} WHERE ${source.where.join(' AND ')} ORDER BY ${request.orderBy} LIMIT ? OFFSET ?`,
    [...source.params, limit, offset],
  )
  return { total, offset, rows: inOrder(spec.rowsByIds(ids), ids) }
}

/**
 * A search in name order without filters, before the name order is built (it reads the whole
 * table, so only a search that needs it builds it): a few matches are sorted by SQL, many are
 * found by walking the name index.
 */
function searchWithoutNameOrder<Row extends { id: string }>(
  sqlite: Database.Database,
  spec: ListSpec<Row>,
  request: ListRequest & { match: string },
): Page<Row> {
  const matches = readMatches(sqlite, spec.fts, request.match)
  if (matches.length < SORT_ALL_BELOW) return sortedBySql(sqlite, spec, request, matches)
  const walked = walkNameIndex(sqlite, spec, request, matches)
  if (walked)
    return {
      total: matches.length,
      offset: request.offset,
      rows: inOrder(spec.rowsByIds(walked), walked),
    }
  return inNameOrder(sqlite, spec, request, buildNameOrder(sqlite, spec.table), matches)
}

function inNameOrder<Row extends { id: string }>(
  sqlite: Database.Database,
  spec: ListSpec<Row>,
  { descending, offset, limit }: ListRequest,
  order: NameOrder,
  matches: number[] | null,
): Page<Row> {
  const { total, rowids } = pageInNameOrder(order, matches, descending, offset, limit)
  return { ...pageOfRowids(sqlite, spec, rowids, offset), total }
}

function pageOfRowids<Row extends { id: string }>(
  sqlite: Database.Database,
  spec: ListSpec<Row>,
  rowids: number[],
  offset: number,
): Omit<Page<Row>, 'total'> {
  if (rowids.length === 0) return { offset, rows: [] }
  const ids = new Map(
    sqlite
      .prepare(`SELECT rowid, entity_id FROM search_keys WHERE rowid IN (${placeholders(rowids)})`)
      .raw()
      .all(...rowids) as [number, string][],
  )
  const ordered = rowids.flatMap((rowid) => ids.get(rowid) ?? [])
  return { offset, rows: inOrder(spec.rowsByIds(ordered), ordered) }
}

/** A few matches, each reached through its search key and sorted by SQL. */
function sortedBySql<Row extends { id: string }>(
  sqlite: Database.Database,
  spec: ListSpec<Row>,
  { orderBy, offset, limit }: ListRequest,
  matches: number[],
): Page<Row> {
  const ids = pluck(
    sqlite,
    `SELECT m.id FROM json_each(?) hit JOIN search_keys k ON k.rowid = hit.value
       JOIN ${spec.table} m ON m.id = k.entity_id
     WHERE m.deleted_at IS NULL ORDER BY ${orderBy} LIMIT ? OFFSET ?`,
    [JSON.stringify(matches), limit, offset],
  )
  return { total: matches.length, offset, rows: inOrder(spec.rowsByIds(ids), ids) }
}

const inOrder = <Row extends { id: string }>(rows: Row[], ids: string[]): Row[] => {
  const byId = new Map(rows.map((row) => [row.id, row]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/**
 * Reads the name index in order and keeps rows among the matches, marked by search rowid. Null
 * when the page is not full within the budget.
 */
function walkNameIndex(
  sqlite: Database.Database,
  spec: ListSpec<{ id: string }>,
  request: ListRequest,
  matches: number[],
): string[] | null {
  const matched = new Uint8Array(matches.reduce((max, rowid) => Math.max(max, rowid), 0) + 1)
  for (const rowid of matches) matched[rowid] = 1
  const statement = sqlite
    .prepare(
      `SELECT m.id, k.rowid FROM ${spec.table} m INDEXED BY ${spec.nameIndex} JOIN search_keys k ON k.entity_id = m.id
       WHERE m.deleted_at IS NULL ORDER BY ${request.orderBy}`,
    )
    .raw()
  const wanted = request.offset + request.limit
  const hits: string[] = []
  let read = 0
  for (const [id, rowid] of statement.iterate() as Iterable<[string, number]>) {
    if (matched[rowid] === 1) hits.push(id)
    if (hits.length === wanted) return hits.slice(request.offset)
    if (++read === WALK_BUDGET) return null
  }
  return hits.slice(request.offset)
}

const countOf = (sqlite: Database.Database, sql: string, params: unknown[]): number =>
  sqlite
    .prepare(sql)
    .pluck()
    .get(...params) as number

const pluck = (sqlite: Database.Database, sql: string, params: unknown[]): string[] =>
  sqlite
    .prepare(sql)
    .pluck()
    .all(...params) as string[]

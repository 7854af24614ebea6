import type Database from 'better-sqlite3'
import type { Page } from '../../../shared/members'
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
  /**
   * With the name order at hand, walk only when the page should fill within this many entries (at
   * most WALK_BUDGET). Matches spread evenly through the alphabet make walking pay off sooner.
   */
  walkReads: number
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
}

/** Below this many matches, reaching and sorting them all takes a few milliseconds. */
const SORT_ALL_BELOW = 1000
/**
 * How many name-index entries the walk may read (each costs random look-ups for the row and its
 * search key, some 10 µs on a cold cache) before it gives way to the name order.
 */
const WALK_BUDGET = 1000

/**
 * One page of a list plus its total. Search goes through the FTS index, which holds only rows not
 * soft-deleted. Unfiltered lists in name order — the list as it opens and as one types — have
 * their own plans (below); everything else is one SQL query for the page and one for the total.
 */
export function listPage<Row extends { id: string }>(
  sqlite: Database.Database,
  spec: ListSpec<Row>,
  request: ListRequest,
): Page<Row> {
  if (request.byName && request.conditions.length === 0) {
    const page = unfilteredByName(sqlite, spec, request)
    if (page) return page
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
 * Name order without filters. Each match costs a few B-tree look-ups to reach its row, so for a
 * broad search there are two cheaper ways to a sorted page: walk the name index keeping matches
 * (fast when they are dense and spread out), or place them by the cached name order (fast always
 * once built, but building reads the whole table). Null: plain SQL does it best.
 */
function unfilteredByName<Row extends { id: string }>(
  sqlite: Database.Database,
  spec: ListSpec<Row>,
  request: ListRequest,
): Page<Row> | null {
  const { match, offset, limit } = request
  const order = currentNameOrder(sqlite, spec.table)
  if (match === null) return order ? inNameOrder(sqlite, spec, request, order, null) : null
  const total = countOf(sqlite, `SELECT count(*) FROM ${spec.fts} WHERE ${spec.fts} MATCH ?`, [match])
  if (total < SORT_ALL_BELOW) return null
  // Dense matches fill a page within a few hundred entries if spread evenly through the alphabet.
  const walkFirst = !order || (offset + limit) * order.rowidAt.length <= total * spec.walkReads
  const walked = walkFirst ? walkNameIndex(sqlite, spec, request) : null
  if (walked) return { total, offset, rows: inOrder(spec.rowsByIds(walked), walked) }
  const matches = sqlite
    .prepare(`SELECT rowid FROM ${spec.fts} WHERE ${spec.fts} MATCH ?`)
    .pluck()
    .all(match) as number[]
  return inNameOrder(sqlite, spec, request, order ?? buildNameOrder(sqlite, spec.table), matches)
}

function inNameOrder<Row extends { id: string }>(
  sqlite: Database.Database,
  spec: ListSpec<Row>,
  { descending, offset, limit }: ListRequest,
  order: NameOrder,
  matches: number[] | null,
): Page<Row> {
  const { total, rowids } = pageInNameOrder(order, matches, descending, offset, limit)
  if (rowids.length === 0) return { total, offset, rows: [] }
  const ids = new Map(
    sqlite
      .prepare(`SELECT rowid, entity_id FROM search_keys WHERE rowid IN (${placeholders(rowids)})`)
      .raw()
      .all(...rowids) as [number, string][],
  )
  const ordered = rowids.flatMap((rowid) => ids.get(rowid) ?? [])
  return { total, offset, rows: inOrder(spec.rowsByIds(ordered), ordered) }
}

const inOrder = <Row extends { id: string }>(rows: Row[], ids: string[]): Row[] => {
  const byId = new Map(rows.map((row) => [row.id, row]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/**
 * Reads the name index in order and keeps rows whose search key is among the matches; the unary
 * `+` keeps SQLite from probing the index once per match and makes the IN a test against a set it
 * builds once. Null when the page is not full within the budget.
 */
function walkNameIndex(
  sqlite: Database.Database,
  spec: ListSpec<{ id: string }>,
  request: ListRequest,
): string[] | null {
  const statement = sqlite
    .prepare(
      `SELECT m.id, +k.rowid IN (SELECT rowid FROM ${spec.fts} WHERE ${spec.fts} MATCH ?) AS hit
       FROM ${spec.table} m INDEXED BY ${spec.nameIndex} JOIN search_keys k ON k.entity_id = m.id
       WHERE m.deleted_at IS NULL ORDER BY ${request.orderBy}`,
    )
    .raw()
  const wanted = request.offset + request.limit
  const hits: string[] = []
  let read = 0
  for (const [id, hit] of statement.iterate(request.match) as Iterable<[string, number]>) {
    if (hit) hits.push(id)
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

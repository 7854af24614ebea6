import type Database from 'better-sqlite3'

/**
 * Every listed row's position in name order, keyed by its search rowid: turns "sort these 15,000
 * matches by name" from 15,000 B-tree look-ups into array reads. Building it reads the whole table
 * (about a second at 300k rows), so it is built only for a broad search that needs it, and kept
 * until the next write (this connection's change count or another connection's data_version).
 */
export interface NameOrder {
  /** Search rowid → 1-based position in name order; 0 for rows not listed. */
  positionOf: Int32Array
  /** Position - 1 → search rowid. */
  rowidAt: Int32Array
  /** Search rowid → how many listed rows have a search rowid up to it. */
  listedThrough: Int32Array
}

const built = new WeakMap<Database.Database, Map<string, { version: string; order: NameOrder }>>()

/**
 * What a cache of derived rows is valid for: this connection's change count and another
 * connection's data_version, so a write through either makes it stale.
 */
export const versionOf = (sqlite: Database.Database): string =>
  `${sqlite.pragma('data_version', { simple: true })}:${sqlite.prepare('SELECT total_changes()').pluck().get()}`

/** The name order of a table if nothing was written since it was built. */
export function currentNameOrder(sqlite: Database.Database, table: string): NameOrder | null {
  const cached = built.get(sqlite)?.get(table)
  return cached?.version === versionOf(sqlite) ? cached.order : null
}

export function buildNameOrder(sqlite: Database.Database, table: string): NameOrder {
  const version = versionOf(sqlite)
  const rowids = sqlite
    .prepare(
      `SELECT k.rowid FROM ${table} m JOIN search_keys k ON k.entity_id = m.id
       WHERE m.deleted_at IS NULL ORDER BY m.name COLLATE NOCASE, m.id`,
    )
    .pluck()
    .all() as number[]
  const rowidAt = Int32Array.from(rowids)
  const positionOf = new Int32Array(rowids.reduce((max, rowid) => Math.max(max, rowid), 0) + 1)
  rowidAt.forEach((rowid, index) => (positionOf[rowid] = index + 1))
  const listedThrough = new Int32Array(positionOf.length)
  for (let rowid = 1; rowid < positionOf.length; rowid++)
    listedThrough[rowid] = (listedThrough[rowid - 1] ?? 0) + ((positionOf[rowid] ?? 0) > 0 ? 1 : 0)
  const order = { positionOf, rowidAt, listedThrough }
  const perTable = built.get(sqlite) ?? new Map<string, { version: string; order: NameOrder }>()
  perTable.set(table, { version, order })
  built.set(sqlite, perTable)
  return order
}

/** Search rowids in name order, `count` of them from the `from`-th (from the end when descending). */
function rowidsInNameOrder(order: NameOrder, descending: boolean, from: number, count: number): number[] {
  const { length } = order.rowidAt
  const end = Math.min(length, from + count)
  const rowids: number[] = []
  for (let i = from; i < end; i++) rowids.push(order.rowidAt[descending ? length - 1 - i : i] ?? 0)
  return rowids
}

/**
 * The search rowids of one page in name order, from all matches (or every row when null). Marking
 * each match's position and reading the marks in order costs a pass over the matches and over the
 * list up to the page, never a sort.
 */
export function pageInNameOrder(
  order: NameOrder,
  matches: number[] | null,
  descending: boolean,
  offset: number,
  limit: number,
): { total: number; rowids: number[] } {
  const { length } = order.rowidAt
  if (matches === null) return { total: length, rowids: rowidsInNameOrder(order, descending, offset, limit) }
  const listed = new Uint8Array(length)
  let total = 0
  for (const rowid of matches) {
    const position = order.positionOf[rowid] ?? 0
    if (position > 0 && listed[position - 1] === 0) {
      listed[position - 1] = 1
      total += 1
    }
  }
  const rowids: number[] = []
  for (let i = 0, seen = 0; i < length && seen < total && rowids.length < limit; i++) {
    const index = descending ? length - 1 - i : i
    if (listed[index] === 1 && seen++ >= offset) rowids.push(order.rowidAt[index] ?? 0)
  }
  return { total, rowids }
}

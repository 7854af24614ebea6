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
}

const built = new WeakMap<Database.Database, Map<string, { version: string; order: NameOrder }>>()

const versionOf = (sqlite: Database.Database) =>
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
  const order = { positionOf, rowidAt }
  const perTable = built.get(sqlite) ?? new Map<string, { version: string; order: NameOrder }>()
  perTable.set(table, { version, order })
  built.set(sqlite, perTable)
  return order
}

/** The search rowids of one page in name order, from all matches (or every row when null). */
export function pageInNameOrder(
  order: NameOrder,
  matches: number[] | null,
  descending: boolean,
  offset: number,
  limit: number,
): { total: number; rowids: number[] } {
  const positions =
    matches === null
      ? null
      : Int32Array.from(matches.map((rowid) => order.positionOf[rowid] ?? 0).filter((position) => position > 0)).sort()
  const total = positions?.length ?? order.rowidAt.length
  const at = (index: number) => order.rowidAt[positions ? (positions[index] ?? 0) - 1 : index] ?? 0
  const rowids: number[] = []
  for (let i = offset; i < Math.min(total, offset + limit); i++) rowids.push(at(descending ? total - 1 - i : i))
  return { total, rowids }
}

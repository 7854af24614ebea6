import type Database from 'better-sqlite3'

/**
 * The search rowids an FTS5 expression matches: the `limit` lowest (-1: all) past `after`. One
 * JSON array instead of a row per match: reading 100,000 rows one by one costs several times the
 * search.
 */
export function readMatches(sqlite: Database.Database, fts: string, match: string, after = 0, limit = -1): number[] {
  const json = sqlite
    .prepare(
      `SELECT json_group_array(rowid)
       FROM (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ? AND rowid > ? ORDER BY rowid LIMIT ?)`,
    )
    .pluck()
    .get(match, after, limit) as string
  return JSON.parse(json) as number[]
}

/** How many rows an FTS5 expression matches past `after`: a pass over its doclists, nothing read out. */
export function countMatches(sqlite: Database.Database, fts: string, match: string, after = 0): number {
  return sqlite
    .prepare(`SELECT count(*) FROM ${fts} WHERE ${fts} MATCH ? AND rowid > ?`)
    .pluck()
    .get(match, after) as number
}

/**
 * Those of `candidates` the expression matches. SQLite hands FTS5 one rowid at a time, and FTS5
 * seeks it in each term's doclist: a few microseconds a candidate, where testing every match
 * against the candidates costs a pass over all of them. Cheap only while each term is one doclist,
 * which the prefix indexes of migration 0004 make true for words typed up to eight letters.
 */
export function matchingAmong(sqlite: Database.Database, fts: string, match: string, candidates: number[]): number[] {
  if (candidates.length === 0) return []
  return sqlite
    .prepare(`SELECT rowid FROM ${fts} WHERE ${fts} MATCH ? AND rowid IN (SELECT value FROM json_each(?))`)
    .pluck()
    .all(match, JSON.stringify(candidates)) as number[]
}

/**
 * Those of `candidates` among the matches past `after`, in one pass over them: cheaper than looking
 * many candidates up one by one, as SQLite builds the set of candidates once and tests each match.
 */
export function matchingPast(
  sqlite: Database.Database,
  fts: string,
  match: string,
  after: number,
  candidates: number[],
): number[] {
  const json = sqlite
    .prepare(
      `SELECT json_group_array(rowid) FILTER (WHERE rowid IN (SELECT value FROM json_each(?)))
       FROM ${fts} WHERE ${fts} MATCH ? AND rowid > ?`,
    )
    .pluck()
    .get(JSON.stringify(candidates), match, after) as string
  return JSON.parse(json) as number[]
}

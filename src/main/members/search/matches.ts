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

/**
 * The matches past `after` counted, and those among `candidates` named, in one pass over the index.
 * Testing each match against a set SQLite builds once costs a fraction of reading it into
 * JavaScript; testing each candidate by its own FTS5 query costs a whole query setup per row.
 */
export function countAndFind(
  sqlite: Database.Database,
  fts: string,
  match: string,
  after: number,
  candidates: number[],
): { count: number; found: number[] } {
  const [count, found] = sqlite
    .prepare(
      `SELECT count(*), json_group_array(rowid) FILTER (WHERE rowid IN (SELECT value FROM json_each(?)))
       FROM ${fts} WHERE ${fts} MATCH ? AND rowid > ?`,
    )
    .raw()
    .get(JSON.stringify(candidates), match, after) as [number, string]
  return { count, found: JSON.parse(found) as number[] }
}

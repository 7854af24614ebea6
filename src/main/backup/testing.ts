import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'

/**
 * A hash of every table of a database but the backup's own, row by row in rowid order: two
 * databases with the same hash hold the same data, local tables and sync state included.
 */
export function contentHash(sqlite: Database.Database): string {
  const hash = createHash('sha256')
  const tables = sqlite
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'backup_%'
       ORDER BY name`,
    )
    .pluck()
    .all() as string[]
  for (const table of tables) {
    hash.update(`${table}\n`)
    const withoutRowid = /WITHOUT ROWID\s*$/i.test(
      sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).pluck().get(table) as string,
    )
    const rows = sqlite
      .prepare(`SELECT * FROM "${table}" ${withoutRowid ? '' : 'ORDER BY rowid'}`)
      .raw()
      .iterate()
    for (const row of rows as IterableIterator<unknown[]>)
      hash.update(
        `${JSON.stringify(row, (_, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : value))}\n`,
      )
  }
  return hash.digest('hex')
}

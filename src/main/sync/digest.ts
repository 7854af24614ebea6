import { createHash } from 'node:crypto'
import type { AppDatabase } from '../db'
import { canonicalJson } from './bundle/format'
import { syncedTables } from './tables'

/**
 * A SHA-256 over a canonical dump of synced data as it is shared: every synced table in name
 * order, rows in id order, each as canonical JSON of its id, owner and fields (derived columns
 * of live rows included, as they must agree too), personal fields not released as null, since they never
 * leave the instance that holds them. Two instances that have exchanged everything print the same
 * digest; with `hubId`, only that hub's rows, so a province and the national copy of it compare.
 */
export function syncDigest(database: AppDatabase, hubId?: string): string {
  const hash = createHash('sha256')
  for (const synced of [...syncedTables].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const columns = [...synced.fields, ...synced.derived].sort()
    const rows = database.sqlite
      .prepare(`SELECT * FROM "${synced.name}" ${hubId ? 'WHERE hub_id = ?' : ''} ORDER BY id`)
      .iterate(...(hubId ? [hubId] : [])) as IterableIterator<Record<string, unknown>>
    for (const row of rows) {
      const withheld = (synced.declaration.personal ?? []).flatMap((group) =>
        group.released(row) ? [] : [...group.columns, ...(group.derived ?? [])],
      )
      // A deleted row has no current status or organisation: its derived columns are left out
      // (a person merged away keeps no affiliation to derive them from).
      const left = row.deleted_at === null ? withheld : [...withheld, ...synced.derived]
      const values = Object.fromEntries(columns.map((column) => [column, left.includes(column) ? null : row[column]]))
      hash.update(canonicalJson([synced.name, row.id, row.hub_id, values]))
      hash.update('\n')
    }
  }
  return hash.digest('hex')
}

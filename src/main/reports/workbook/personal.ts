import { withholds } from '../../sync/bundle/rows'
import { syncedTableNamed } from '../../sync/tables'

/**
 * A row of people or supporters (SQL column names) with its personal fields as a sync bundle lets
 * them leave the hub: a workbook is passed around as freely as a bundle, so without consent they
 * are left out by the same declaration and predicate.
 */
export function releasable<T extends object>(table: 'people' | 'supporters', row: T): T {
  const synced = syncedTableNamed(table)
  const personal = synced?.declaration.personal
  if (!synced || !personal) throw new Error(`${table} declares no personal fields`)
  if (!withholds(synced, row as Record<string, unknown>)) return row
  return { ...row, ...Object.fromEntries(personal.columns.map((column) => [column, null])) }
}

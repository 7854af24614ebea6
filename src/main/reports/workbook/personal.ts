import { personReleased } from '../../privacy/gates'
import { withheldColumns } from '../../sync/bundle/rows'
import { syncedTableNamed } from '../../sync/tables'

/**
 * A row of supporters (SQL column names) with its personal fields as a sync bundle lets them leave
 * the hub: a workbook is passed around as freely as a bundle, so without consent they are left out
 * by the same declaration and predicate. A report names a person only with their consent to be
 * named in what is published, and shows their phone and e-mail only with consent to be contacted
 * too; whether the national team may see them is the bundle's question, not the workbook's.
 */
export function releasable<T extends object>(table: 'people' | 'supporters', row: T): T {
  if (table === 'people') {
    const person = row as Record<string, unknown>
    if (!personReleased(person, ['publication'])) return { ...row, name: '', phone: null, email: null }
    return personReleased(person, ['publication', 'contact']) ? row : { ...row, phone: null, email: null }
  }
  const synced = syncedTableNamed(table)
  if (!synced?.declaration.personal) throw new Error(`${table} declares no personal fields`)
  const withheld = withheldColumns(synced, row as Record<string, unknown>)
  return withheld.size === 0 ? row : { ...row, ...Object.fromEntries([...withheld].map((column) => [column, null])) }
}

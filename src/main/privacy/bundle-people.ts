import type { AppDatabase } from '../db'
import { withheldColumns } from '../sync/bundle/rows'
import type { SyncedTable } from '../sync/tables'

type OutgoingRow = { synced: SyncedTable; row: Record<string, unknown> }

/**
 * Notes each people row on its way into a bundle, and whether its name went with it (the same
 * test rowLine applies), so bundle_people says what the file held: whom to notify if it is lost
 * (UU PDP Pasal 46), where a person's data went when they ask (Pasal 7). Kept in memory while the
 * bundle is written, because the bundle's history row, which they name, comes only after.
 */
export function watchCarriedPeople(rows: Iterable<OutgoingRow>) {
  const personIds: string[] = []
  const identifying: boolean[] = []
  function* watched(): Generator<OutgoingRow> {
    for (const outgoing of rows) {
      if (outgoing.synced.name === 'people') {
        personIds.push(outgoing.row.id as string)
        identifying.push(!withheldColumns(outgoing.synced, outgoing.row).has('name'))
      }
      yield outgoing
    }
  }
  return {
    rows: watched(),
    /** Once the bundle is recorded, in its transaction: one prepared insert, run per person. */
    record(database: AppDatabase, bundleRowId: number): number {
      const insert = database.sqlite.prepare(
        'INSERT INTO bundle_people (bundle_id, person_id, identifying) VALUES (?, ?, ?)',
      )
      personIds.forEach((personId, index) => insert.run(bundleRowId, personId, identifying[index] ? 1 : 0))
      return personIds.length
    },
  }
}

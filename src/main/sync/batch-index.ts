import type { AppDatabase } from '../db'
import { syncedTables } from './tables'

/**
 * Drops the row-by-row index triggers synced tables declare, inside the caller's transaction, and
 * answers what brings their indexes current and puts the triggers back, to run before commit
 * while temp.sync_touched still names the rows written. The triggers come back from their own
 * stored SQL; a transaction that rolls back restores them with everything else.
 */
export function suspendIndexTriggers(database: AppDatabase): (refresh: boolean) => void {
  const indexes = syncedTables.flatMap((synced) => (synced.declaration.index ? [synced.declaration.index] : []))
  const names = indexes.flatMap((index) => index.triggers)
  const { sqlite } = database
  const suspended = sqlite
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${names.map(() => '?').join(', ')})`,
    )
    .all(...names) as { name: string; sql: string }[]
  for (const { name } of suspended) sqlite.exec(`DROP TRIGGER "${name}"`)
  return (refresh) => {
    if (refresh) for (const index of indexes) for (const statement of index.refresh) sqlite.prepare(statement).run()
    for (const { sql } of suspended) sqlite.exec(sql)
  }
}

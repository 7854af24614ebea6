import type { AppDatabase } from '../db'
import type { SyncedTable } from './tables'

// Personal fields leave an instance only while consent releases them (declare.ts). Consent is
// derived before commit from records that may arrive in any bundle, so two things happen then: a
// row of ours whose release changed is sent again, and a row of another hub that is no longer
// released loses the fields this instance still holds of it.

const SELF = `(SELECT value FROM local_settings WHERE key = 'self_hub_id')`
const touched = (synced: SyncedTable) => `id IN (SELECT id FROM temp.sync_touched WHERE tbl = '${synced.name}')`

/** Which groups of fields a row releases, as one comparable value. */
const signature = (synced: SyncedTable) =>
  (synced.declaration.personal ?? []).map((group) => `coalesce((${group.releasedSql}), 0)`).join(` || ',' || `)

/** Before derived columns are recomputed: what our touched rows release now. */
export function snapshotReleases(database: AppDatabase, synced: SyncedTable): void {
  database.sqlite.exec(
    'CREATE TEMP TABLE IF NOT EXISTS sync_releases (tbl TEXT NOT NULL, id TEXT NOT NULL, released TEXT, PRIMARY KEY (tbl, id)) WITHOUT ROWID',
  )
  database.sqlite
    .prepare(
      `INSERT OR REPLACE INTO temp.sync_releases (tbl, id, released)
       SELECT '${synced.name}', id, ${signature(synced)} FROM "${synced.name}" WHERE ${touched(synced)} AND hub_id = ${SELF}`,
    )
    .run()
}

/** After: the rows of ours whose release changed, which must travel again. */
export function changedReleases(database: AppDatabase, synced: SyncedTable): string[] {
  const ids = database.sqlite
    .prepare(
      `SELECT s.id FROM temp.sync_releases s WHERE s.tbl = ? AND s.released IS NOT
         (SELECT ${signature(synced)} FROM "${synced.name}" WHERE "${synced.name}".id = s.id)`,
    )
    .pluck()
    .all(synced.name) as string[]
  database.sqlite.prepare('DELETE FROM temp.sync_releases WHERE tbl = ?').run(synced.name)
  return ids
}

/** What a withheld field holds here: its schema default (a photo list's '[]'), else empty or NULL. */
function blankOf(synced: SyncedTable, column: string): string {
  const declared = synced.columns.get(column)
  if (!declared?.notNull) return 'NULL'
  const fallback = declared.hasDefault && typeof declared.default === 'string' ? declared.default : ''
  return `'${fallback.replace(/'/g, "''")}'`
}

/** Another hub's rows that are not released keep nothing of those fields here. */
export function blankUnreleased(database: AppDatabase, synced: SyncedTable): void {
  for (const group of synced.declaration.personal ?? []) {
    const blank = (column: string) => blankOf(synced, column)
    const set = group.columns.map((column) => `"${column}" = ${blank(column)}`).join(', ')
    const held = group.columns.map((column) => `"${column}" IS NOT ${blank(column)}`).join(' OR ')
    database.sqlite
      .prepare(
        `UPDATE "${synced.name}" SET ${set}
         WHERE ${touched(synced)} AND hub_id IS NOT ${SELF} AND NOT (${group.releasedSql}) AND (${held})`,
      )
      .run()
  }
}

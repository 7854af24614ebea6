import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { AppDatabase } from '../../db'
import { syncedTable, syncedTableNamed, type SyncedTable } from '../../sync/tables'
import type { SyncWriter, WritableValues } from '../../sync/write'

/**
 * One field a write changed: where, and its stored value before and after. A row the write created
 * is noted as its id coming into being (column "id", before null).
 */
export interface FieldChange {
  table: string
  id: string
  column: string
  before: unknown
  after: unknown
}

type Row = Record<string, unknown>

const readStored = (database: AppDatabase, synced: SyncedTable, id: string): Row | undefined =>
  database.sqlite.prepare(`SELECT * FROM "${synced.name}" WHERE id = ?`).get(id) as Row | undefined

/** The drizzle key of a column: the write path takes values keyed so. */
export function keyOf(synced: SyncedTable, column: string): string {
  for (const [key, name] of synced.sqlNames) if (name === column) return key
  throw new Error(`${synced.name} has no column ${column}`)
}

/**
 * Writes through the one write path and notes every field that really changed, each once with its
 * first value and its last, so the writes can be taken back field by field. Derived columns are not
 * noted: they follow the fields they derive from.
 */
export class FieldJournal {
  readonly changes: FieldChange[] = []

  constructor(
    private readonly database: AppDatabase,
    private readonly writer: SyncWriter,
  ) {}

  insert<T extends SQLiteTable>(table: T, values: WritableValues<T>): string {
    const id = this.writer.insert(table, values)
    this.changes.push({ table: syncedTable(table).name, id, column: 'id', before: null, after: id })
    return id
  }

  update(table: SQLiteTable, id: string, values: Row): void {
    this.note(syncedTable(table), id, () => this.writer.update(table, id, values))
  }

  remove(table: SQLiteTable, id: string): void {
    this.note(syncedTable(table), id, () => this.writer.remove(table, id))
  }

  private note(synced: SyncedTable, id: string, write: () => void): void {
    const before = readStored(this.database, synced, id) ?? {}
    write()
    const after = readStored(this.database, synced, id) ?? {}
    for (const column of synced.fields) {
      if (before[column] === after[column]) continue
      const earlier = this.changes.find((c) => c.table === synced.name && c.id === id && c.column === column)
      if (earlier) earlier.after = after[column]
      else this.changes.push({ table: synced.name, id, column, before: before[column], after: after[column] })
    }
  }
}

/**
 * Puts back the fields a journal noted, one write per row, except those whose value is no longer
 * what the journaled write left: they were edited since, and the edit stays. A row the write
 * created is soft-deleted: it would not exist without that write, and sync carries the tombstone.
 */
export function undoFieldChanges(database: AppDatabase, writer: SyncWriter, changes: FieldChange[]): void {
  const rows = new Map<string, { synced: SyncedTable; id: string; values: Row; restore: boolean; remove: boolean }>()
  for (const change of changes.toReversed()) {
    const synced = syncedTableNamed(change.table)
    if (!synced) throw new Error(`${change.table} is not a synced table`)
    if (readStored(database, synced, change.id)?.[change.column] !== change.after) continue
    const key = `${change.table} ${change.id}`
    const row = rows.get(key) ?? { synced, id: change.id, values: {}, restore: false, remove: false }
    rows.set(key, row)
    // The journal sees deleted_at change only through remove(): undoing that is a restore.
    if (change.column === 'deleted_at') row.restore = true
    else if (change.column === 'id') row.remove = true
    else {
      const column = synced.columns.get(change.column)
      row.values[keyOf(synced, change.column)] =
        change.before === null || !column ? change.before : column.mapFromDriverValue(change.before)
    }
  }
  for (const { synced, id, values, restore, remove } of rows.values()) {
    if (remove) writer.remove(synced.table, id)
    else {
      if (restore) writer.restore(synced.table, id)
      writer.update(synced.table, id, values)
    }
  }
}

import type { Statement } from 'better-sqlite3'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import { v7 as uuidv7 } from 'uuid'
import { AppError } from '../../shared/errors'
import type { AppDatabase } from '../db'
import { maxHlc, nextHlc, wallOf, type Hlc } from './hlc'
import { suspendIndexTriggers } from './batch-index'
import { blankUnreleased, changedReleases, snapshotReleases } from './releases'
import { bumpGeneration, instanceNode, readState, saveState } from './state'
import { bookkeepingColumns, syncedTable, syncedTables, type SyncedTable } from './tables'

type Row = Record<string, unknown>

/** What callers may set: everything but the columns the write path stamps itself. */
export type WritableValues<T extends SQLiteTable> = Omit<
  T['$inferInsert'],
  'id' | 'hubId' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'createdHlc' | 'hlc' | 'fieldClocks' | 'changeSeq'
> & { id?: string }

/** What merging one incoming row did to the local copy. */
export type MergeOutcome = 'new' | 'updated' | 'unchanged' | 'deleted'

/** A row as bundles carry it: SQL column names, driver values, and a clock per field. */
export interface IncomingRow {
  id: string
  hubId: string
  createdHlc: Hlc
  /** Fields changed since creation, each with the clock of its latest change. */
  clocks: Record<string, Hlc>
  values: Row
}

const iso = (hlc: Hlc) => new Date(wallOf(hlc)).toISOString()
const sortedJson = (clocks: Record<string, Hlc>) => {
  const entries = Object.entries(clocks)
  return entries.length === 0 ? '{}' : JSON.stringify(Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1))))
}

/**
 * A write of this many rows of a table compacts its index before commit. Compacting rewrites the
 * whole index (about 1.4 s at 300k people), so a form's save never does, and an import of a
 * thousand rows, which writes for longer, hardly notices.
 */
const COMPACT_AFTER_ROWS = 1000

const active = new WeakMap<AppDatabase, SyncWriter>()
const statements = new WeakMap<AppDatabase, Map<string, Statement>>()

function prepared(database: AppDatabase, sql: string): Statement {
  const cache = statements.get(database) ?? new Map<string, Statement>()
  statements.set(database, cache)
  let statement = cache.get(sql)
  if (!statement) cache.set(sql, (statement = database.sqlite.prepare(sql)))
  return statement
}

export interface SyncWriteOptions {
  /** Only setting up a hub writes before "self_hub_id" names the owner. */
  hubId?: string
  /** Take the write lock at once: for checks that must hold until commit against other processes. */
  immediate?: boolean
  /** Many rows at once (a bundle import): indexes kept by triggers are refreshed once, before commit. */
  batch?: boolean
}

/**
 * The one way to create, change and soft-delete rows of synced tables, local edits and merged
 * bundles alike. It runs `write` in a transaction (joining the caller's writer when there is one),
 * stamps the owner hub, timestamps, hybrid logical clocks and this instance's change counter,
 * records the clock of every field that really changed (a write that changes nothing is no write),
 * and before commit recomputes derived columns of every row touched. A test fails when code writes
 * a synced table any other way.
 */
export function syncWrite<T>(
  database: AppDatabase,
  write: (writer: SyncWriter) => T,
  options: SyncWriteOptions = {},
): T {
  const current = active.get(database)
  if (current) return write(current)
  const run = database.sqlite.transaction(() => {
    const writer = new SyncWriter(database, options.hubId, options.batch)
    active.set(database, writer)
    try {
      const result = write(writer)
      writer.finish()
      return result
    } finally {
      active.delete(database)
    }
  })
  return options.immediate ? run.immediate() : run()
}

export class SyncWriter {
  readonly hubId: string
  private readonly node: string
  private clock: Hlc | null
  private changeSeq: number
  private readonly touched = new Map<string, Set<string>>()
  /** Rows created or changed per table, for compacting the indexes of bulk writes. */
  private readonly written = new Map<string, number>()
  /** Tables with rows marked in temp.sync_touched. */
  private touchedTables = new Set<string>()
  private readonly started: { clock: Hlc | null; changeSeq: number }

  /** Brings indexes current and restores their triggers, when a batch suspended them. */
  private readonly resumeIndexes: ((refresh: boolean) => void) | null

  constructor(
    private readonly database: AppDatabase,
    hubId?: string,
    batch = false,
  ) {
    const state = readState(database)
    const owner = hubId ?? state.selfHubId
    if (!owner) throw new AppError('NOT_SET_UP', { key: 'errors.notSetUp' })
    this.hubId = owner
    this.node = instanceNode(database)
    this.clock = state.clock
    this.changeSeq = state.changeSeq
    this.started = { clock: state.clock, changeSeq: state.changeSeq }
    this.resumeIndexes = batch ? suspendIndexTriggers(database) : null
  }

  /** The wall time of this write, from the database's one clock source. */
  now(): Date {
    return new Date(this.database.clock())
  }

  /** A new clock for a local event. */
  private tick(): Hlc {
    this.clock = nextHlc(this.clock, this.database.clock(), this.node)
    return this.clock
  }

  /** Creates a row owned by this hub; `values` are keyed as the drizzle table declares them. */
  insert<T extends SQLiteTable>(table: T, values: WritableValues<T>): string {
    const synced = syncedTable(table)
    const given = this.toSql(synced, values as Row)
    const hlc = this.tick()
    const id = typeof given.id === 'string' ? given.id : uuidv7({ msecs: wallOf(hlc) })
    const row: Row = { ...given, id, hub_id: this.hubId, created_at: iso(hlc), deleted_at: null }
    const inserted = this.insertRow(synced, row, hlc, {})
    if (!inserted) throw new Error(`${synced.name} ${id} exists already`)
    return id
  }

  /** Changes the given fields of a row this hub owns; answers the SQL names of the fields that changed. */
  update<T extends SQLiteTable>(table: T, id: string, values: Partial<WritableValues<T>>): string[] {
    const synced = syncedTable(table)
    return this.change(synced, id, this.toSql(synced, values as Row))
  }

  /** Soft-deletes a row; a deleted row travels as a tombstone and stays one until restored. */
  remove(table: SQLiteTable, id: string): boolean {
    const synced = syncedTable(table)
    if (this.read(synced, id).deleted_at !== null) return false
    return this.change(synced, id, { deleted_at: this.now().toISOString() }).length > 0
  }

  restore(table: SQLiteTable, id: string): boolean {
    return this.change(syncedTable(table), id, { deleted_at: null }).length > 0
  }

  /**
   * Merges a row from a bundle, last writer wins per field: a field takes the incoming value when
   * the incoming clock is newer, or equal with a greater value (so every replica picks the same
   * winner whatever the order). Fields the bundle leaves out (withheld personal data) keep theirs.
   */
  merge(synced: SyncedTable, incoming: IncomingRow): MergeOutcome {
    this.observe(incoming.createdHlc)
    for (const clock of Object.values(incoming.clocks)) this.observe(clock)
    const values = { ...incoming.values, id: incoming.id, hub_id: incoming.hubId }
    if (this.insertRow(synced, values, incoming.createdHlc, incoming.clocks)) return 'new'
    const current = this.read(synced, incoming.id)
    if (current.hub_id !== incoming.hubId)
      throw new MergeConflict(`${synced.name} ${incoming.id} belongs to another hub`)
    const localClocks = JSON.parse(current.field_clocks as string) as Record<string, Hlc>
    const localCreated = current.created_hlc as Hlc
    const createdHlc = localCreated <= incoming.createdHlc ? localCreated : incoming.createdHlc
    const changes: Row = {}
    const clocks: Record<string, Hlc> = {}
    for (const field of synced.fields) {
      const local = localClocks[field] ?? localCreated
      if (!(field in incoming.values)) {
        if (local > createdHlc) clocks[field] = local
        continue
      }
      const remote = incoming.clocks[field] ?? incoming.createdHlc
      const value = incoming.values[field] ?? null
      const wins = remote > local || (remote === local && compareValues(value, current[field]) > 0)
      const clock = wins ? remote : local
      if (wins && value !== current[field]) changes[field] = value
      if (clock > createdHlc) clocks[field] = clock
    }
    // Personal fields held here that arrive withheld: finish() blanks them unless consent as this
    // instance knows it still releases them.
    if (synced.personalColumns.some((field) => !(field in incoming.values) && (current[field] ?? '') !== ''))
      this.mark(synced.name, incoming.id)
    const fieldClocks = sortedJson(clocks)
    if (Object.keys(changes).length === 0 && fieldClocks === current.field_clocks && createdHlc === localCreated)
      return 'unchanged'
    const hlc = Object.values(clocks).reduce<Hlc>((newest, clock) => (clock > newest ? clock : newest), createdHlc)
    this.writeChanges(synced, current, { ...changes, created_hlc: createdHlc, field_clocks: fieldClocks }, hlc)
    return current.deleted_at === null && changes.deleted_at ? 'deleted' : 'updated'
  }

  /** Received clocks move this instance's clock forward, so its next edits order after them. */
  private observe(clock: Hlc): void {
    this.clock = maxHlc(this.clock, clock)
  }

  private toSql(synced: SyncedTable, values: Row): Row {
    const row: Row = {}
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) continue
      const name = synced.sqlNames.get(key)
      if (!name) throw new Error(`${synced.name} has no column ${key}`)
      if (bookkeepingColumns.includes(name) && name !== 'id') continue
      const column = synced.columns.get(name)
      row[name] = value === null || !column ? null : column.mapToDriverValue(value)
    }
    return row
  }

  private read(synced: SyncedTable, id: string): Row {
    const row = prepared(this.database, `SELECT * FROM "${synced.name}" WHERE id = ?`).get(id) as Row | undefined
    if (!row) throw new AppError('NOT_FOUND', { key: 'sync.rowNotFound' })
    return row
  }

  private change(synced: SyncedTable, id: string, values: Row): string[] {
    const current = this.read(synced, id)
    if (current.hub_id !== this.hubId) throw new AppError('FORBIDDEN', { key: 'sync.notOwner' })
    // Derived columns follow their sources (row() in writeChanges, recompute before commit),
    // whatever a caller passes.
    const fields = Object.keys(values).filter(
      (column) => !synced.derived.has(column) && values[column] !== current[column],
    )
    if (fields.length === 0) return []
    const hlc = this.tick()
    const clocks = JSON.parse(current.field_clocks as string) as Record<string, Hlc>
    for (const field of fields) clocks[field] = hlc
    const changes = Object.fromEntries(fields.map((column) => [column, values[column]]))
    this.writeChanges(synced, current, { ...changes, field_clocks: sortedJson(clocks) }, hlc)
    return fields
  }

  /** Inserts unless the id exists; the row's own derived columns are computed from its values. */
  private insertRow(synced: SyncedTable, given: Row, createdHlc: Hlc, clocks: Record<string, Hlc>): boolean {
    let hlc = createdHlc
    for (const clock of Object.values(clocks)) if (clock > hlc) hlc = clock
    const row: Row = {
      ...given,
      ...synced.declaration.derived?.row?.(given),
      created_hlc: createdHlc,
      hlc,
      field_clocks: sortedJson(clocks),
      updated_at: iso(hlc),
      change_seq: this.changeSeq + 1,
    }
    const params = synced.columnNames.map((name, index) => {
      const value = row[name]
      return value === undefined ? synced.defaults[index] : value
    })
    if (prepared(this.database, synced.insertSql).run(params).changes === 0) return false
    this.changeSeq += 1
    this.count(synced)
    this.touch(synced, row)
    return true
  }

  private writeChanges(synced: SyncedTable, current: Row, changes: Row, hlc: Hlc): void {
    const after = { ...current, ...changes }
    const derived = synced.declaration.derived?.row?.(after) ?? {}
    const columns: Row = { ...changes, ...derived, hlc, updated_at: iso(hlc), change_seq: ++this.changeSeq }
    this.writeColumns(synced, current.id as string, columns)
    this.count(synced)
    this.touch(synced, current)
    this.touch(synced, after)
  }

  private writeColumns(synced: SyncedTable, id: string, columns: Row): void {
    const names = Object.keys(columns)
    const sql = `UPDATE "${synced.name}" SET ${names.map((n) => `"${n}" = @${n}`).join(', ')} WHERE id = @id`
    prepared(this.database, sql).run({ ...columns, id })
  }

  /**
   * Runs `work` in a savepoint of this transaction: when it throws, its rows are undone and this
   * writer's clock and counter with them, while what came before stays to commit. Rows it touched
   * are marked in the database, so they roll back with it and a long batch holds no list in memory.
   */
  attempt<T>(work: () => T): T {
    const saved = {
      clock: this.clock,
      changeSeq: this.changeSeq,
      touched: new Set(this.touchedTables),
      written: new Map(this.written),
    }
    try {
      return this.database.sqlite.transaction(() => {
        const result = work()
        this.markTouched()
        return result
      })()
    } catch (error) {
      this.clock = saved.clock
      this.changeSeq = saved.changeSeq
      this.touchedTables = saved.touched
      this.touched.clear()
      this.written.clear()
      for (const [table, count] of saved.written) this.written.set(table, count)
      throw error
    }
  }

  /** A row whose consent now releases other fields leaves again, with them, in the next bundle. */
  private resend(synced: SyncedTable, id: string): void {
    prepared(this.database, `UPDATE "${synced.name}" SET change_seq = ? WHERE id = ?`).run(++this.changeSeq, id)
  }

  private count(synced: SyncedTable): void {
    this.written.set(synced.name, (this.written.get(synced.name) ?? 0) + 1)
  }

  /** Remembers which derived rows must be recomputed, and personal fields checked, before commit. */
  private touch(synced: SyncedTable, row: Row): void {
    if (synced.declaration.derived?.recompute || synced.declaration.personal) this.mark(synced.name, row.id as string)
    for (const { table, column } of synced.dependents)
      if (typeof row[column] === 'string') this.mark(table, row[column] as string)
  }

  private mark(table: string, id: string): void {
    const ids = this.touched.get(table) ?? new Set<string>()
    this.touched.set(table, ids)
    ids.add(id)
  }

  /** Moves the rows touched so far into the database, where recompute finds them. */
  private markTouched(): void {
    if (this.touched.size === 0) return
    this.database.sqlite.exec(
      'CREATE TEMP TABLE IF NOT EXISTS sync_touched (tbl TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (tbl, id)) WITHOUT ROWID',
    )
    const mark = prepared(this.database, 'INSERT OR IGNORE INTO temp.sync_touched (tbl, id) VALUES (?, ?)')
    for (const [table, ids] of this.touched) {
      this.touchedTables.add(table)
      for (const id of ids) mark.run(table, id)
    }
    this.touched.clear()
  }

  /** Rows that follow rows touched in another table (declare.ts `follows`) are touched too. */
  private touchFollowers(): void {
    for (const synced of syncedTables)
      for (const follow of synced.declaration.derived?.follows ?? [])
        if (this.touchedTables.has(follow.table)) {
          const added = prepared(
            this.database,
            `INSERT OR IGNORE INTO temp.sync_touched (tbl, id) SELECT '${synced.name}', id FROM (${follow.ids})`,
          ).run().changes
          if (added > 0) this.touchedTables.add(synced.name)
        }
  }

  /** Before commit: derived columns recomputed from the merged data, clock and counter saved. */
  finish(): void {
    this.markTouched()
    this.touchFollowers()
    // Any row written moves the generation, so caches of derived data know to rebuild.
    if (this.written.size > 0 || this.touchedTables.size > 0) bumpGeneration(this.database)
    if (this.touchedTables.size > 0) {
      const personal = syncedTables.filter(
        (synced) => synced.declaration.personal && this.touchedTables.has(synced.name),
      )
      for (const synced of personal) snapshotReleases(this.database, synced)
      for (const synced of syncedTables) {
        const recompute = synced.declaration.derived?.recompute
        if (recompute && this.touchedTables.has(synced.name))
          for (const statement of [recompute].flat()) prepared(this.database, statement).run()
      }
      for (const synced of personal) {
        for (const id of changedReleases(this.database, synced)) this.resend(synced, id)
        blankUnreleased(this.database, synced)
      }
    }
    this.resumeIndexes?.(this.touchedTables.size > 0)
    for (const synced of syncedTables)
      if (this.touchedTables.has(synced.name))
        for (const statement of synced.declaration.index?.purge ?? []) prepared(this.database, statement).run()
    for (const synced of syncedTables)
      if ((this.written.get(synced.name) ?? 0) >= COMPACT_AFTER_ROWS)
        for (const statement of synced.declaration.index?.compact ?? []) prepared(this.database, statement).run()
    this.written.clear()
    if (this.touchedTables.size > 0) {
      this.database.sqlite.exec('DELETE FROM temp.sync_touched')
      this.touchedTables.clear()
    }
    // A transaction that changed nothing leaves no trace: an open import's dry run stays current.
    if (this.clock !== this.started.clock || this.changeSeq !== this.started.changeSeq)
      saveState(this.database, { clock: this.clock, changeSeq: this.changeSeq })
  }
}

/** A bundle row that cannot be merged: the whole bundle is refused. */
export class MergeConflict extends Error {}

/** A total order on stored values, so equal clocks (a forged or replayed edit) still pick one winner. */
function compareValues(a: unknown, b: unknown): number {
  const key = (value: unknown) => (value === null || value === undefined ? '' : `${typeof value}:${String(value)}`)
  const [x, y] = [key(a), key(b)]
  return x < y ? -1 : x > y ? 1 : 0
}

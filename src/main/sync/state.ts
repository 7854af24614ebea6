import { randomBytes } from 'node:crypto'
import type { AppDatabase } from '../db'
import type { Hlc } from './hlc'

/**
 * This instance's sync state, in local_settings: read once per write transaction and saved before
 * its commit, so the clock and the change counter move with the data they stamp.
 */
export interface SyncState {
  selfHubId: string | null
  clock: Hlc | null
  changeSeq: number
}

const read = (database: AppDatabase, key: string) =>
  (database.sqlite.prepare('SELECT value FROM local_settings WHERE key = ?').pluck().get(key) as string | undefined) ??
  null

const write = (database: AppDatabase, key: string, value: string) =>
  database.sqlite
    .prepare(
      'INSERT INTO local_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    )
    .run(key, value)

export function readState(database: AppDatabase): SyncState {
  return {
    selfHubId: read(database, 'self_hub_id'),
    clock: read(database, 'sync_clock'),
    changeSeq: Number(read(database, 'sync_change_seq') ?? 0),
  }
}

export function saveState(database: AppDatabase, state: Pick<SyncState, 'clock' | 'changeSeq'>): void {
  if (state.clock) write(database, 'sync_clock', state.clock)
  write(database, 'sync_change_seq', String(state.changeSeq))
}

/**
 * 16 hex digits naming this instance in its clocks. A database copied to a second PC keeps the id:
 * the copy is then detected by its bundles (same key, same sequence, other content).
 */
export function instanceNode(database: AppDatabase): string {
  return read(database, 'instance_id') ?? renewInstanceNode(database)
}

/** A restored database is another instance: it signs and stamps under a new id. */
export function renewInstanceNode(database: AppDatabase): string {
  const created = randomBytes(8).toString('hex')
  write(database, 'instance_id', created)
  return created
}

/**
 * A number that moves with every committed write of synced rows, local or imported, so caches of
 * derived data (the report facts) know when to rebuild without comparing the data itself.
 */
export const readGeneration = (database: AppDatabase): number => Number(read(database, 'data_generation') ?? 0)

export function bumpGeneration(database: AppDatabase): void {
  database.sqlite
    .prepare(
      `INSERT INTO local_settings (key, value) VALUES ('data_generation', '1')
       ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`,
    )
    .run()
}

/**
 * The keys of this hub a restored or rebuilt instance took over from. Every bundle it signs names
 * them, so whichever of its bundles reaches a receiver first retires them there.
 */
export const replacedKeys = (database: AppDatabase): string[] =>
  JSON.parse(read(database, 'replaced_key_ids') ?? '[]') as string[]

export function addReplacedKeys(database: AppDatabase, keyIds: readonly string[]): void {
  const all = [...new Set([...replacedKeys(database), ...keyIds])]
  write(database, 'replaced_key_ids', JSON.stringify(all))
}

/** The old key's endorsement of this instance's key, carried by every bundle it signs (see endorse.ts). */
export const keyEndorsement = (database: AppDatabase): Record<string, string> | null =>
  JSON.parse(read(database, 'key_endorsement') ?? 'null') as Record<string, string> | null

export const saveKeyEndorsement = (database: AppDatabase, endorsement: Record<string, string>): void =>
  void write(database, 'key_endorsement', JSON.stringify(endorsement))

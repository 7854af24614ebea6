import { and, eq, inArray } from 'drizzle-orm'
import type { AppDatabase } from '../db'
import { syncBundles } from './schema'

export type HistoryEntry = typeof syncBundles.$inferInsert

/** Records a bundle in or out; answers its row id, which bundle_people names. */
export function recordBundle(database: AppDatabase, entry: Omit<HistoryEntry, 'recordedAt'>): number {
  const { lastInsertRowid } = database.orm
    .insert(syncBundles)
    .values({ ...entry, recordedAt: new Date(database.clock()).toISOString() })
    .run()
  return Number(lastInsertRowid)
}

/** The file hash this instance holds for a key's sequence of changes (acks have none), written or applied. */
export function knownBundleHash(database: AppDatabase, keyId: string, sequence: number): string | undefined {
  return (
    database.orm
      .select({ fileSha256: syncBundles.fileSha256 })
      .from(syncBundles)
      .where(
        and(
          eq(syncBundles.keyId, keyId),
          eq(syncBundles.kind, 'changes'),
          eq(syncBundles.sequence, sequence),
          inArray(syncBundles.outcome, ['exported', 'accepted']),
        ),
      )
      .get()?.fileSha256 ?? undefined
  )
}

/** A later bundle of the key that names a previous bundle, as applied here. */
export function successorOf(database: AppDatabase, keyId: string, sequence: number): string | null | undefined {
  const row = database.orm
    .select({ previousSha256: syncBundles.previousSha256 })
    .from(syncBundles)
    .where(
      and(
        eq(syncBundles.keyId, keyId),
        eq(syncBundles.kind, 'changes'),
        eq(syncBundles.sequence, sequence + 1),
        inArray(syncBundles.outcome, ['exported', 'accepted']),
      ),
    )
    .get()
  return row === undefined ? undefined : row.previousSha256
}

import type { ParsedInputOf } from '../../shared/contract'
import type { DuplicateDismissal, RecordKind } from '../../shared/members'
import type { AppDatabase } from '../db'
import { syncWrite } from '../sync/write'
import { assertLive, type LiveState } from './records/common'
import { duplicateDismissals } from './schema'

type PairInput = ParsedInputOf<'members:dismissDuplicatePair'>

/** A pair has one spelling: the smaller id first (UUIDv7, so also the older record). */
export const orderedPair = ([a, b]: readonly [string, string]): [string, string] => (a < b ? [a, b] : [b, a])

const tables: Record<RecordKind, string> = { organisation: 'organisations', person: 'people' }

/** Records `id` was marked "not a duplicate" of, by any instance. */
export function dismissedPartners(database: AppDatabase, id: string): Set<string> {
  const ids = database.sqlite
    .prepare(
      `SELECT second_id FROM duplicate_dismissals WHERE first_id = ? AND deleted_at IS NULL
       UNION SELECT first_id FROM duplicate_dismissals WHERE second_id = ? AND deleted_at IS NULL`,
    )
    .pluck()
    .all(id, id) as string[]
  return new Set(ids)
}

interface DismissalRow {
  id: string
  hubId: string
  deletedAt: string | null
}
const rowsOf = (database: AppDatabase, [firstId, secondId]: [string, string]) =>
  database.sqlite
    .prepare(
      `SELECT id, hub_id AS hubId, deleted_at AS deletedAt FROM duplicate_dismissals
       WHERE first_id = ? AND second_id = ? ORDER BY id`,
    )
    .all(firstId, secondId) as DismissalRow[]

/**
 * "Not a duplicate": remembered once per pair. Marking a pair this instance showed again brings
 * its own row back rather than adding another, so undo after undo leaves one row to sync.
 */
export function dismissPair(database: AppDatabase, input: PairInput): DuplicateDismissal {
  const pair = orderedPair(input.ids)
  syncWrite(database, (writer) => {
    for (const id of pair) {
      const row = database.sqlite
        .prepare(
          `SELECT deleted_at AS deletedAt, merged_into_id AS mergedIntoId FROM ${tables[input.kind]} WHERE id = ?`,
        )
        .get(id) as LiveState | undefined
      assertLive(row, input.kind)
    }
    const rows = rowsOf(database, pair)
    if (rows.some((row) => row.deletedAt === null)) return
    const own = rows.find((row) => row.hubId === writer.hubId)
    if (own) writer.restore(duplicateDismissals, own.id)
    else writer.insert(duplicateDismissals, { kind: input.kind, firstId: pair[0], secondId: pair[1] })
  })
  return { kind: input.kind, firstId: pair[0], secondId: pair[1], dismissed: true }
}

/** Shows a dismissed pair again. Only the hub that marked it may (the write path refuses others). */
export function showPairAgain(database: AppDatabase, input: PairInput): DuplicateDismissal {
  const pair = orderedPair(input.ids)
  syncWrite(database, (writer) => {
    for (const row of rowsOf(database, pair)) if (row.deletedAt === null) writer.remove(duplicateDismissals, row.id)
  })
  return { kind: input.kind, firstId: pair[0], secondId: pair[1], dismissed: false }
}

import type { Message } from '../../shared/errors'
import type { HistoryEntry, MergeCounts } from '../../shared/sync'
import type { AppDatabase } from '../db'

interface StoredRow extends Omit<HistoryEntry, 'merged' | 'exportedRows' | 'reason' | 'driftAccepted' | 'madeHere'> {
  counts: string | null
  reason: string | null
  driftAccepted: number
  madeHere: number
}

const parsed = <T>(json: string | null): Partial<T> => (json ? (JSON.parse(json) as Partial<T>) : {})

function mergedOf(row: StoredRow): MergeCounts | null {
  if (row.direction !== 'in' || row.outcome !== 'accepted' || row.kind !== 'changes') return null
  const counts = parsed<MergeCounts>(row.counts)
  return {
    new: counts.new ?? 0,
    updated: counts.updated ?? 0,
    unchanged: counts.unchanged ?? 0,
    deleted: counts.deleted ?? 0,
  }
}

function exportedRowsOf(row: StoredRow): number | null {
  if (row.direction !== 'out' || row.kind !== 'changes') return null
  const { tables = {} } = parsed<{ tables: Record<string, number> }>(row.counts)
  return Object.values(tables).reduce((sum, n) => sum + n, 0)
}

/**
 * The latest bundles in and out, newest first, in the words the history screen shows. The party is
 * the signer's name as enrolled (in), the hub an acknowledgement is for, or this instance (out).
 * A file in signed by a key of this instance was made here; an alarm never is, as a copied
 * database signs with our key too.
 */
export function listHistory(database: AppDatabase, limit: number): HistoryEntry[] {
  const rows = database.sqlite
    .prepare(
      `SELECT b.id, b.direction, b.kind, b.outcome, b.sequence, b.province_code AS provinceCode,
         b.file_name AS fileName, b.created_at AS createdAt, b.recorded_at AS recordedAt, b.counts, b.reason,
         b.drift_accepted AS driftAccepted,
         (b.direction = 'in' AND b.outcome <> 'alarm' AND
          (SELECT k.instance_id FROM sync_keys k WHERE k.key_id = b.key_id) =
          (SELECT s.value FROM local_settings s WHERE s.key = 'instance_id')) AS madeHere,
         CASE WHEN b.direction = 'out' AND b.kind IN ('ack', 'rebuild')
           THEN (SELECT k.name FROM sync_keys k WHERE k.hub_id = b.hub_id AND k.status <> 'self'
                 ORDER BY k.enrolled_at DESC LIMIT 1)
           ELSE (SELECT k.name FROM sync_keys k WHERE k.key_id = b.key_id) END AS party
       FROM sync_bundles b ORDER BY b.id DESC LIMIT ?`,
    )
    .all(limit) as StoredRow[]
  return rows.map((row) => {
    const { counts: _counts, reason, driftAccepted, madeHere, ...entry } = row
    return {
      ...entry,
      merged: mergedOf(row),
      exportedRows: exportedRowsOf(row),
      reason: reason ? (JSON.parse(reason) as Message) : null,
      driftAccepted: driftAccepted === 1,
      madeHere: madeHere === 1,
    }
  })
}

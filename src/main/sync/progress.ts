import type { KeyProgress } from '../../shared/sync'
import type { AppDatabase } from '../db'

/**
 * What has arrived of one key's bundles. A bundle carries every change after its `coversFrom`, so
 * a missing sequence is no gap once a later bundle covering it has been applied.
 */
export function keyProgress(database: AppDatabase, keyId: string): KeyProgress {
  const applied = database.sqlite
    .prepare(
      `SELECT sequence, covers_from AS coversFrom FROM sync_bundles
       WHERE direction = 'in' AND kind = 'changes' AND outcome = 'accepted' AND key_id = ? ORDER BY sequence`,
    )
    .all(keyId) as { sequence: number; coversFrom: number }[]
  const received = new Set(applied.map((bundle) => bundle.sequence))
  const latest = applied.at(-1)?.sequence ?? 0
  const covered = (sequence: number) =>
    received.has(sequence) || applied.some((bundle) => bundle.sequence > sequence && bundle.coversFrom < sequence)
  const gaps: number[] = []
  for (let sequence = 1; sequence < latest; sequence++) if (!covered(sequence)) gaps.push(sequence)
  const firstGap = gaps[0]
  return { keyId, latest, gaps, appliedThrough: firstGap === undefined ? latest : firstGap - 1 }
}

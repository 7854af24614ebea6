import { and, asc, inArray, isNull } from 'drizzle-orm'
import type { Need } from '../../shared/initiatives'
import type { AppDatabase } from '../db'
import { nothingReceived, needProgress, type Received } from './progress'
import { needs } from './schema'

/**
 * What each need's live pledges brought: pledges neither cancelled nor deleted that name it, and
 * their fulfilments not deleted.
 */
function receivedByNeed(database: AppDatabase, needIds: string[]): Map<string, Received> {
  const rows = database.sqlite
    .prepare(
      `SELECT p.need_id AS needId, count(DISTINCT p.id) AS pledgeCount, count(f.id) AS fulfilmentCount,
          coalesce(sum(f.rupiah), 0) AS rupiah, coalesce(sum(f.quantity), 0) AS quantity,
          coalesce(sum(f.hours), 0) AS hours
        FROM pledges p LEFT JOIN fulfilments f ON f.pledge_id = p.id AND f.deleted_at IS NULL
        WHERE p.need_id IN (SELECT value FROM json_each(?)) AND p.deleted_at IS NULL AND p.cancelled_on IS NULL
        GROUP BY p.need_id`,
    )
    .all(JSON.stringify(needIds)) as (Received & { needId: string })[]
  return new Map(rows.map(({ needId, ...received }) => [needId, received]))
}

/** The live needs of each initiative given, oldest first, each with its progress. */
export function needsOf(database: AppDatabase, initiativeIds: string[]): Map<string, Need[]> {
  const rows =
    initiativeIds.length === 0
      ? []
      : database.orm
          .select()
          .from(needs)
          .where(and(inArray(needs.initiativeId, initiativeIds), isNull(needs.deletedAt)))
          .orderBy(asc(needs.createdHlc))
          .all()
  const received = receivedByNeed(
    database,
    rows.map((row) => row.id),
  )
  const result = new Map<string, Need[]>(initiativeIds.map((id) => [id, []]))
  for (const row of rows)
    result.get(row.initiativeId)?.push({
      id: row.id,
      initiativeId: row.initiativeId,
      form: row.form,
      description: row.description,
      targetRupiah: row.targetRupiah,
      targetQuantity: row.targetQuantity,
      unit: row.unit,
      targetPeople: row.targetPeople,
      targetHours: row.targetHours,
      targetText: row.targetText,
      progress: needProgress(row, received.get(row.id) ?? nothingReceived),
    })
  return result
}

import { AppError } from '../../shared/errors'
import type { AppDatabase } from '.'

/**
 * Refuses to remove a row that live rows still name: `countSql` counts them for `id`, and the
 * message (`key`) says how many, so the user knows what to deal with first.
 */
export function refuseWhileReferenced(database: AppDatabase, countSql: string, id: string, key: string): void {
  const count = database.sqlite.prepare(countSql).pluck().get(id) as number
  if (count > 0) throw new AppError('VALIDATION', { key, params: { count } })
}

import { AppError } from '../../shared/errors'
import { localDate } from '../../shared/format'
import type { AppDatabase } from '../db'
import { requireIdentity } from '../hub/service'

/** Today where the hub is: the day due dates and fulfilment dates are measured against. */
export const hubToday = (database: AppDatabase): string =>
  localDate(new Date(database.clock()), requireIdentity(database).timeZone)

/** A row read for a check; `deletedAt` tells a live row from a tombstone. */
export function liveRow<T extends { deletedAt: string | null }>(
  database: AppDatabase,
  sql: string,
  id: string,
  notFoundKey: string,
): T {
  const row = database.sqlite.prepare(sql).get(id) as T | undefined
  if (!row || row.deletedAt !== null) throw new AppError('NOT_FOUND', { key: notFoundKey })
  return row
}

/** Whether a live organisation (not deleted, not merged away) of the directory has this id. */
export const isLiveOrganisation = (database: AppDatabase, id: string): boolean =>
  database.sqlite
    .prepare('SELECT 1 FROM organisations WHERE id = ? AND deleted_at IS NULL AND merged_into_id IS NULL')
    .get(id) !== undefined

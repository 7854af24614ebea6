import { AppError, type Message } from '../../../shared/errors'
import type { DuplicateCandidate, SaveResult } from '../../../shared/members'
import type { AppDatabase } from '../../db'
import { syncWrite } from '../../sync/write'

export function refuseFields(fields: Record<string, Message>): void {
  if (Object.keys(fields).length > 0) throw new AppError('VALIDATION', { key: 'errors.validation' }, fields)
}

/** Only the keys a schema declares: callers may hand over a whole create input (status, flags, …). */
export function pick<T extends object>(value: T, keys: readonly string[]): Partial<T> {
  return Object.fromEntries(keys.filter((key) => key in value).map((key) => [key, value[key as keyof T]])) as Partial<T>
}

/** A member row that is gone: merged rows name their survivor, others are simply not found. */
export interface LiveState {
  deletedAt: string | null
  mergedIntoId: string | null
}
export function assertLive<T extends LiveState>(row: T | undefined, kind: 'organisation' | 'person'): asserts row is T {
  if (!row) throw new AppError('NOT_FOUND', { key: `validation.${kind}.notFound` })
  if (row.mergedIntoId) throw new AppError('VALIDATION', { key: `validation.${kind}.merged` })
  if (row.deletedAt) throw new AppError('NOT_FOUND', { key: `validation.${kind}.notFound` })
}

/**
 * Saves go in three steps: reference checks (the user fixes those first), then likely duplicates
 * unless the user already saw them and said "save anyway", then the write in one transaction.
 */
export function saveChecked(
  database: AppDatabase,
  problems: Record<string, Message>,
  allowDuplicates: boolean,
  duplicates: () => DuplicateCandidate[],
  write: () => string,
): SaveResult {
  refuseFields(problems)
  if (!allowDuplicates) {
    const candidates = duplicates()
    if (candidates.length > 0) return { saved: false, duplicates: candidates }
  }
  return { saved: true, id: syncWrite(database, write) }
}

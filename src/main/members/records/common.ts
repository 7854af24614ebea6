import { AppError, type Message } from '../../../shared/errors'
import { ianaZone, type TimeZoneCode } from '../../../shared/format'

/** The calendar date (YYYY-MM-DD) it is at `now` in the hub's zone: "today" for the people using it. */
export function localDate(now: Date, zone: TimeZoneCode): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ianaZone[zone] }).format(now)
}

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
export function assertLive(row: LiveState | undefined, kind: 'organisation' | 'person'): asserts row is LiveState {
  if (!row) throw new AppError('NOT_FOUND', { key: `validation.${kind}.notFound` })
  if (row.mergedIntoId) throw new AppError('VALIDATION', { key: `validation.${kind}.merged` })
  if (row.deletedAt) throw new AppError('NOT_FOUND', { key: `validation.${kind}.notFound` })
}

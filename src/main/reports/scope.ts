import { utcOffsetHours, zonedToUtc } from '../../shared/format'
import type { ReportFilter } from '../../shared/reports'
import type { AppDatabase } from '../db'
import { requireIdentity } from '../hub/service'
import { hubToday } from '../pledges/common'
import { ensureFacts, rebuildFacts, type FactBuilt } from './facts'

/**
 * A filter as the measures' SQL reads it, by name. Sessions are stored as UTC instants, so the
 * period's days become the instants they start and end at in the hub's zone: the comparison then
 * uses the index on starts_at instead of converting every row.
 */
export interface Scope {
  from: string | null
  to: string | null
  fromUtc: string | null
  toUtc: string | null
  province: string | null
  regency: string | null
  aspect: string | null
  form: string | null
  today: string
  /** Sessions that have started by now were held (or are being held). */
  nowUtc: string
  /** SQLite's modifier from UTC to the hub's wall clock, e.g. "+7 hours". */
  zoneShift: string
  /** The year ages are counted in: the period's last year, or this year. */
  year: number
}

/** The hub's day and its zone's shift from UTC, which the facts are derived for. */
function factsDay(database: AppDatabase) {
  const zone = requireIdentity(database).timeZone
  return { zone, today: hubToday(database), zoneShift: `+${utcOffsetHours[zone]} hours` }
}

/** Derives the facts afresh, whether or not anything moved, for the hub's today or another day: for timing them. */
export function rebuildFactsNow(database: AppDatabase, day?: string): FactBuilt[] {
  const { today, zoneShift } = factsDay(database)
  return rebuildFacts(database, day ?? today, zoneShift)
}

export function scopeOf(database: AppDatabase, filter: ReportFilter): Scope {
  const { zone, today, zoneShift } = factsDay(database)
  // Every indicator reads the facts; they follow the data and the day before anything is read.
  ensureFacts(database, today, zoneShift)
  return {
    from: filter.from,
    to: filter.to,
    fromUtc: filter.from === null ? null : zonedToUtc(`${filter.from}T00:00`, zone),
    toUtc: filter.to === null ? null : zonedToUtc(`${dayAfter(filter.to)}T00:00`, zone),
    province: filter.provinceCode ?? filter.regencyCode?.slice(0, 2) ?? null,
    regency: filter.regencyCode,
    aspect: filter.aspect,
    form: filter.form,
    today,
    nowUtc: new Date(database.clock()).toISOString(),
    zoneShift,
    year: Number((filter.to !== null && filter.to < today ? filter.to : today).slice(0, 4)),
  }
}

const dayAfter = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

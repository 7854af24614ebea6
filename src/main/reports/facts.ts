import type { Statement } from 'better-sqlite3'
import type { AppDatabase } from '../db'
import { readGeneration } from '../sync/state'
import type { Fact } from './facts/fact'
import { fulfilments, governments, pledges } from './facts/galang-daya'
import { assessments, engagement, organisationKeys, organisationSectors, organisations, people } from './facts/members'
import { attendance, graduates, scores, sessions, trained, trainedCodes } from './facts/training'
import { withPledgeStatus } from './pledge-status'

/**
 * Facts the indicators read instead of the synced tables, derived once and kept in TEMP tables of
 * this connection (a read-only database has them too): live OMS and people with their place and
 * the keys of what they stand for now, attendance that counts as training with the person it
 * counts for, people trained, days of engagement, pledges with their status as of the hub's
 * today. Narrow rows under integer keys, each in the order it is most often read, so an indicator
 * at national scale reads a few of them from memory rather than joining the synced tables by UUID.
 * Rebuilt whole, in dependency order, when the write path's generation or the day moves.
 */
const facts: Fact[] = [
  organisationKeys,
  people,
  sessions,
  attendance,
  scores,
  trained,
  trainedCodes,
  graduates,
  engagement,
  assessments,
  organisations,
  organisationSectors,
  pledges,
  fulfilments,
  governments,
]

/**
 * The facts of the 38 provinces take some 110 MB (a province's, 3 MB): the TEMP schema's page
 * cache holds them, where SQLite's default would spill them to a temporary file and read them
 * back with every indicator.
 */
const TEMP_CACHE_KIB = 256 * 1024

export interface FactBuilt {
  table: string
  rows: number
  ms: number
}

const built = new WeakMap<AppDatabase, string>()
const stampOf = (database: AppDatabase, today: string, zoneShift: string) =>
  `${readGeneration(database)}|${today}|${zoneShift}`

/**
 * The facts' tables, created once per connection, and their fills prepared once: emptied and
 * filled again on each rebuild, the TEMP schema never changes, so no statement is compiled again.
 */
const fills = new WeakMap<AppDatabase, { table: string; fill: Statement }[]>()

function fillsOf(database: AppDatabase): { table: string; fill: Statement }[] {
  let prepared = fills.get(database)
  if (prepared === undefined) {
    const { sqlite } = withPledgeStatus(database)
    sqlite.pragma(`temp.cache_size = -${TEMP_CACHE_KIB}`)
    for (const { table, create, indexes = [] } of facts) {
      sqlite.exec(`DROP TABLE IF EXISTS temp.${table}`)
      sqlite.exec(create)
      for (const index of indexes) sqlite.exec(index)
    }
    prepared = facts.map(({ table, fill }) => ({ table, fill: sqlite.prepare(fill) }))
    fills.set(database, prepared)
  }
  return prepared
}

/** Makes the facts current for this generation of the data and this day; cheap when they are. */
export function ensureFacts(database: AppDatabase, today: string, zoneShift: string): void {
  if (built.get(database) !== stampOf(database, today, zoneShift)) rebuildFacts(database, today, zoneShift)
}

/** Derives every fact afresh, in one transaction; answers each table's rows and time. */
export function rebuildFacts(database: AppDatabase, today: string, zoneShift: string): FactBuilt[] {
  const prepared = fillsOf(database)
  const stamp = stampOf(database, today, zoneShift)
  const timings = database.sqlite.transaction(() =>
    prepared.map(({ table, fill }) => {
      const started = performance.now()
      database.sqlite.exec(`DELETE FROM temp.${table}`)
      const { changes } = fill.run({ today, zoneShift })
      return { table, rows: changes, ms: performance.now() - started }
    }),
  )()
  built.set(database, stamp)
  return timings
}

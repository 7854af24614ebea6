import { seedCop } from '../cop/seed'
import { seedInitiatives } from '../initiatives/seed'
import { seedMembers } from '../members/seed'
import { seedGalangDaya } from '../pledges/seed'
import { syncWrite } from '../sync/write'
import type { CliOutput } from './main'
import { readOnlyRefusal, type AppDatabase } from '../db'
import { existingDatabase, openServices, reportStorageNotices } from './context'
import { UsageError } from './usage'

export interface SeedOptions {
  db?: string
  orgs?: string
  people?: string
  initiatives?: string
  supporters?: string
  pledges?: string
  sessions?: string
  seed?: string
  lang: 'id' | 'en'
}

const count = (value: string | undefined, option: string): number => {
  if (value === undefined) return 0
  if (!/^\d+$/.test(value) || Number(value) > 1_000_000)
    throw new UsageError(`${option} must be a whole number from 0 to 1000000`)
  return Number(value)
}

const holds = (database: AppDatabase, sql: string) => database.sqlite.prepare(sql).get() !== undefined

interface Wanted {
  organisations: number
  people: number
  initiatives: number
  supporters: number
  pledges: number
  sessions: number
}

/** What each kind of row needs to exist first, said before anything is written. */
function requirePrerequisites(database: AppDatabase, wanted: Wanted): void {
  if (
    wanted.initiatives > 0 &&
    wanted.organisations === 0 &&
    !holds(database, 'SELECT 1 FROM organisations WHERE deleted_at IS NULL AND merged_into_id IS NULL')
  )
    throw new UsageError('seed --initiatives needs member OMS to lead them: add --orgs N, or seed members first')
  if (
    wanted.pledges > 0 &&
    wanted.supporters === 0 &&
    !holds(database, 'SELECT 1 FROM supporters WHERE deleted_at IS NULL')
  )
    throw new UsageError('seed --pledges needs supporters: add --supporters N, or seed supporters first')
  if (
    wanted.pledges > 0 &&
    wanted.initiatives === 0 &&
    !holds(database, `SELECT 1 FROM initiatives WHERE deleted_at IS NULL AND status != 'draft'`)
  )
    throw new UsageError('seed --pledges needs published initiatives: add --initiatives N, or seed initiatives first')
  if (
    wanted.sessions > 0 &&
    wanted.people === 0 &&
    !holds(database, 'SELECT 1 FROM people WHERE deleted_at IS NULL AND merged_into_id IS NULL')
  )
    throw new UsageError(
      'seed --sessions needs people to attend and facilitate them: add --people N, or seed members first',
    )
}

const listed = (parts: string[]) =>
  parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) as string}`

/** Synthetic data for demos, tests and benchmarks, added to what the hub's database holds. */
export async function seedCommand(options: SeedOptions, out: CliOutput): Promise<number> {
  const wanted: Wanted = {
    organisations: count(options.orgs, '--orgs'),
    people: count(options.people, '--people'),
    initiatives: count(options.initiatives, '--initiatives'),
    supporters: count(options.supporters, '--supporters'),
    pledges: count(options.pledges, '--pledges'),
    sessions: count(options.sessions, '--sessions'),
  }
  if (Object.values(wanted).every((n) => n === 0))
    throw new UsageError(
      'seed needs --orgs N, --people N, --initiatives N, --supporters N and/or --pledges N, or --sessions N',
    )
  const seed = options.seed === undefined ? 1 : count(options.seed, '--seed')

  const { services } = openServices(existingDatabase(options.db, 'seed'), options.lang)
  const { database } = services
  try {
    await reportStorageNotices(services, out)
    if (database.readOnly) throw readOnlyRefusal(database)
    requirePrerequisites(database, wanted)
    const started = performance.now()
    const parts: string[] = []
    // One transaction: a refusal half-way leaves the database as it was.
    syncWrite(
      database,
      () => {
        if (wanted.organisations + wanted.people > 0) {
          const added = seedMembers(database, { organisations: wanted.organisations, people: wanted.people, seed })
          parts.push(`${added.organisations} organisations`, `${added.people} people`)
        }
        if (wanted.initiatives > 0) {
          const added = seedInitiatives(database, { initiatives: wanted.initiatives, seed })
          parts.push(`${added.initiatives} initiatives (${added.needs} needs, ${added.stories} stories)`)
        }
        if (wanted.supporters + wanted.pledges > 0) {
          const added = seedGalangDaya(database, { supporters: wanted.supporters, pledges: wanted.pledges, seed })
          if (wanted.supporters > 0) parts.push(`${added.supporters} supporters`)
          if (added.feeRates > 0) parts.push(`${added.feeRates} fee rates`)
          if (wanted.pledges > 0) parts.push(`${added.pledges} pledges (${added.fulfilments} fulfilments)`)
        }
        if (wanted.sessions > 0) {
          const added = seedCop(database, { sessions: wanted.sessions, seed })
          parts.push(
            `${added.sessions} sessions (${added.participants} participants, ${added.trainers} trainers, ${added.certificates} certificates)`,
          )
        }
      },
      { batch: true },
    )
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    out.log(`Added ${listed(parts)} (seed ${seed}) in ${seconds} s.`)
    return 0
  } finally {
    database.close()
  }
}

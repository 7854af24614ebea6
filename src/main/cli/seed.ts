import { seedMembers } from '../members/seed'
import type { CliOutput } from './main'
import { readOnlyRefusal } from '../db'
import { existingDatabase, openServices, reportStorageNotices } from './context'
import { UsageError } from './usage'

export interface SeedOptions {
  db?: string
  orgs?: string
  people?: string
  seed?: string
  lang: 'id' | 'en'
}

const count = (value: string | undefined, option: string): number => {
  if (value === undefined) return 0
  if (!/^\d+$/.test(value) || Number(value) > 1_000_000)
    throw new UsageError(`${option} must be a whole number from 0 to 1000000`)
  return Number(value)
}

/** Synthetic members for demos, tests and benchmarks, added to what the hub's database holds. */
export async function seedCommand(options: SeedOptions, out: CliOutput): Promise<number> {
  const organisations = count(options.orgs, '--orgs')
  const people = count(options.people, '--people')
  if (organisations + people === 0) throw new UsageError('seed needs --orgs N and/or --people N')
  const seed = options.seed === undefined ? 1 : count(options.seed, '--seed')

  const { services } = openServices(existingDatabase(options.db, 'seed'), options.lang)
  try {
    await reportStorageNotices(services, out)
    if (services.database.readOnly) throw readOnlyRefusal(services.database)
    const started = performance.now()
    const added = seedMembers(services.database, { organisations, people, seed })
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    out.log(`Added ${added.organisations} organisations and ${added.people} people (seed ${seed}) in ${seconds} s.`)
    return 0
  } finally {
    services.database.close()
  }
}

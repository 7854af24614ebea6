import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { openServices } from '../../src/main/cli/context'
import { seedMembers } from '../../src/main/members/seed'

/**
 * A Jawa Timur hub seeded with members, built once and kept under tmp/bench (named by its size and
 * seed) so reruns measure at once; `fresh` builds it again. Built under another name and renamed,
 * so an interrupted build is never taken for a finished one.
 */
export async function seededMembersDatabase(
  name: string,
  size: { organisations: number; people: number; seed: number },
  fresh: boolean,
): Promise<string> {
  const directory = resolve('tmp/bench')
  const path = join(directory, `${name}-${size.organisations}-${size.people}-${size.seed}.db`)
  if (existsSync(path) && !fresh) return path
  mkdirSync(directory, { recursive: true })
  const building = `${path}.building`
  for (const file of [building, `${building}.signing-key`]) rmSync(file, { force: true })
  const { services, registry } = openServices(building, 'en')
  try {
    const setUp = await registry.invoke('hub:setup', { role: 'hub', provinceCode: '35', name: 'Bench Jawa Timur' })
    if (!setUp.ok) throw new Error(setUp.error.message)
    console.log(`Seeding ${size.organisations} organisations and ${size.people} people (once; kept at ${path})…`)
    seedMembers(services.database, size)
    services.database.sqlite.pragma('wal_checkpoint(TRUNCATE)')
  } finally {
    services.database.close()
  }
  renameSync(building, path)
  renameSync(`${building}.signing-key`, `${path}.signing-key`)
  return path
}

/** The p-th percentile of ascending timings, nearest rank. */
export const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number

import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { createDb, type AppDatabase } from '../db'
import { runChild } from '../testing/child'
import { syncDigest } from './digest'
import { importBundle } from './import'
import { addOrganisation, addPerson, exportFrom, newInstance, trust } from './testing'
import { syncWrite } from './write'

const child = join(__dirname, 'crash-child.ts')
const KILLS = 8

/** A province with enough members that importing them takes the better part of a second. */
async function largeBundle(organisationCount: number) {
  const start = Date.now() - 3_600_000
  const province = await newInstance('Forum OMS Jawa Timur', '35', start)
  const national = await newInstance('Sekretariat Nasional', null, start)
  await trust(national, province)
  // One transaction rather than thousands of commits.
  syncWrite(province.database, () => {
    for (let n = 0; n < organisationCount; n++) {
      const organisation = addOrganisation(province, `Kelompok Tani Makmur ${n}`, '35.19')
      for (const name of ['Siti Rahayu', 'Budi Santoso']) addPerson(province, organisation, { name })
    }
  })
  const bundle = await exportFrom(province, { full: true })
  // One file with everything committed, to copy before each run.
  const before = join(national.directory, 'before.db')
  await national.database.sqlite.backup(before)
  return {
    bundle,
    before,
    directory: national.directory,
    beforeDigest: syncDigest(national.database),
    triggers: triggersOf(national.database),
  }
}

/** An import suspends the search-index triggers inside its transaction: a crash must bring them back. */
const triggersOf = (database: AppDatabase) =>
  database.sqlite
    .prepare(`SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name`)
    .pluck()
    .all()

/** Runs the import in a child process, killed `delay` ms after the import began (never, if undefined). */
const importInChild = (database: string, bundle: string, delay?: number) => runChild(child, [database, bundle], delay)

it('an import killed at any moment leaves the data as before or after the bundle, never between', async () => {
  const { bundle, before, directory, beforeDigest, triggers } = await largeBundle(500)
  const clean = join(directory, 'clean.db')
  copyFileSync(before, clean)
  const measured = await importInChild(clean, bundle)
  const [, outcome, took] = /(\w+) (\d+)\n/.exec(measured.output) ?? []
  expect(outcome, measured.output).toBe('accepted')
  const reference = createDb(clean)
  const afterDigest = syncDigest(reference)
  reference.close()
  expect(afterDigest).not.toBe(beforeDigest)

  const duration = Number(took)
  const seen = { before: 0, after: 0 }
  for (let run = 0; run < KILLS; run++) {
    const path = join(directory, `killed-${run}.db`)
    copyFileSync(before, path)
    // Spread over the import, each at a random moment within its share of it.
    const delay = Math.round(((run + Math.random()) / KILLS) * duration)
    const { output, killed } = await importInChild(path, bundle, delay)
    const database = createDb(path)
    try {
      expect(database.sqlite.pragma('integrity_check', { simple: true }), `killed after ${delay} ms`).toBe('ok')
      expect(triggersOf(database)).toEqual(triggers)
      const digest = syncDigest(database)
      expect([beforeDigest, afterDigest], `killed after ${delay} ms: ${output}`).toContain(digest)
      const committed = digest === afterDigest
      seen[committed ? 'after' : 'before'] += 1
      // The history commits with the data: a bundle applied is a duplicate, one rolled back is new.
      expect(importBundle(database, bundle).outcome).toBe(committed ? 'duplicate' : 'accepted')
      expect(syncDigest(database)).toBe(afterDigest)
      // A child that ended by itself must have imported the bundle whole.
      expect(killed || committed, output).toBe(true)
    } finally {
      database.close()
    }
  }
  expect(seen.before, `import took ${duration} ms; runs before/after: ${JSON.stringify(seen)}`).toBeGreaterThan(0)
  // About half a minute on an idle machine; starting child processes slows most when CPUs are shared.
}, 180_000)

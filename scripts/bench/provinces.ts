import { execFile } from 'node:child_process'
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { createDb, type AppDatabase } from '../../src/main/db'
import { seedCop } from '../../src/main/cop/seed'
import { fingerprint } from '../../src/main/hub/keys'
import { createFileKeyStore, type KeyStore } from '../../src/main/hub/keystore'
import { loadSigningKey, requireIdentity, setUpHub } from '../../src/main/hub/service'
import { seedInitiatives } from '../../src/main/initiatives/seed'
import { seedMembers } from '../../src/main/members/seed'
import { seedGalangDaya } from '../../src/main/pledges/seed'
import { schemaVersionOf } from '../../src/main/sync/bundle/format'
import { exportBundle } from '../../src/main/sync/export'
import { importBundles } from '../../src/main/sync/import'
import { keyFileText, parseKeyFile } from '../../src/main/sync/key-file'
import { ownKey } from '../../src/main/sync/keys'
import { enrolKey } from '../../src/main/sync/trust'
import { hubSetupInput, type HubSetupInput } from '../../src/shared/hub'

/**
 * The 38 provinces at national scale, shared by `npm run bench:sync` and `npm run bench:reports`:
 * each its own hub with its key and rows (~2,000 OMS and 5,000 people each, as the member seed
 * makes them, and the Galang Daya of issue #10 and the CoP & ToT at the scale below), exported in
 * full. They are kept under tmp/bench/sync (named by their size and the schema version), so later
 * runs of either benchmark skip the minutes of seeding.
 */
export const ORGANISATIONS = 2_000
export const PEOPLE = 5_000
/**
 * A province's Galang Daya a few years in: one in thirteen OMS leading an initiative (each with
 * its history, six steps, two to five needs, some stories), four hundred supporters (a hub's
 * donors, businesses, offices and partners), ten pledges per initiative with their fulfilments.
 */
export const INITIATIVES = 150
export const SUPPORTERS = 400
export const PLEDGES = 1_500
/**
 * A province's CoP & ToT two years in: about two sessions a week across the six capacity aspects
 * (webinars of 25–60, trainings of 16–32, mentoring and CoP discussions, a ToT every month or so),
 * about 26 registrations each as the CoP seed draws them: ~5,300 participant rows, a hundred
 * trainers and ~600 certificates per province, ~200k participant rows nationally.
 */
export const SESSIONS = 200
export const APP_VERSION = '0.0.0-bench'

/** The provinces' size, as it names their folder and what is built from them. */
export const provincesScale = `${ORGANISATIONS}-${PEOPLE}-${INITIATIVES}-${SUPPORTERS}-${PLEDGES}-${SESSIONS}`
export const provincesFolder = (schemaVersion: number) =>
  join(resolve('tmp/bench/sync'), `provinces-${provincesScale}-schema${schemaVersion}`)

export const seconds = (started: number) => (performance.now() - started) / 1000
export const peakMb = () => process.resourceUsage().maxRSS / 1024
export const progress = (text: string) => process.stderr.write(`  ${text}\n`)

export interface Province {
  code: string
  name: string
}

/**
 * A fresh database of the current schema with its reference data at `template`, which every hub
 * and national instance is copied from; and the schema version and the provinces it knows.
 */
export function createTemplate(template: string): { schemaVersion: number; provinces: Province[] } {
  const building = createDb(`${template}.building`)
  const schemaVersion = schemaVersionOf(building)
  const provinces = building.sqlite.prepare('SELECT code, name FROM ref_provinces ORDER BY code').all() as Province[]
  building.close()
  renameSync(`${template}.building`, template)
  return { schemaVersion, provinces }
}

export interface Instance {
  database: AppDatabase
  keyStore: KeyStore
}

/** A copy of the template set up as a hub or the national instance. */
export async function instanceFrom(template: string, path: string, input: HubSetupInput): Promise<Instance> {
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}.signing-key`]) rmSync(file, { force: true })
  copyFileSync(template, path)
  const database = createDb(path)
  const keyStore = createFileKeyStore(`${path}.signing-key`)
  await setUpHub(database, keyStore, hubSetupInput.parse(input))
  return { database, keyStore }
}

export const nationalSetup: HubSetupInput = { role: 'national', name: 'Sekretariat Nasional' }

export const opened = (path: string): Instance => ({
  database: createDb(path),
  keyStore: createFileKeyStore(`${path}.signing-key`),
})

export async function keyFileOf({ database, keyStore }: Instance): Promise<string> {
  return keyFileText(ownKey(database, requireIdentity(database)), await loadSigningKey(database, keyStore))
}

export function enrol(database: AppDatabase, keyFile: string): void {
  const key = parseKeyFile(keyFile)
  if ('problem' in key) throw new Error(key.problem)
  enrolKey(database, keyFile, fingerprint(key.publicKey))
}

/** One province, its own hub and key, seeded through the write path and exported in full. */
export async function seedProvince(
  template: string,
  folder: string,
  code: string,
  name: string,
  seed: number,
): Promise<{ peakMb: number }> {
  const path = join(folder, `${code}.db`)
  const province = await instanceFrom(template, path, { role: 'hub', provinceCode: code, name: `Forum OMS ${name}` })
  try {
    seedMembers(province.database, { organisations: ORGANISATIONS, people: PEOPLE, seed })
    seedInitiatives(province.database, { initiatives: INITIATIVES, seed })
    seedGalangDaya(province.database, { supporters: SUPPORTERS, pledges: PLEDGES, seed })
    seedCop(province.database, { sessions: SESSIONS, seed })
    if (!province.database.sqlite.prepare('SELECT created_hlc FROM organisations LIMIT 1').pluck().get())
      throw new Error('the member seed writes rows without clocks: it is not on the sync write path yet')
    await exportBundle(province.database, province.keyStore, join(folder, `${code}.lokadaya`), APP_VERSION, {
      full: true,
    })
    // Written last: a province with its key file is complete.
    writeFileSync(join(folder, `${code}.key`), await keyFileOf(province))
  } finally {
    province.database.close()
  }
  return { peakMb: peakMb() }
}

/**
 * Seeds the provinces whose key file is not in `folder` yet, each in a process of its own
 * (`seed-province.ts`), so its peak memory is its own.
 */
export async function seedMissing(template: string, folder: string, provinces: Province[]): Promise<void> {
  const missing = provinces.filter(({ code }) => !existsSync(join(folder, `${code}.key`)))
  if (missing.length === 0) return console.log(`Seeded provinces reused from ${folder}`)
  console.log(
    `Seeding ${missing.length} provinces × ${ORGANISATIONS} OMS + ${PEOPLE} people + ${INITIATIVES} initiatives + ${SUPPORTERS} supporters + ${PLEDGES} pledges + ${SESSIONS} sessions (kept at ${folder})…`,
  )
  const started = performance.now()
  let done = provinces.length - missing.length
  let peak = 0
  // Two at a time: the seed is one synchronous transaction per province, so processes are the parallelism.
  const worker = async () => {
    for (let next = missing.shift(); next; next = missing.shift()) {
      const seed = provinces.indexOf(next) + 1
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          ...process.execArgv,
          join(__dirname, 'seed-province.ts'),
          template,
          folder,
          next.code,
          next.name,
          String(seed),
        ],
        { encoding: 'utf8' },
      )
      peak = Math.max(peak, (JSON.parse(stdout) as { peakMb: number }).peakMb)
      done += 1
      progress(`${done}/${provinces.length} provinces (${next.code} ${next.name}), ${seconds(started).toFixed(0)} s`)
    }
  }
  await Promise.all([worker(), worker()])
  console.log(`Seeding took ${seconds(started).toFixed(0)} s; peak RSS of a seeding process ${peak.toFixed(0)} MB`)
}

/** The national instance trusts each province's key. */
export function enrolProvinces(database: AppDatabase, folder: string, codes: string[]): void {
  for (const code of codes) enrol(database, readFileSync(join(folder, `${code}.key`), 'utf8'))
}

/**
 * Imports every province's full bundle in one batch, as `lokadaya import` takes the files the
 * national team has gathered; returns the rows it added. Any bundle not accepted stops it.
 */
export function importProvinceBundles(database: AppDatabase, folder: string, codes: string[]): number {
  let rows = 0
  const paths = codes.map((code) => join(folder, `${code}.lokadaya`))
  importBundles(database, paths, {}, (report, index) => {
    if (report.outcome !== 'accepted')
      throw new Error(`${codes[index]}: ${report.outcome} ${JSON.stringify(report.reason)}`)
    rows += report.counts.new
    if ((index + 1) % 5 === 0 || index === codes.length - 1)
      progress(`imported ${index + 1}/${codes.length} bundles, ${rows} rows`)
  })
  return rows
}

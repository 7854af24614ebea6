import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { type AppDatabase } from '../src/main/db'
import { copParticipants, copSessions } from '../src/main/cop/schema'
import { requireIdentity } from '../src/main/hub/service'
import { initiatives, needs } from '../src/main/initiatives/schema'
import { membershipChanges, organisations, people } from '../src/main/members/schema'
import { fulfilments, pledges, supporters } from '../src/main/pledges/schema'
import { writeAck } from '../src/main/sync/ack'
import { exportBundle } from '../src/main/sync/export'
import { importBundle } from '../src/main/sync/import'
import { parseKeyFile } from '../src/main/sync/key-file'
import { suspendIndexTriggers } from '../src/main/sync/batch-index'
import { syncedTables } from '../src/main/sync/tables'
import { syncWrite, type SyncWriter } from '../src/main/sync/write'
import {
  APP_VERSION,
  createTemplate,
  enrol,
  enrolProvinces,
  importProvinceBundles,
  instanceFrom,
  keyFileOf,
  nationalSetup,
  opened,
  peakMb,
  progress,
  provincesFolder,
  seconds,
  seedMissing,
} from './bench/provinces'

/**
 * `npm run bench:sync` (issue #8): the national instance importing the full bundles of all 38
 * provinces (~2,000 OMS and 5,000 people each, as the member seed makes them, and the Galang Daya
 * of issue #10 and the CoP & ToT at the scale below), against the floor of
 * inserting the same rows, as they end up stored, with prepared statements in one transaction into
 * a fresh database and building its search index once; and one hub's incremental export of 10k changes against the floor of selecting
 * the same rows, JSON.stringify, gzip and sha256. Targets: each ratio ≤ 1.5, peak RSS ≤ 300 MB.
 * Each phase runs in a fresh process, so its peak memory is its own. The seeded provinces (each its
 * own hub, key and rows) are kept under tmp/bench/sync, so later runs skip the minutes of seeding;
 * `--fresh` rebuilds them.
 */
const EDITS = 10_000
const EXPORT_ROUNDS = 5
const TARGET_RATIO = 1.5
const TARGET_MB = 300

const root = resolve('tmp/bench/sync')
const work = join(root, 'run')
const template = join(work, 'template.db')
/**
 * Wall and CPU seconds (user + system of this process) of the work measured. The ratios use CPU
 * time: on a machine shared with other work, wall time says more about the neighbours than about
 * the code. Both are printed.
 */
interface Timing {
  wall: number
  cpu: number
}
async function timed<T>(total: Timing, work: () => T | Promise<T>): Promise<T> {
  const wall = performance.now()
  const cpu = process.cpuUsage()
  try {
    return await work()
  } finally {
    const used = process.cpuUsage(cpu)
    total.wall += seconds(wall)
    total.cpu += (used.user + used.system) / 1e6
  }
}
const zero = (): Timing => ({ wall: 0, cpu: 0 })

interface Measured {
  timing: Timing
  rows: number
  peakMb: number
}

/** Phase "import": the national instance enrols the 38 keys, then imports every bundle, timed. */
async function importProvinces(folder: string, codes: string[]): Promise<Measured> {
  const national = await instanceFrom(template, join(work, 'national.db'), nationalSetup)
  enrolProvinces(national.database, folder, codes)
  const timing = zero()
  const rows = await timed(timing, () => importProvinceBundles(national.database, folder, codes))
  progress(`committed ${rows} rows, ${timing.wall.toFixed(1)} s`)
  const peak = peakMb()
  const first = parseKeyFile(readFileSync(join(folder, `${codes[0]}.key`), 'utf8')) as { hubId: string }
  await writeAck(national.database, national.keyStore, first.hubId, join(work, 'ack.lokadaya'), APP_VERSION)
  writeFileSync(join(work, 'national.key'), await keyFileOf(national))
  national.database.close()
  return { timing, rows, peakMb: peak }
}

/** The search index built once from every row, as a fresh database would build it. */
const buildSearchIndex = `
  INSERT INTO search_keys (entity_id) SELECT id FROM organisations WHERE true ON CONFLICT (entity_id) DO NOTHING;
  INSERT INTO search_keys (entity_id) SELECT id FROM people WHERE true ON CONFLICT (entity_id) DO NOTHING;
  INSERT INTO organisations_fts (rowid, name, acronym, place, contact)
    SELECT rowid, name, acronym, place, contact FROM organisation_search_rows;
  INSERT INTO people_fts (rowid, name, contact, organisation)
    SELECT rowid, name, contact, organisation FROM people_search_rows;`

const indexed = (database: AppDatabase) =>
  ['organisations_fts', 'people_fts'].map((fts) => database.sqlite.prepare(`SELECT count(*) FROM ${fts}`).pluck().get())

/**
 * Phase "floor": the rows the national instance holds for the provinces, every column as stored,
 * inserted into a fresh national database with one prepared statement per table in one
 * transaction, as issue #8 defines the floor: into the schema as it is, whose search-index
 * triggers fire row by row. With `indexOnce`, a stricter floor for information: the triggers
 * suspended as the import suspends them, and the index built once from every row. Rows are read a
 * province and table at a time outside the timing, so memory stays as flat as the import's. The
 * search index must end holding the same records as the import's.
 */
async function insertFloor(indexOnce: boolean): Promise<Measured> {
  const national = opened(join(work, 'national.db'))
  const floor = await instanceFrom(template, join(work, 'floor.db'), { role: 'national', name: 'Lantai' })
  const source = national.database.sqlite
  const hubIds = source.prepare(`SELECT id FROM hubs WHERE role = 'hub' ORDER BY id`).pluck().all() as string[]
  const timing = zero()
  let rows = 0
  floor.database.sqlite.exec('BEGIN')
  const resumeTriggers = indexOnce ? await timed(timing, () => suspendIndexTriggers(floor.database)) : null
  for (const hubId of hubIds)
    for (const { name } of syncedTables) {
      const select = source.prepare(`SELECT * FROM "${name}" WHERE hub_id = ? ORDER BY change_seq`).raw()
      const columns = select.columns().map((column) => `"${column.name}"`)
      const batch = select.all(hubId) as unknown[][]
      const insert = floor.database.sqlite.prepare(
        `INSERT INTO "${name}" (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      )
      await timed(timing, () => {
        for (const row of batch) insert.run(row)
      })
      rows += batch.length
    }
  await timed(timing, () => {
    if (resumeTriggers) {
      floor.database.sqlite.exec(buildSearchIndex)
      resumeTriggers(false)
    }
    floor.database.sqlite.exec('COMMIT')
  })
  const peak = peakMb()
  if (JSON.stringify(indexed(floor.database)) !== JSON.stringify(indexed(national.database)))
    throw new Error(`search index: floor ${indexed(floor.database)}, import ${indexed(national.database)}`)
  national.database.close()
  floor.database.close()
  return { timing, rows, peakMb: peak }
}

interface ExportMeasured {
  exports: Timing[]
  floors: Timing[]
  peakMb: number
}

/**
 * Phase "export": a copy of the first province takes the national ack, edits 10k rows through the
 * write path, and exports incrementally; the floor selects the same rows, stringifies, gzips and
 * hashes them. Both are repeated (each export carries the same changes after the acked bundle) and
 * the medians compared.
 */
async function exportChanges(folder: string, code: string): Promise<ExportMeasured> {
  const path = join(work, `${code}.db`)
  for (const suffix of ['', '.signing-key']) copyFileSync(join(folder, `${code}.db${suffix}`), `${path}${suffix}`)
  const hub = opened(path)
  const { sqlite } = hub.database
  enrol(hub.database, readFileSync(join(work, 'national.key'), 'utf8'))
  const ack = importBundle(hub.database, join(work, 'ack.lokadaya'))
  if (ack.outcome !== 'accepted') throw new Error(`ack: ${JSON.stringify(ack.reason)}`)
  const afterChange = sqlite
    .prepare(`SELECT up_to_change_seq FROM sync_bundles WHERE direction = 'out' AND sequence = 1`)
    .pluck()
    .get()
  const ids = (table: string, limit: number, where = 'true') =>
    sqlite.prepare(`SELECT id FROM "${table}" WHERE ${where} ORDER BY id LIMIT ?`).pluck().all(limit) as string[]
  // Edits across the directory, Galang Daya and CoP; membership changes make up the rest of the 10k.
  const note = 'Diperbarui untuk bench'
  const edits: [string, number, (writer: SyncWriter, id: string) => void, string?][] = [
    ['people', 3_500, (writer, id) => writer.update(people, id, { notes: note })],
    ['organisations', 1_500, (writer, id) => writer.update(organisations, id, { notes: note })],
    ['initiatives', 100, (writer, id) => writer.update(initiatives, id, { notes: note })],
    ['needs', 300, (writer, id) => writer.update(needs, id, { description: note })],
    ['supporters', 300, (writer, id) => writer.update(supporters, id, { notes: note })],
    ['pledges', 1_000, (writer, id) => writer.update(pledges, id, { note })],
    ['fulfilments', 800, (writer, id) => writer.update(fulfilments, id, { note })],
    ['cop_sessions', 100, (writer, id) => writer.update(copSessions, id, { notes: note })],
    // Post-tests marked after the session, for those who sat none at it.
    [
      'cop_participants',
      500,
      (writer, id) => writer.update(copParticipants, id, { postScore: 80 }),
      "status = 'present' AND post_score IS NULL",
    ],
  ]
  const rest = EDITS - edits.reduce((sum, [, count]) => sum + count, 0)
  edits.push(['membership_changes', rest, (writer, id) => writer.update(membershipChanges, id, { note })])
  const editing = zero()
  await timed(editing, () =>
    syncWrite(hub.database, (writer) => {
      for (const [table, count, edit, where] of edits) {
        const chosen = ids(table, count, where)
        if (chosen.length !== count) throw new Error(`${table}: ${chosen.length} rows to edit, not ${count}`)
        for (const id of chosen) edit(writer, id)
      }
    }),
  )
  progress(`edited ${EDITS} rows through the write path in ${editing.wall.toFixed(2)} s`)

  const hubId = requireIdentity(hub.database).hubId
  const floorOnce = () => {
    const lines: string[] = []
    for (const { name } of syncedTables)
      for (const row of sqlite
        .prepare(`SELECT * FROM "${name}" WHERE hub_id = ? AND change_seq > ? ORDER BY change_seq`)
        .all(hubId, afterChange))
        lines.push(JSON.stringify(row), '\n')
    const compressed = gzipSync(Buffer.from(lines.join(''), 'utf8'))
    createHash('sha256').update(compressed).digest('hex')
    return lines.length / 2
  }
  const measured: ExportMeasured = { exports: [], floors: [], peakMb: 0 }
  for (let round = 0; round < EXPORT_ROUNDS; round++) {
    const bundle = join(work, `changes-${round}.lokadaya`)
    const exportTiming = zero()
    const report = await timed(exportTiming, () => exportBundle(hub.database, hub.keyStore, bundle, APP_VERSION))
    const floorTiming = zero()
    const selected = await timed(floorTiming, floorOnce)
    const exported = Object.values(report.tables).reduce((sum, n) => sum + n, 0)
    if (exported !== EDITS || selected !== EDITS || report.coversFrom !== 1)
      throw new Error(`expected ${EDITS} changes after sequence 1: exported ${exported}, floor ${selected}`)
    measured.exports.push(exportTiming)
    measured.floors.push(floorTiming)
    rmSync(bundle)
  }
  measured.peakMb = peakMb()
  hub.database.close()
  return measured
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

/** Runs a phase in a fresh process; its progress goes to our stderr, its result comes back as JSON. */
const phaseArgs = (phase: string, args: string[]) => [...process.execArgv, __filename, '--phase', phase, ...args]
const runPhase = <T>(phase: string, ...args: string[]): T =>
  JSON.parse(
    execFileSync(process.execPath, phaseArgs(phase, args), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
  ) as T

async function main(): Promise<void> {
  const [flag, phase, ...args] = process.argv.slice(2)
  if (flag === '--phase') {
    const [a = '', b = ''] = args
    const result =
      phase === 'import'
        ? await importProvinces(a, b.split(','))
        : phase === 'floor'
          ? await insertFloor(a === 'index-once')
          : await exportChanges(a, b)
    process.stdout.write(JSON.stringify(result))
    return
  }
  const fresh = flag === '--fresh'
  const started = performance.now()
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  const { schemaVersion, provinces } = createTemplate(template)
  const folder = provincesFolder(schemaVersion)
  if (fresh) rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  await seedMissing(template, folder, provinces)
  const codes = provinces.map(({ code }) => code)

  console.log(`\nNational import of ${codes.length} full province bundles…`)
  const merge = runPhase<Measured>('import', folder, codes.join(','))
  console.log(`Floor: the same rows inserted with prepared statements in one transaction…`)
  const floor = runPhase<Measured>('floor')
  if (floor.rows !== merge.rows) throw new Error(`floor inserted ${floor.rows} rows, the import ${merge.rows}`)
  console.log(`Stricter floor, for information: the search index built once…`)
  const strictFloor = runPhase<Measured>('floor', 'index-once')
  console.log(`Incremental export of ${EDITS} changes, ${EXPORT_ROUNDS} rounds against its floor…`)
  const exported = runPhase<ExportMeasured>('export', folder, codes[0] as string)

  const both = ({ wall, cpu }: Timing, unit = 's', scale = 1) =>
    `${(wall * scale).toFixed(scale === 1 ? 2 : 0)} ${unit} wall, ${(cpu * scale).toFixed(scale === 1 ? 2 : 0)} ${unit} CPU`
  const middle = (timings: Timing[]): Timing => ({
    wall: median(timings.map((timing) => timing.wall)),
    cpu: median(timings.map((timing) => timing.cpu)),
  })
  const exportMedian = middle(exported.exports)
  const exportFloor = middle(exported.floors)
  const mergeRatio = merge.timing.cpu / floor.timing.cpu
  const exportRatio = exportMedian.cpu / exportFloor.cpu
  const peak = Math.max(merge.peakMb, floor.peakMb, strictFloor.peakMb, exported.peakMb)
  const rounds = (timings: Timing[]) => timings.map((timing) => (timing.cpu * 1000).toFixed(0)).join(', ')
  const met = (value: boolean) => (value ? 'met' : 'NOT met')
  console.log(`
National import: ${merge.rows} rows from ${codes.length} bundles in ${both(merge.timing)} (${(merge.rows / merge.timing.cpu).toFixed(0)} rows per CPU second)
  floor, prepared inserts in one transaction: ${both(floor.timing)} (${(floor.rows / floor.timing.cpu).toFixed(0)} rows per CPU second)
  ratio: ${mergeRatio.toFixed(2)} CPU, ${(merge.timing.wall / floor.timing.wall).toFixed(2)} wall
  The import refreshes the search index once per batch; the floor's inserts fire its triggers row by row.
  For information, against inserts with the index built once too: ${both(strictFloor.timing)}, ratio ${(merge.timing.cpu / strictFloor.timing.cpu).toFixed(2)} CPU
Incremental export of ${EDITS} changes, median of ${EXPORT_ROUNDS}: ${both(exportMedian, 'ms', 1000)} (CPU ms per round: ${rounds(exported.exports)})
  floor, select + JSON.stringify + gzip + sha256: ${both(exportFloor, 'ms', 1000)} (CPU ms per round: ${rounds(exported.floors)})
  ratio: ${exportRatio.toFixed(2)} CPU, ${(exportMedian.wall / exportFloor.wall).toFixed(2)} wall
Peak RSS: import ${merge.peakMb.toFixed(0)} MB, floor ${floor.peakMb.toFixed(0)} / ${strictFloor.peakMb.toFixed(0)} MB, export ${exported.peakMb.toFixed(0)} MB (target ≤ ${TARGET_MB} MB: ${met(peak <= TARGET_MB)})
Targets, CPU ratios ≤ ${TARGET_RATIO}: merge ${met(mergeRatio <= TARGET_RATIO)}, export ${met(exportRatio <= TARGET_RATIO)}; whole run ${seconds(started).toFixed(0)} s
merge_vs_floor_ratio=${mergeRatio.toFixed(2)}
export_vs_floor_ratio=${exportRatio.toFixed(2)}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

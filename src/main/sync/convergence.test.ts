import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AppDatabase } from '../db'
import * as schema from '../db/schema'
import { hubs } from '../hub/schema'
import { loadSigningKey } from '../hub/service'
import { readAttachment } from '../attachments/store'
import { initiativeStatuses } from '../../shared/initiatives'
import { initiativeStatusChanges, initiatives, stories } from '../initiatives/schema'
import { addInitiative } from '../initiatives/testing'
import { addStoryWithPhoto, storedPhotos } from '../initiatives/stories/testing'
import { affiliations, membershipChanges, organisations, people } from '../members/schema'
import { attachmentsOf } from './bundle/extras'
import { writeAck } from './ack'
import { syncDigest } from './digest'
import { writeChangesBundle } from './export'
import { syncedTable } from './tables'
import { addOrganisation, addPerson, importInto, joinInstance, newInstance, trust, type Instance } from './testing'
import { syncWrite } from './write'

const RUNS = Number(process.env.CONVERGENCE_RUNS ?? 1000)
const HOUR = 3_600_000
/** How far a clock may lag the furthest one: within the 1-day drift rule, clocks received included. */
const MAX_LAG = 20 * HOUR

// The network every schedule starts from, by index: two instances of East Java (the secretariat
// and a trainer's laptop joined from it), Bali, and the national instance.
const A1 = 0
const A2 = 1
const B1 = 2
const NATIONAL = 3
const names = ['A1', 'A2', 'B1', 'N']
/** Stories name an initiative by id only, so sync needs none to exist. */
const STORY_INITIATIVE = '0190a6c0-0000-7000-8000-0000000000aa'
/** Who receives an instance's bundles: the other instances of its hub, and national ⇄ hubs. */
const receiversOf = [[A2, NATIONAL], [A1, NATIONAL], [NATIONAL], [A1, A2, B1]]
/** Who may acknowledge what: [the instance writing the ack, an instance of the hub it is for]. */
const ackPairs: [number, number][] = [
  [NATIONAL, A1],
  [NATIONAL, B1],
  [A1, A2],
  [A2, A1],
  [A1, NATIONAL],
  [A2, NATIONAL],
  [B1, NATIONAL],
]

/**
 * A set-up instance as bytes, restored in under a millisecond per schedule where setting one up
 * takes a copy of 8 MB and new keys: the kecamatan and desa lists are left out, as no sync path
 * reads them, and the header says rollback journal instead of WAL, which an in-memory database
 * cannot use.
 */
function snapshotOf(instance: Instance): Buffer {
  const bytes = instance.database.sqlite.serialize()
  bytes[18] = 1
  bytes[19] = 1
  const copy = new Database(bytes)
  copy.exec('DELETE FROM ref_villages; DELETE FROM ref_districts; VACUUM')
  const slim = copy.serialize()
  copy.close()
  return slim
}

/** `path` names no file, only where its attachment folder goes (see attachmentFolder). */
function restore(snapshot: Buffer, clock: { now: number }, path: string): AppDatabase {
  const sqlite = new Database(snapshot)
  sqlite.pragma('foreign_keys = ON')
  const orm = drizzle({ client: sqlite, schema })
  return { orm, sqlite, path, readOnly: false, clock: () => clock.now, close: () => sqlite.close() }
}

/** Both hubs and the national instance trust each other's keys; the two East Java instances too. */
async function buildNetwork() {
  const start = Date.parse('2026-11-01T02:00:00Z')
  const a1 = await newInstance('Forum OMS Jawa Timur', '35', start)
  const binaDesa = addOrganisation(a1, 'Yayasan Bina Desa', '35.19')
  addPerson(a1, binaDesa, { name: 'Siti Rahayu', phone: '+6281234567890' })
  addInitiative(a1.database, binaDesa)
  const a2 = await joinInstance(a1, 'Laptop pelatih Jawa Timur')
  const b1 = await newInstance('Forum OMS Bali', '51', start)
  addOrganisation(b1, 'Perkumpulan Subak Lestari', '51.03')
  const national = await newInstance('Sekretariat Nasional', null, start)
  for (const hub of [a1, a2, b1]) {
    await trust(national, hub)
    await trust(hub, national)
  }
  const bundles = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'lokadaya-convergence-'))
  const templates = []
  for (const instance of [a1, a2, b1, national])
    templates.push({
      instance,
      snapshot: snapshotOf(instance),
      signingKey: await loadSigningKey(instance.database, instance.keyStore),
    })
  return { start, bundles, templates }
}

type Network = Awaited<ReturnType<typeof buildNetwork>>

const editKinds = [
  'addOrganisation',
  'addPerson',
  'editOrganisation',
  'editPerson',
  'status',
  'move',
  'remove',
  'restore',
  'removeHistory',
  'restoreHistory',
  'editHub',
  'addStory',
  'editStoryPhotos',
  'initiativeStatus',
] as const
type EditKind = (typeof editKinds)[number]

/**
 * Schedules of events; `pick` and `choice` select among what exists when a step runs. `at` lists
 * the instances that act (one listed twice acts twice as often), `edits` what they do, `members`
 * the instances that exchange bundles.
 */
function schedules(members: number[], at: number[], edits: readonly EditKind[]) {
  const pairs = ackPairs.filter((pair) => pair.every((instance) => members.includes(instance)))
  const step = fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record({
        kind: fc.constant('edit' as const),
        at: fc.constantFrom(...at),
        edit: fc.constantFrom(...edits),
        pick: fc.nat(),
        choice: fc.nat(),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('clock' as const),
        at: fc.constantFrom(...at),
        // Mostly forward, now and then a little back, as office PCs do.
        ms: fc.oneof(fc.integer({ min: 0, max: 6 * HOUR }), fc.integer({ min: -10 * 60_000, max: 0 })),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('export' as const),
        at: fc.constantFrom(...at),
        full: fc.constantFrom(false, false, false, false, false, true),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('ack' as const), pair: fc.constantFrom(...pairs) }),
    },
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('deliver' as const),
        pick: fc.nat(),
        fate: fc.constantFrom('once' as const, 'once' as const, 'once' as const, 'twice' as const, 'drop' as const),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('resend' as const), pick: fc.nat() }) },
  )
  return fc.record({
    steps: fc.array(step, { maxLength: 20, size: 'max' }),
    /** Bundles dropped and never resent are superseded by the final full exports. */
    resendDropped: fc.boolean(),
  })
}

type Schedule = ReturnType<typeof schedules> extends fc.Arbitrary<infer T> ? T : never
type Step = Schedule['steps'][number]

/** Small pools of values, so concurrent edits often write the same field, and sometimes the same value. */
const pools = {
  organisationName: ['Yayasan Bina Desa', 'Perkumpulan Tani Maju', 'KSM Nelayan Sejahtera', 'LSM Suara Perempuan'],
  personName: ['Siti Rahayu', 'Budi Santoso', 'Made Wirawan', 'Nur Aini'],
  regency: { '35': ['35.19', '35.78'], '51': ['51.03', '51.71'] } as Record<string, string[]>,
  date: ['2026-01-01', '2026-03-15', '2026-06-30', '2026-09-01'],
  status: ['candidate', 'active', 'inactive', 'left'] as const,
  role: ['leader', 'manager', 'staff', 'trainer', 'volunteer'] as const,
  organisation: {
    acronym: ['YBD', 'PTM', null],
    notes: ['rapat bulanan', 'perlu kunjungan', null],
    phone: ['+62311234567', '+62361765432', null],
    staffCount: [3, 12, null],
    sdgs: ['[]', '[1,5]', '[13]'],
  },
  person: {
    name: ['Siti Rahayu', 'Budi Santoso', 'Made Wirawan'],
    role: ['leader', 'staff', 'volunteer'],
    birthYear: [1990, 2001, null],
    phone: ['+6281234567890', '+6281298765432', null],
    email: ['siti@example.org', 'budi@example.org', null],
    consent: [true, false],
    notes: ['pelatih ToT', null],
  },
  /** Photos by what they show: two instances adding the same one store the same bytes. */
  photo: ['sawah', 'posyandu', 'sumur bor'],
  hub: {
    contactName: ['Dewi Lestari', 'Agus Salim', null],
    contactPhone: ['+62215550101', '+62215550102', null],
    contactEmail: ['sekretariat@example.org', null],
  },
}

/** A deterministic stream of choices from one generated number, so a schedule replays exactly. */
function chooser(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0
    return state
  }
  return <T>(list: readonly T[]): T => list[next() % list.length] as T
}

function valuesFrom(
  pool: Record<string, readonly unknown[]>,
  choose: ReturnType<typeof chooser>,
): Record<string, unknown> {
  const fields = Object.keys(pool)
  const values: Record<string, unknown> = {}
  for (const field of [choose(fields), choose(fields)]) values[field] = choose(pool[field] as unknown[])
  return values
}

interface Delivery {
  file: string
  to: number
  ack: boolean
  label: string
}

/** One schedule played on a fresh copy of the network, among some of its instances. */
class Run {
  readonly instances: Instance[]
  private readonly signingKeys: string[]
  readonly log: string[] = []
  private pending: Delivery[] = []
  private dropped: Delivery[] = []
  private readonly deliveries = new Map<string, number>()
  private horizon: number
  private files = 0

  constructor(
    private readonly network: Network,
    readonly members: number[],
  ) {
    this.horizon = network.start
    this.signingKeys = network.templates.map((template) => template.signingKey)
    this.instances = network.templates.map(({ instance, snapshot }, at) => {
      const clock = { now: network.start }
      const database = restore(snapshot, clock, join(network.bundles, `${names[at]}.db`))
      return { ...instance, clock, database, directory: network.bundles }
    })
  }

  close(): void {
    for (const instance of this.instances) instance.database.close()
  }

  async play(step: Step): Promise<void> {
    if (step.kind === 'edit') this.edit(step.at, step.at === NATIONAL ? 'editHub' : step.edit, step.pick, step.choice)
    else if (step.kind === 'clock') this.moveClock(step.at, step.ms)
    else if (step.kind === 'export') this.export(step.at, step.full)
    else if (step.kind === 'ack') await this.ack(...step.pair)
    else if (step.kind === 'deliver') this.deliverOne(step.pick, step.fate)
    else if (this.dropped.length > 0) this.pending.push(...this.dropped.splice(step.pick % this.dropped.length, 1))
  }

  /**
   * Everything still on its way arrives, then a full export from every instance to all it
   * exchanges with. When East Java's instances still disagree, they exchange once more: a phone
   * number or e-mail held back for want of consent leaves an instance only once it has learnt of a
   * consent given on the other, which takes a second bundle.
   */
  finish(resendDropped: boolean): void {
    for (const delivery of this.pending.splice(0)) this.deliver(delivery)
    if (resendDropped) for (const delivery of this.dropped.splice(0)) this.deliver(delivery)
    this.log.push('-- final full exports')
    this.exchange(this.members)
    const eastJava = (this.instances[A1] as Instance).identity.hubId
    const digests = [A1, A2, NATIONAL].map((at) => syncDigest((this.instances[at] as Instance).database, eastJava))
    if (new Set(digests).size > 1) this.exchange([A1, A2])
  }

  private exchange(instances: number[]): void {
    for (const at of instances) this.export(at, true)
    for (const delivery of this.pending.splice(0)) this.deliver(delivery)
  }

  /** One clock moves; any left more than MAX_LAG behind the furthest is set forward, as time passes for all. */
  private moveClock(at: number, ms: number): void {
    const clock = (this.instances[at] as Instance).clock
    clock.now += ms
    this.horizon = Math.max(this.horizon, clock.now)
    for (const instance of this.instances) instance.clock.now = Math.max(instance.clock.now, this.horizon - MAX_LAG)
    this.log.push(`${names[at]} clock ${ms >= 0 ? '+' : ''}${Math.round(ms / 60_000)} min`)
  }

  /** As exportBundle does, with the signing key read once per test rather than per bundle. */
  private export(at: number, full: boolean): void {
    const file = join(this.network.bundles, `bundle-${++this.files}.lokadaya`)
    writeChangesBundle((this.instances[at] as Instance).database, this.signingKeys[at] as string, file, '0.0.0-test', {
      full,
    })
    const label = `${names[at]}#${this.files}${full ? ' full' : ''}`
    this.log.push(`${label} exported`)
    for (const to of receiversOf[at] as number[])
      if (this.members.includes(to)) this.pending.push({ file, to, ack: false, label })
  }

  private async ack(from: number, about: number): Promise<void> {
    const writer = this.instances[from] as Instance
    const hubId = (this.instances[about] as Instance).identity.hubId
    const file = join(this.network.bundles, `ack-${++this.files}.lokadaya`)
    await writeAck(writer.database, writer.keyStore, hubId, file, '0.0.0-test')
    const label = `ack#${this.files} ${names[from]}→${names[about]}`
    this.log.push(`${label} written`)
    for (const to of this.members)
      if (to !== from && (this.instances[to] as Instance).identity.hubId === hubId)
        this.pending.push({ file, to, ack: true, label })
  }

  private deliverOne(pick: number, fate: 'once' | 'twice' | 'drop'): void {
    if (this.pending.length === 0) return
    const [delivery] = this.pending.splice(pick % this.pending.length, 1) as [Delivery]
    if (fate === 'drop') {
      this.dropped.push(delivery)
      this.log.push(`${delivery.label} → ${names[delivery.to]} dropped`)
      return
    }
    this.deliver(delivery)
    if (fate === 'twice') this.pending.push(delivery)
  }

  /** Imports one bundle: new ones are accepted, a changes bundle seen before is a duplicate, nothing is refused. */
  private deliver(delivery: Delivery): void {
    const key = `${delivery.file}→${delivery.to}`
    const seen = this.deliveries.get(key) ?? 0
    this.deliveries.set(key, seen + 1)
    const report = importInto(this.instances[delivery.to] as Instance, delivery.file)
    this.log.push(`${delivery.label} → ${names[delivery.to]} ${report.outcome} ${JSON.stringify(report.counts)}`)
    const expected = delivery.ack || seen === 0 ? 'accepted' : 'duplicate'
    expect(report.outcome, `${JSON.stringify(report.reason)}\n${this.log.join('\n')}`).toBe(expected)
  }

  private edit(at: number, kind: EditKind, pick: number, choice: number): void {
    const instance = this.instances[at] as Instance
    const choose = chooser(choice)
    const rows = (table: SQLiteTable, where = 'deleted_at IS NULL', ...params: string[]) =>
      instance.database.sqlite
        .prepare(`SELECT id FROM "${syncedTable(table).name}" WHERE hub_id = ? AND ${where} ORDER BY created_hlc`)
        .pluck()
        .all(instance.identity.hubId, ...params) as string[]
    const one = (table: SQLiteTable, where?: string) => {
      const ids = rows(table, where)
      return ids.length === 0 ? undefined : (ids[pick % ids.length] as string)
    }
    const note = (what: string, values: unknown = '') =>
      this.log.push(`${names[at]} ${what} ${typeof values === 'string' ? values : JSON.stringify(values)}`)
    syncWrite(instance.database, (writer) => {
      if (kind === 'addOrganisation') {
        const regency = choose(pools.regency[instance.identity.provinceCode ?? ''] ?? [])
        note('adds organisation', addOrganisation(instance, choose(pools.organisationName), regency).slice(-6))
      } else if (kind === 'addPerson') {
        const organisation = one(organisations)
        if (!organisation) return
        const values = {
          name: choose(pools.personName),
          phone: choose(pools.person.phone),
          consent: choose([true, false]),
        }
        note(`adds person to ${organisation.slice(-6)}`, {
          id: addPerson(instance, organisation, values).slice(-6),
          ...values,
        })
      } else if (kind === 'editOrganisation' || kind === 'editPerson') {
        const [table, pool] = kind === 'editOrganisation' ? [organisations, pools.organisation] : [people, pools.person]
        const id = one(table)
        if (!id) return
        const values = valuesFrom(pool, choose)
        note(`edits ${syncedTable(table).name} ${id.slice(-6)}`, { values, changed: writer.update(table, id, values) })
      } else if (kind === 'editHub') {
        const values = valuesFrom(pools.hub, choose)
        note('edits its hubs row', { values, changed: writer.update(hubs, instance.identity.hubId, values) })
      } else if (kind === 'addStory') {
        const label = choose(pools.photo)
        note('adds a story with a photo of', {
          label,
          id: addStoryWithPhoto(instance.database, STORY_INITIATIVE, label).id,
        })
      } else if (kind === 'editStoryPhotos') {
        const id = one(stories)
        if (!id) return
        const label = choose(pools.photo)
        const { photos } = storedPhotos(instance.database, label)
        note(`changes the photos of story ${id.slice(-6)} to`, {
          label,
          changed: writer.update(stories, id, { photos }),
        })
      } else if (kind === 'initiativeStatus') {
        const initiative = one(initiatives)
        if (!initiative) return
        const values = { initiativeId: initiative, status: choose(initiativeStatuses), effectiveOn: choose(pools.date) }
        note(`records status of initiative ${initiative.slice(-6)}`, {
          ...values,
          id: writer.insert(initiativeStatusChanges, values).slice(-6),
        })
      } else if (kind === 'status') {
        const organisation = one(organisations)
        if (!organisation) return
        const values = { organisationId: organisation, status: choose(pools.status), effectiveOn: choose(pools.date) }
        note(`records status of ${organisation.slice(-6)}`, {
          ...values,
          id: writer.insert(membershipChanges, values).slice(-6),
        })
      } else if (kind === 'move') {
        const person = one(people)
        const organisation = one(organisations)
        if (!person || !organisation) return
        const on = choose(pools.date)
        const ended = rows(affiliations, 'deleted_at IS NULL AND until_on IS NULL AND person_id = ?', person)
        for (const id of ended) writer.update(affiliations, id, { untilOn: on })
        const values = { personId: person, organisationId: organisation, role: choose(pools.role), fromOn: on }
        const id = writer.insert(affiliations, values)
        note(`moves ${person.slice(-6)} to ${organisation.slice(-6)} on ${on}`, {
          ended: ended.map((e) => e.slice(-6)),
          id: id.slice(-6),
        })
      } else {
        // History rows: deleting one moves a derived column back to an earlier entry.
        const history = kind === 'removeHistory' || kind === 'restoreHistory'
        const table = choose<SQLiteTable>(
          history
            ? [membershipChanges, affiliations, initiativeStatusChanges]
            : [organisations, people, membershipChanges, affiliations],
        )
        const removing = kind === 'remove' || kind === 'removeHistory'
        const id = one(table, removing ? 'deleted_at IS NULL' : 'deleted_at IS NOT NULL')
        if (!id) return
        const done = removing ? writer.remove(table, id) : writer.restore(table, id)
        note(`${removing ? 'removes' : 'restores'} ${syncedTable(table).name} ${id.slice(-6)}`, String(done))
      }
    })
  }
}

/**
 * Derived columns as the members' rules define them, worked out here apart from the write path's
 * SQL: an organisation's or initiative's status is its latest live status change (by date, then
 * clock); a person's organisation is their open affiliation, else the latest ended one.
 */
function staleDerived(database: AppDatabase): string[] {
  const all = (sql: string) => database.sqlite.prepare(sql).all() as Record<string, string | null>[]
  const newest = (
    rows: Record<string, string | null>[],
    owner: string,
    rank: (row: Record<string, string | null>) => string,
  ) => {
    const best = new Map<string, Record<string, string | null>>()
    for (const row of rows) {
      const current = best.get(row[owner] as string)
      if (!current || rank(row) > rank(current)) best.set(row[owner] as string, row)
    }
    return best
  }
  const problems: string[] = []
  const histories = [
    ['organisations', 'membership_changes', 'organisation_id'],
    ['initiatives', 'initiative_status_changes', 'initiative_id'],
  ]
  for (const [table, history, owner] of histories) {
    const statuses = newest(
      all(`SELECT ${owner}, status, effective_on, created_hlc FROM ${history} WHERE deleted_at IS NULL`),
      owner as string,
      (row) => `${row.effective_on} ${row.created_hlc}`,
    )
    for (const row of all(`SELECT id, status, status_since FROM ${table}`)) {
      const latest = statuses.get(row.id as string)
      if (latest && (latest.status !== row.status || latest.effective_on !== row.status_since))
        problems.push(`${table} ${row.id} is ${row.status} since ${row.status_since}`)
    }
  }
  const current = newest(
    all('SELECT person_id, organisation_id, from_on, until_on, created_hlc FROM affiliations WHERE deleted_at IS NULL'),
    'person_id',
    (row) => `${row.until_on === null ? 1 : 0} ${row.until_on ?? row.from_on} ${row.from_on} ${row.created_hlc}`,
  )
  for (const person of all('SELECT id, organisation_id FROM people')) {
    const latest = current.get(person.id as string)
    if (latest && latest.organisation_id !== person.organisation_id)
      problems.push(`person ${person.id} is with ${person.organisation_id}, not ${latest.organisation_id}`)
  }
  return problems
}

/** Attachments a live story names that this instance lacks, or holds damaged: arrived with their rows, none. */
function attachmentsLacking(database: AppDatabase): string[] {
  const rows = database.sqlite.prepare('SELECT * FROM stories WHERE deleted_at IS NULL').all() as Record<
    string,
    unknown
  >[]
  const named = rows.flatMap((row) => attachmentsOf(syncedTable(stories), row))
  return named.filter((sha256) => readAttachment(database, sha256) === null)
}

/** After everything was exchanged: one digest per hub's data wherever it is held, and sound databases. */
function expectConverged(run: Run): void {
  const members = run.members.map((at) => run.instances[at] as Instance)
  const trace = run.log.join('\n')
  const agree = (label: string, holders: number[], hub: number | null) => {
    const hubId = hub === null ? undefined : (run.instances[hub] as Instance).identity.hubId
    const digests = holders
      .filter((at) => run.members.includes(at))
      .map((at) => syncDigest((run.instances[at] as Instance).database, hubId))
    expect(new Set(digests).size, `${label} differ\n${trace}`).toBe(1)
  }
  agree('East Java digests', [A1, A2, NATIONAL], A1)
  agree('Bali digests', [B1, NATIONAL], B1)
  agree('national digests', run.members, NATIONAL)
  agree('East Java instance digests', [A1, A2], null)
  for (const instance of members) expect(staleDerived(instance.database), `${instance.name}\n${trace}`).toEqual([])
  for (const instance of members)
    expect(attachmentsLacking(instance.database), `${instance.name}\n${trace}`).toEqual([])
  const sampled = members[run.log.length % members.length] as Instance
  expect(sampled.database.sqlite.pragma('integrity_check', { simple: true }), sampled.name).toBe('ok')
}

/** Plays schedules on copies of one network; the runs are shared between properties by weight. */
async function check(members: number[], schedule: fc.Arbitrary<Schedule>, runs: number): Promise<void> {
  const network = await buildNetwork()
  try {
    await fc.assert(
      fc.asyncProperty(schedule, async ({ steps, resendDropped }) => {
        const run = new Run(network, members)
        try {
          for (const step of steps) await run.play(step)
          run.finish(resendDropped)
          expectConverged(run)
        } finally {
          run.close()
          rmSync(network.bundles, { recursive: true, force: true })
          mkdirSync(network.bundles)
        }
      }),
      { numRuns: runs },
    )
  } finally {
    rmSync(network.bundles, { recursive: true, force: true })
  }
}

/** A passing run takes well under 100 ms a schedule; a failing one also replays schedules while shrinking. */
const timeout = (runs: number) => 120_000 + runs * 1_000
const networkRuns = Math.ceil(RUNS * 0.6)
const historyRuns = RUNS - networkRuns

describe('sync convergence', () => {
  const everyone = [A1, A2, B1, NATIONAL]
  it(
    `every instance holding a hub's data agrees on its digest after any schedule (${networkRuns} runs)`,
    () => check(everyone, schedules(everyone, [A1, A2, B1, A1, A2, B1, NATIONAL], editKinds), networkRuns),
    timeout(networkRuns),
  )

  const eastJava = [A1, A2, NATIONAL]
  const historyEdits = [
    'status',
    'move',
    'removeHistory',
    'removeHistory',
    'restoreHistory',
    'addPerson',
    'initiativeStatus',
  ] as const
  it(
    `instances agree on current status and organisation however histories interleave (${historyRuns} runs)`,
    () => check(eastJava, schedules(eastJava, [A1, A2], historyEdits), historyRuns),
    timeout(historyRuns),
  )
})

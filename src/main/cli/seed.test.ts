import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDb } from '../db'
import { cli } from './testing'

let directory: string
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'lokadaya-cli-seed-'))
})
afterEach(() => rmSync(directory, { recursive: true, force: true }))

async function hub(name: string): Promise<string> {
  const db = join(directory, name)
  const init = await cli('init', '--db', db, '--role', 'hub', '--province', '35', '--name', 'Forum OMS Jawa Timur')
  expect(init.code).toBe(0)
  return db
}

const tables = [
  'organisations',
  'people',
  'initiatives',
  'needs',
  'stories',
  'supporters',
  'pledges',
  'fulfilments',
  'cop_sessions',
  'cop_participants',
  'cop_trainers',
  'cop_certificates',
]

function counts(db: string): Record<string, number> {
  const database = createDb(db)
  try {
    return Object.fromEntries(
      tables.map((table) => [table, database.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number]),
    )
  } finally {
    database.close()
  }
}

/** What a seed made, without ids, clocks or the receipt numbers' instance tags. */
function content(db: string) {
  const database = createDb(db)
  try {
    const rows = (sql: string) => database.sqlite.prepare(sql).all()
    return {
      initiatives: rows(
        `SELECT i.title, o.name, i.village_code, i.status, i.status_since, i.starts_on FROM initiatives i
         JOIN organisations o ON o.id = i.lead_organisation_id ORDER BY i.rowid`,
      ),
      needs: rows(`SELECT form, description, target_rupiah, target_quantity, target_hours FROM needs ORDER BY rowid`),
      steps: rows(`SELECT step, done FROM initiative_steps ORDER BY rowid`),
      stories: rows(`SELECT title, happened_on, status FROM stories ORDER BY rowid`),
      supporters: rows(`SELECT name, kind, phone, consent FROM supporters ORDER BY rowid`),
      pledges: rows(
        `SELECT s.name, i.title, p.form, p.rupiah, p.quantity, p.pledged_on, p.due_on, p.instalment_count,
           p.cancel_reason FROM pledges p JOIN supporters s ON s.id = p.supporter_id
           JOIN initiatives i ON i.id = p.initiative_id ORDER BY p.rowid`,
      ),
      fulfilments: rows(
        `SELECT received_on, rupiah, quantity, hours, fee_rate_bp, fee_rupiah, provincial_share_rupiah,
           substr(receipt_number, 1, 11) || substr(receipt_number, 20) AS receipt FROM fulfilments ORDER BY rowid`,
      ),
      feeRates: rows(`SELECT effective_from, rate_bp, provincial_share_bp FROM fee_rates ORDER BY rowid`),
    }
  } finally {
    database.close()
  }
}

const everything = ['--orgs', '15', '--people', '20', '--initiatives', '12', '--supporters', '25', '--pledges', '60']

describe('lokadaya seed of initiatives, supporters and pledges', () => {
  it('adds members, initiatives, supporters and pledges in one call and says what it added', async () => {
    const db = await hub('hub.db')
    const { code, stdout } = await cli('seed', '--db', db, ...everything, '--seed', '4')
    expect(code).toBe(0)
    const added = counts(db)
    const said = `Added 15 organisations, 20 people, 12 initiatives (${added.needs} needs, ${added.stories} stories), 25 supporters, 2 fee rates and 60 pledges (${added.fulfilments} fulfilments) (seed 4) in `
    expect(stdout.startsWith(said) && /^\d+\.\d s\.$/.test(stdout.slice(said.length))).toBe(true)
    expect(added).toMatchObject({ organisations: 15, people: 20, initiatives: 12, supporters: 25, pledges: 60 })
    expect(added.needs).toBeGreaterThanOrEqual(24)
    expect(added.fulfilments).toBeGreaterThan(0)
  })

  it('makes the same content on two fresh databases from the same seed', async () => {
    const first = await hub('first.db')
    const second = await hub('second.db')
    const other = await hub('other.db')
    for (const [db, seed] of [
      [first, '9'],
      [second, '9'],
      [other, '10'],
    ] as const)
      expect((await cli('seed', '--db', db, ...everything, '--seed', seed)).code).toBe(0)
    expect(content(second)).toEqual(content(first))
    expect(content(other)).not.toEqual(content(first))
  })

  it('adds to what the database holds: initiatives for members, pledges for initiatives seeded before', async () => {
    const db = await hub('hub.db')
    expect((await cli('seed', '--db', db, '--orgs', '10')).code).toBe(0)
    const initiatives = await cli('seed', '--db', db, '--initiatives', '8', '--seed', '2')
    expect(initiatives.stdout).toMatch(/^Added 8 initiatives \(\d+ needs, \d+ stories\) \(seed 2\) in \d+\.\d s\.$/)
    expect((await cli('seed', '--db', db, '--supporters', '6')).stdout).toMatch(/^Added 6 supporters \(seed 1\)/)
    const pledges = await cli('seed', '--db', db, '--pledges', '20', '--seed', '3')
    expect(pledges.stdout).toMatch(/^Added 2 fee rates and 20 pledges \(\d+ fulfilments\) \(seed 3\) in /)
    expect(counts(db)).toMatchObject({ organisations: 10, initiatives: 8, supporters: 6, pledges: 20 })
  })

  it('explains what must come first, writing nothing', async () => {
    const db = await hub('hub.db')
    const initiatives = await cli('seed', '--db', db, '--initiatives', '3')
    expect(initiatives.code).toBe(2)
    expect(initiatives.stderr).toContain('seed --initiatives needs member OMS to lead them: add --orgs N')
    const pledges = await cli('seed', '--db', db, '--orgs', '3', '--initiatives', '3', '--pledges', '5')
    expect(pledges.code).toBe(2)
    expect(pledges.stderr).toContain('seed --pledges needs supporters: add --supporters N')
    const published = await cli('seed', '--db', db, '--orgs', '3', '--supporters', '3', '--pledges', '5')
    expect(published.code).toBe(2)
    expect(published.stderr).toContain('seed --pledges needs published initiatives: add --initiatives N')
    const bad = await cli('seed', '--db', db, '--pledges', '1.5')
    expect([bad.code, bad.stderr.split('\n')[0]]).toEqual([
      2,
      'lokadaya: --pledges must be a whole number from 0 to 1000000',
    ])
    expect(Object.values(counts(db)).every((n) => n === 0)).toBe(true)
  })

  it('undoes the whole call when a later part is refused', async () => {
    const db = await hub('hub.db')
    // With seed 3 the one initiative stays a draft, so there is nothing yet to pledge to.
    const { code, stderr } = await cli(
      'seed',
      '--db',
      db,
      '--orgs',
      '2',
      '--initiatives',
      '1',
      '--supporters',
      '2',
      '--pledges',
      '3',
      '--seed',
      '3',
      '--lang',
      'en',
    )
    expect(code).toBe(1)
    expect(stderr).toContain('There are no published initiatives to support.')
    expect(Object.values(counts(db)).every((n) => n === 0)).toBe(true)
  })
})

describe('lokadaya seed of CoP & ToT sessions', () => {
  it('adds sessions with their attendance, trainers and certificates, and says how many', async () => {
    const db = await hub('hub.db')
    const { code, stdout } = await cli('seed', '--db', db, '--orgs', '10', '--people', '60', '--sessions', '20')
    expect(code).toBe(0)
    const added = counts(db)
    expect(added.cop_sessions).toBe(20)
    expect(stdout).toMatch(
      new RegExp(
        `^Added 10 organisations, 60 people and 20 sessions \\(${added.cop_participants} participants, ` +
          `${added.cop_trainers} trainers, ${added.cop_certificates} certificates\\) \\(seed 1\\) in \\d+\\.\\d s\\.$`,
      ),
    )
    expect(added.cop_participants).toBeGreaterThan(100)
    expect(added.cop_trainers).toBeGreaterThan(0)
  })

  it('refuses sessions without people to attend them, writing nothing', async () => {
    const db = await hub('hub.db')
    for (const call of [
      ['--sessions', '5'],
      ['--orgs', '3', '--sessions', '5'],
    ]) {
      const refused = await cli('seed', '--db', db, ...call)
      expect(refused.code).toBe(2)
      expect(refused.stderr).toContain('seed --sessions needs people to attend and facilitate them: add --people N')
    }
    expect(Object.values(counts(db)).every((n) => n === 0)).toBe(true)
    expect(await cli('seed', '--db', db, '--sessions', 'many')).toMatchObject({ code: 2 })
  })
})

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it, onTestFinished } from 'vitest'
import { organisations } from '../members/schema'
import { syncedTables } from '../sync/tables'
import { syncWrite } from '../sync/write'
import { testDatabase } from '../testing/database'
import { createDb, sourceMigrationsFolder } from '.'

function scratchFolder(): string {
  const directory = mkdtempSync(join(tmpdir(), 'lokadaya-0002-'))
  onTestFinished(() => rmSync(directory, { recursive: true, force: true }))
  return directory
}

/** The shipped migrations as an earlier version shipped them: up to and including `tag`. */
function migrationsThrough(tag: string, directory: string): string {
  const folder = join(directory, 'migrations')
  cpSync(sourceMigrationsFolder, folder, { recursive: true })
  const journalFile = join(folder, 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] }
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((entry) => entry.tag === tag) + 1)
  writeFileSync(journalFile, JSON.stringify(journal))
  return folder
}

const legacyClock = (iso: string) => `${String(Date.parse(iso)).padStart(15, '0')}-00000-0000000000000000`

/** A hub with members as version 0001 wrote them, timestamps in milliseconds, and a merge journal. */
function fillAt0001(path: string): void {
  const sqlite = new Database(path)
  const row = (table: string, values: Record<string, unknown>) => {
    const names = Object.keys(values)
    sqlite
      .prepare(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`)
      .run(values)
  }
  const stamp = (updatedAt: string) => ({ hub_id: 'h', created_at: '2026-01-01T00:00:00.000Z', updated_at: updatedAt })
  row('hubs', { id: 'h', ...stamp('2026-01-02T03:04:05.678Z'), role: 'hub', name: 'Forum OMS', public_key: 'k' })
  row('local_settings', { key: 'self_hub_id', value: 'h' })
  const organisation = (id: string, updatedAt: string) =>
    row('organisations', {
      id,
      ...stamp(updatedAt),
      name: `Yayasan ${id}`,
      name_key: id,
      regency_code: '35.19',
      status: 'active',
      status_since: '2026-01-01',
    })
  organisation('o1', '2026-02-03T04:05:06.789Z')
  organisation('o2', '2026-02-03T04:05:06.001Z')
  row('membership_changes', {
    id: 'm1',
    ...stamp('2026-03-01T00:00:00.000Z'),
    organisation_id: 'o1',
    status: 'active',
    effective_on: '2026-01-01',
  })
  row('capacity_assessments', {
    id: 'c1',
    ...stamp('2026-03-02T00:00:00.000Z'),
    organisation_id: 'o1',
    assessed_on: '2026-03-01',
    scores: '{}',
  })
  const person = { name: 'Siti', name_key: 'siti', gender: 'female', role: 'leader', organisation_id: 'o1' }
  row('people', { id: 'p1', ...stamp('2026-04-05T06:07:08.009Z'), ...person })
  const affiliation = { person_id: 'p1', organisation_id: 'o1', role: 'leader', from_on: '2026-01-01' }
  row('affiliations', { id: 'a1', ...stamp('2026-04-05T06:07:08.010Z'), ...affiliation })
  row('merges', {
    id: 'x1',
    ...stamp('2026-04-01T00:00:00.000Z'),
    kind: 'organisation',
    survivor_id: 'o1',
    merged_id: 'o2',
    survivor_before: '{}',
    merged_before: '{}',
    moved_references: '[]',
  })
  sqlite.close()
}

const setting = (sqlite: Database.Database, key: string) =>
  sqlite.prepare('SELECT value FROM local_settings WHERE key = ?').pluck().get(key)

describe('migration 0002_sync', () => {
  it('gives rows written before clocks existed a clock from their last change, and a change counter', () => {
    const directory = scratchFolder()
    const path = join(directory, 'hub.db')
    createDb(path, { migrationsFolder: migrationsThrough('0001_members', directory) }).close()
    fillAt0001(path)
    const database = createDb(path, { clock: () => Date.parse('2026-06-01T00:00:00.000Z') })
    onTestFinished(() => database.close())
    const { sqlite } = database
    const bookkeeping = (table: string) =>
      sqlite.prepare(`SELECT id, created_hlc, hlc, field_clocks, change_seq FROM ${table} ORDER BY rowid`).all()
    const clocked = (id: string, updatedAt: string, changeSeq: number) => {
      const clock = legacyClock(updatedAt)
      return { id, created_hlc: clock, hlc: clock, field_clocks: '{}', change_seq: changeSeq }
    }
    expect(bookkeeping('hubs')).toEqual([clocked('h', '2026-01-02T03:04:05.678Z', 1)])
    expect(bookkeeping('organisations')).toEqual([
      clocked('o1', '2026-02-03T04:05:06.789Z', 1),
      clocked('o2', '2026-02-03T04:05:06.001Z', 2),
    ])
    expect(bookkeeping('membership_changes')).toEqual([clocked('m1', '2026-03-01T00:00:00.000Z', 1)])
    expect(bookkeeping('capacity_assessments')).toEqual([clocked('c1', '2026-03-02T00:00:00.000Z', 1)])
    // Sent again by 0011, without the name no one consented to share with the national team.
    expect(bookkeeping('people')).toEqual([clocked('p1', '2026-04-05T06:07:08.009Z', 3)])
    expect(bookkeeping('affiliations')).toEqual([clocked('a1', '2026-04-05T06:07:08.010Z', 1)])
    expect(legacyClock('2026-01-02T03:04:05.678Z')).toBe('001767323045678-00000-0000000000000000')
    expect(setting(sqlite, 'sync_change_seq')).toBe('3')
    expect(setting(sqlite, 'sync_clock')).toBe(legacyClock('2026-04-05T06:07:08.010Z'))
    expect(sqlite.prepare('SELECT count(*) FROM merges').pluck().get()).toBe(0)

    // The counter and the clock go on from there.
    syncWrite(database, (writer) => writer.update(organisations, 'o2', { name: 'Yayasan Dua' }))
    const after = sqlite.prepare(`SELECT hlc, change_seq FROM organisations WHERE id = 'o2'`).get() as {
      hlc: string
      change_seq: number
    }
    expect(after.change_seq).toBe(4)
    expect(after.hlc > legacyClock('2026-04-05T06:07:08.010Z')).toBe(true)
  })

  it('migrates a fresh database: a counter at zero, no clock yet, the new merge journal', () => {
    const { sqlite } = testDatabase().database
    expect(setting(sqlite, 'sync_change_seq')).toBe('0')
    expect(setting(sqlite, 'sync_clock')).toBeUndefined()
    expect(sqlite.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all('merges')).toEqual([
      'id',
      'kind',
      'survivor_id',
      'merged_id',
      'merged_name',
      'changes',
      'merged_at',
      'undone_at',
    ])
    const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all()
    expect(tables).toEqual(expect.arrayContaining(['sync_keys', 'sync_bundles', 'sync_acks', 'sync_attachments']))
  })

  it('serves "changed since" export of every synced table from its owner and counter index', () => {
    const { sqlite } = testDatabase().database
    for (const { name } of syncedTables) {
      const plan = sqlite
        .prepare(`EXPLAIN QUERY PLAN SELECT * FROM ${name} WHERE hub_id = ? AND change_seq > ? ORDER BY change_seq`)
        .all('h', 0) as { detail: string }[]
      expect(plan.map((step) => step.detail).join(), name).toMatch(new RegExp(`USING INDEX ${name}_hub_change_idx`))
    }
  })
})

import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { appErrorFrom } from '../testing/errors'
import { createDb } from '.'
import { publishExclusively } from './files'

let directory: string
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'lokadaya-files-'))
})
afterEach(() => rmSync(directory, { recursive: true, force: true }))

const modeOf = (path: string) => statSync(path).mode & 0o777

/** Files a user might point the app at by mistake, none of them a Lokadaya Hub database. */
const strangers: [string, (path: string) => void][] = [
  ['an empty file', (path) => writeFileSync(path, '')],
  ['a text file', (path) => writeFileSync(path, 'Daftar OMS anggota, bukan basis data.\n'.repeat(200))],
  ['random bytes', (path) => writeFileSync(path, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 97) % 256)))],
  [
    "another app's SQLite database",
    (path) => {
      const other = new Database(path)
      other.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('halo')`)
      other.close()
    },
  ],
  [
    "another drizzle app's database",
    (path) => {
      const other = new Database(path)
      other.exec(
        `CREATE TABLE __drizzle_migrations (id INTEGER PRIMARY KEY, hash text NOT NULL, created_at numeric);
         INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('x', 1);
         CREATE TABLE invoices (id text PRIMARY KEY)`,
      )
      other.close()
    },
  ],
  [
    'an empty SQLite database in WAL mode',
    (path) => {
      const other = new Database(path)
      other.pragma('journal_mode = WAL')
      other.close()
    },
  ],
]

describe('opening a file that is not a Lokadaya Hub database', () => {
  it.each(strangers)('refuses %s and leaves it and its folder exactly as they were', async (_, make) => {
    const path = join(directory, 'hub.db')
    make(path)
    const bytes = readFileSync(path)
    const files = readdirSync(directory)

    const error = await appErrorFrom(() => createDb(path))

    expect(error.code).toBe('NOT_LOKADAYA_DB')
    expect(error.userMessage).toEqual({ key: 'errors.notLokadayaDb', params: { path } })
    expect(readFileSync(path).equals(bytes)).toBe(true)
    expect(readdirSync(directory)).toEqual(files)
  })
})

describe('creating a database', () => {
  it('creates it and its WAL and shared-memory files readable only by the user', () => {
    const path = join(directory, 'hub.db')
    const database = createDb(path)
    database.sqlite.prepare(`INSERT INTO local_settings (key, value) VALUES ('language', 'en')`).run()
    expect(readdirSync(directory).sort()).toEqual(['hub.db', 'hub.db-shm', 'hub.db-wal'])
    for (const file of readdirSync(directory)) expect([file, modeOf(join(directory, file))]).toEqual([file, 0o600])
    database.close()
  })

  it('takes back what earlier versions let every user of the PC read', () => {
    const path = join(directory, 'hub.db')
    createDb(path).close()
    chmodSync(path, 0o644)
    writeFileSync(`${path}.pre-upgrade.bak`, 'cadangan', { mode: 0o644 })
    const database = createDb(path)
    database.sqlite.prepare(`INSERT INTO local_settings (key, value) VALUES ('language', 'en')`).run()
    expect(
      readdirSync(directory)
        .sort()
        .map((file) => [file, modeOf(join(directory, file))]),
    ).toEqual(['hub.db', 'hub.db-shm', 'hub.db-wal', 'hub.db.pre-upgrade.bak'].map((file) => [file, 0o600]))
    database.close()
  })

  it('only ever shows a whole database under its name, and never replaces a file that appeared meanwhile', () => {
    const building = join(directory, 'building')
    const target = join(directory, 'hub.db')
    writeFileSync(building, 'mine')
    writeFileSync(target, 'theirs')
    expect(publishExclusively(building, target)).toBe(false)
    expect(readFileSync(target, 'utf8')).toBe('theirs')

    rmSync(target)
    expect(publishExclusively(building, target)).toBe(true)
    expect(readFileSync(target, 'utf8')).toBe('mine')
  })

  it('still creates exclusively on a file system without hard links (a FAT-formatted USB stick)', () => {
    const building = join(directory, 'building')
    const target = join(directory, 'hub.db')
    writeFileSync(building, 'mine', { mode: 0o600 })
    const noHardLinks = () => {
      throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' })
    }
    expect(publishExclusively(building, target, noHardLinks)).toBe(true)
    expect([readFileSync(target, 'utf8'), modeOf(target)]).toEqual(['mine', 0o600])
    expect(publishExclusively(building, target, noHardLinks)).toBe(false)
  })

  it('leaves nothing of its work in progress beside the database', () => {
    const path = join(directory, 'hub.db')
    createDb(path).close()
    expect(readdirSync(directory)).toEqual(['hub.db'])
    expect(existsSync(`${path}-wal`)).toBe(false)
  })
})

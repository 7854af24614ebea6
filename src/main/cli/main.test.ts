import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDb } from '../db'
import { hubStatus } from '../hub/service'
import { cli } from './testing'

let directory: string
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'lokadaya-cli-'))
})
afterEach(() => rmSync(directory, { recursive: true, force: true }))

describe('lokadaya init', () => {
  it('creates a provincial hub with its identity and signing key', async () => {
    const db = join(directory, 'jatim.db')
    const { code, stdout } = await cli(
      'init',
      '--db',
      db,
      '--role',
      'hub',
      '--province',
      '35',
      '--name',
      'Forum OMS Jawa Timur',
    )
    expect(code).toBe(0)
    expect(stdout).toMatch(/Province: +Jawa Timur \(35, WIB\)/)
    expect(stdout).toMatch(/Fingerprint: +\d{5}( \d{5}){5}/)
    expect(stdout).toContain(`Signing key: ${db}.signing-key (berkas yang hanya dapat dibaca oleh pengguna ini)`)
    expect(existsSync(`${db}.signing-key`)).toBe(true)
    const database = createDb(db)
    const status = hubStatus(database)
    database.close()
    expect(status.setUp && status.identity.name).toBe('Forum OMS Jawa Timur')
  })

  it('creates the national instance, with contact details when given', async () => {
    const db = join(directory, 'national.db')
    const result = await cli(
      'init',
      '--db',
      db,
      '--role',
      'national',
      '--name',
      'Sekretariat Nasional',
      '--contact',
      'Dewi',
      '--phone',
      '0811 222 333',
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Phone: +\+62 811-2223-33/)
  })

  it('explains a refused setup in the chosen language and leaves no files behind', async () => {
    const db = join(directory, 'x.db')
    const id = await cli('init', '--db', db, '--role', 'hub', '--province', '99', '--name', 'X')
    expect(id.code).toBe(1)
    expect(id.stderr).toContain('Kode provinsi "99" tidak ada dalam data wilayah Kemendagri.')
    const en = await cli('init', '--db', db, '--role', 'hub', '--province', '35', '--name', ' ', '--lang', 'en')
    expect(en.stderr).toContain('name: Enter the name of the hub organisation.')
    expect(existsSync(db)).toBe(false)
    expect(existsSync(`${db}.signing-key`)).toBe(false)
  })

  it('refuses to set up a hub twice, keeping the existing one', async () => {
    const db = join(directory, 'jatim.db')
    await cli('init', '--db', db, '--role', 'hub', '--province', '35', '--name', 'Pertama')
    const again = await cli('init', '--db', db, '--role', 'hub', '--province', '35', '--name', 'Kedua')
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('sudah disiapkan sebagai "Pertama"')
    expect(existsSync(db)).toBe(true)
  })

  it('refuses a database from a newer version in the chosen language, leaving it as it was', async () => {
    const db = join(directory, 'newer.db')
    await cli('init', '--db', db, '--role', 'national', '--name', 'Nasional')
    const sqlite = new Database(db)
    sqlite
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('future', Date.UTC(2099, 0, 1))
    sqlite.close()
    const bytes = readFileSync(db)
    const { code, stderr } = await cli('init', '--db', db, '--role', 'national', '--name', 'Lagi', '--lang', 'en')
    expect(code).toBe(1)
    expect(stderr).toContain('This database was written by a newer version of Lokadaya Hub.')
    expect(stderr).not.toContain('errors.')
    expect(readFileSync(db).equals(bytes)).toBe(true)
  })

  it('says plainly that a file is not a Lokadaya database, without a stack trace, and leaves it alone', async () => {
    const notes = join(directory, 'catatan.db')
    writeFileSync(notes, 'Daftar OMS anggota, bukan basis data.\n'.repeat(200))
    const bytes = readFileSync(notes)
    const { code, stderr } = await cli('init', '--db', notes, '--role', 'national', '--name', 'N')
    expect(code).toBe(1)
    expect(stderr).toBe(
      `lokadaya: Berkas ${notes} bukan basis data Lokadaya Hub (kosong, milik aplikasi lain, atau rusak). Berkas itu tidak diubah. Pindahkan atau ganti namanya, atau pulihkan basis data hub dari cadangan.`,
    )
    expect(readFileSync(notes).equals(bytes)).toBe(true)
  })

  it('leaves the stored language alone, whatever --lang says', async () => {
    const db = join(directory, 'jatim.db')
    await cli('init', '--db', db, '--role', 'hub', '--province', '35', '--name', 'Pertama', '--lang', 'en')
    const database = createDb(db)
    database.sqlite.prepare(`INSERT INTO local_settings (key, value) VALUES ('language', 'en')`).run()
    database.close()
    const refused = await cli('init', '--db', db, '--role', 'hub', '--province', '35', '--name', 'Kedua')
    expect(refused.stderr).toContain('sudah disiapkan')
    const reopened = createDb(db)
    expect(reopened.sqlite.prepare(`SELECT value FROM local_settings WHERE key = 'language'`).get()).toEqual({
      value: 'en',
    })
    reopened.close()
  })

  it.each([
    [[], /no command given/],
    [['init', '--db', 'x.db', '--role', 'national'], /init needs --name NAME/],
    [['frobnicate'], /unknown command: frobnicate/],
    [['init', '--role', 'hub'], /init needs --db FILE/],
    [['init', '--db', 'x.db'], /--role hub or --role national/],
    [['init', '--db', 'x.db', '--role', 'hub'], /needs --province CODE/],
    [['init', '--db', 'x.db', '--role', 'national', '--province', '35'], /only for --role hub/],
    [['init', '--db', '/no/such/folder/x.db', '--role', 'national', '--name', 'N'], /folder does not exist/],
    [['init', '--bogus'], /Unknown option '--bogus'/],
    [['init', '--db', 'x.db', '--lang', 'fr'], /--lang must be id or en/],
  ])('exits 2 with usage for %j', async (argv, message) => {
    const { code, stderr } = await cli(...(argv as string[]))
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
    expect(stderr).toContain('Usage: npm run --silent lokadaya -- <command>')
  })

  it('prints help with exit 0', async () => {
    const { code, stdout } = await cli('--help')
    expect(code).toBe(0)
    expect(stdout).toContain('init --db FILE --role hub --province CODE --name NAME')
  })
})

describe('the npm script', () => {
  it('runs under plain Node with no build step and returns the exit code to the shell', async () => {
    const { spawnSync } = await import('node:child_process')
    const run = spawnSync('npm', ['run', '--silent', 'lokadaya', '--', 'init', '--db', join(directory, 'h.db')], {
      encoding: 'utf8',
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('init needs --role hub or --role national')
  })
})

describe('lokadaya seed', () => {
  const init = async (db: string) =>
    expect((await cli('init', '--db', db, '--role', 'hub', '--province', '35', '--name', 'Forum OMS')).code).toBe(0)

  it('adds synthetic organisations and people to a hub database', async () => {
    const db = join(directory, 'hub.db')
    await init(db)
    const { code, stdout } = await cli('seed', '--db', db, '--orgs', '12', '--people', '30', '--seed', '5')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Added 12 organisations and 30 people \(seed 5\) in \d+\.\d s\.$/)
    const database = createDb(db)
    const counts = database.sqlite
      .prepare(`SELECT (SELECT count(*) FROM organisations) AS o, (SELECT count(*) FROM people) AS p`)
      .get()
    database.close()
    expect(counts).toEqual({ o: 12, p: 30 })
  })

  it('explains how it is called when an option is missing or not a number', async () => {
    const db = join(directory, 'hub.db')
    await init(db)
    expect((await cli('seed', '--orgs', '3')).stderr).toContain('seed needs --db FILE')
    expect((await cli('seed', '--db', db)).stderr).toContain(
      'seed needs --orgs N, --people N, --initiatives N, --supporters N and/or --pledges N',
    )
    const bad = await cli('seed', '--db', db, '--orgs', 'ten')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--orgs must be a whole number')
    expect((await cli('seed', '--db', join(directory, 'none.db'), '--orgs', '1')).stderr).toContain('no database at')
  })

  it('refuses a database whose hub is not set up, in the chosen language', async () => {
    const db = join(directory, 'blank.db')
    createDb(db).close()
    const { code, stderr } = await cli('seed', '--db', db, '--orgs', '1', '--lang', 'en')
    expect(code).toBe(1)
    expect(stderr).toContain('This hub has not been set up')
  })
})

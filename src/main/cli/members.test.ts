import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cli } from './testing'

let directory: string
let db: string
beforeEach(async () => {
  directory = mkdtempSync(join(tmpdir(), 'lokadaya-cli-members-'))
  db = join(directory, 'jatim.db')
  await cli('init', '--db', db, '--role', 'hub', '--province', '35', '--name', 'Forum OMS Jawa Timur')
})
afterEach(() => rmSync(directory, { recursive: true, force: true }))

const file = (name: string, content: string | Buffer) => {
  const path = join(directory, name)
  writeFileSync(path, content)
  return path
}

const organisations = 'Nama OMS;Kabupaten/Kota;E-mail\nYayasan Bina Desa;Kab. Madiun;\nForum Warga Batu;Kota Batu;\n'
const listed = async () => (
  await cli(
    'members',
    'export',
    '--db',
    db,
    '--kind',
    'organisations',
    '--format',
    'csv',
    '--out',
    join(directory, 'x.csv'),
    '--force',
  ),
  readFileSync(join(directory, 'x.csv'), 'utf8')
)

describe('lokadaya members import and export', () => {
  it('prints the dry run without writing, writes with --commit, and exports what it wrote', async () => {
    const csv = file('oms.csv', organisations)
    const dry = await cli('members', 'import', '--db', db, '--kind', 'organisations', csv)
    expect(dry.code).toBe(0)
    expect(dry.stdout).toMatch(/Ready: +2 new, 0 updates/)
    expect(dry.stdout).toContain('Nama OMS → Nama OMS; Kabupaten/Kota → Kabupaten/Kota')
    expect(dry.stdout).toContain('nothing was written')
    expect((await listed()).split('\r\n').filter(Boolean)).toHaveLength(1)

    const committed = await cli('members', 'import', '--db', db, '--kind', 'organisations', csv, '--commit')
    expect(committed).toMatchObject({ code: 0 })
    expect(committed.stdout).toContain('Written: 2 new, 0 updated.')

    const out = join(directory, 'oms.xlsx')
    expect(
      await cli('members', 'export', '--db', db, '--kind', 'organisations', '--format', 'xlsx', '--out', out),
    ).toMatchObject({ code: 0 })
    const again = await cli('members', 'import', '--db', db, '--kind', 'organisations', out)
    expect(again.stdout).toMatch(/Ready: +0 new, 2 updates/)
    expect(await listed()).toContain('Forum Warga Batu')
  })

  it('exits 1 and writes nothing when a row has an error, even with --commit, naming the first errors', async () => {
    const csv = file('oms.csv', `${organisations}Yayasan Tanpa Kota;;bukan-email\n`)
    const result = await cli('members', 'import', '--db', db, '--kind', 'organisations', csv, '--commit')
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/With errors: +1/)
    expect(result.stdout).toMatch(/row 4, E-mail "bukan-email", error: .+/)
    expect(result.stderr).toContain('Nothing was written')
    expect((await listed()).split('\r\n').filter(Boolean)).toHaveLength(1)
  })

  it('exits 1 with the reason, in the chosen language, when the file is refused', async () => {
    const pdf = file('laporan.csv', '%PDF-1.4 …')
    const id = await cli('members', 'import', '--db', db, '--kind', 'organisations', pdf)
    expect(id).toMatchObject({ code: 1, stderr: expect.stringContaining('bukan CSV atau XLSX') })
    const en = await cli('members', 'import', '--db', db, '--kind', 'organisations', pdf, '--lang', 'en')
    expect(en).toMatchObject({ code: 1, stderr: expect.stringContaining('is not CSV or XLSX') })
  })

  it.each([
    [['members', 'import', '--db', 'DB', 'a.csv'], '--kind must be organisations or people'],
    [['members', 'import', '--db', 'DB', '--kind', 'people'], 'members import needs the spreadsheet FILE'],
    [['members', 'export', '--db', 'DB', '--kind', 'people', '--format', 'pdf', '--out', 'x'], '--format must be'],
    [['members', 'export', '--db', 'DB', '--kind', 'people', '--format', 'csv'], 'needs --out FILE'],
    [['members', 'copy', '--db', 'DB'], 'members needs import or export'],
    [['members', 'import', '--kind', 'people', 'a.csv'], 'members import needs --db FILE'],
    [['member', 'import', '--db', 'DB'], 'unknown command: member'],
    [
      ['members', 'export', '--db', 'DB', '--kind', 'people', '--format', 'csv', '--out', 'x.xlsx'],
      'names a .xlsx file',
    ],
    [['members', 'import', '--db', 'DB', '--kind', 'people', 'a.csv', '--force'], '--force goes with members export'],
  ])('exits 2 on %j', async (argv, message) => {
    const result = await cli(...argv.map((arg) => (arg === 'DB' ? db : arg === 'a.csv' ? file('a.csv', 'x') : arg)))
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
  })

  it('exits 1, leaving nothing under the --out name, when the file cannot be written there', async () => {
    const out = join(directory, 'no-such-folder', 'orang.csv')
    const result = await cli('members', 'export', '--db', db, '--kind', 'people', '--format', 'csv', '--out', out)
    expect(result).toMatchObject({ code: 1, stderr: expect.stringContaining(`cannot write ${out}`) })
    expect(existsSync(out) || existsSync(`${out}.partial`)).toBe(false)
  })

  it('never writes over the hub database or its key, replaces another file only with --force, readable only by the user', async () => {
    const exportTo = (out: string, ...more: string[]) =>
      cli('members', 'export', '--db', db, '--kind', 'people', '--format', 'csv', '--out', out, ...more)
    const before = readFileSync(db)
    for (const own of [db, `${db}.signing-key`, `${db}-wal`]) {
      const result = await exportTo(own, '--force')
      expect(result).toMatchObject({ code: 1, stderr: expect.stringContaining("one of the hub's own files") })
    }
    expect(readFileSync(db).equals(before)).toBe(true)

    const out = file('orang.csv', 'daftar lama')
    expect(await exportTo(out)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('already exists; add --force'),
    })
    expect(readFileSync(out, 'utf8')).toBe('daftar lama')
    expect(await exportTo(out, '--force')).toMatchObject({ code: 0 })
    expect(readFileSync(out, 'utf8')).toContain('Nama;')
    const fresh = join(directory, 'baru.csv')
    expect(await exportTo(fresh)).toMatchObject({ code: 0 })
    expect(statSync(fresh).mode & 0o777).toBe(0o600)
  })

  it('says plainly, with exit code 1 and no usage text, that the database named is not there', async () => {
    const result = await cli('members', 'import', '--db', join(directory, 'salah.db'), '--kind', 'people', 'a.csv')
    expect(result).toMatchObject({ code: 1, stderr: expect.stringContaining('no database at') })
    expect(result.stderr).not.toContain('Usage:')
  })
})

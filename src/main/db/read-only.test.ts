import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAppRegistry } from '../handlers'
import { createFileKeyStore, signingKeyFileFor } from '../hub/keystore'
import { noFileDialogs } from '../services'
import { appErrorFrom } from '../testing/errors'
import { createDb, type CreateDbOptions } from '.'

let directory: string
let path: string
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'lokadaya-read-only-'))
  path = join(directory, 'hub.db')
})
afterEach(() => rmSync(directory, { recursive: true, force: true }))

/**
 * Tests run as root, whom no file mode stops, so these say which paths this user may not write;
 * SQLite itself then opens the file read-only and refuses every write, as it would for the user.
 * The last test checks the real permission probe as an unprivileged user.
 */
const fileNotWritable: CreateDbOptions = { canWrite: (target) => target !== path }
const folderNotWritable: CreateDbOptions = { canWrite: (target) => target !== directory }

function registryOver(options: CreateDbOptions) {
  const database = createDb(path, options)
  const services = {
    database,
    keyStore: createFileKeyStore(signingKeyFileFor(path)),
    appVersion: '0.0.0-test',
    files: noFileDialogs,
  }
  return { database, registry: createAppRegistry(services, () => {}) }
}

describe('a database this user may only read', () => {
  beforeEach(() => createDb(path).close())

  it('opens read-only for looking and exporting, leaving the file untouched', () => {
    const bytes = readFileSync(path)
    const database = createDb(path, fileNotWritable)
    expect(database.readOnly).toBe(true)
    expect(database.sqlite.prepare('SELECT count(*) AS n FROM ref_provinces').get()).toEqual({ n: 38 })
    expect(() => database.sqlite.prepare(`INSERT INTO local_settings VALUES ('language', 'en')`).run()).toThrow(
      /readonly/,
    )
    database.close()
    expect(readFileSync(path).equals(bytes)).toBe(true)
    expect(createDb(path).readOnly).toBe(false)
  })

  it('refuses every save with a coded message in the user language instead of "something went wrong"', async () => {
    const { database, registry } = registryOver(fileNotWritable)
    expect(await registry.invoke('settings:setLanguage', { language: 'en' })).toEqual({
      ok: false,
      error: {
        code: 'READ_ONLY',
        message: `Perubahan tidak disimpan: akun pengguna ini hanya boleh membaca basis data ${path}. Minta pengelola komputer memberi izin tulis pada berkas itu, lalu buka ulang Lokadaya Hub.`,
      },
    })
    const setup = { role: 'national', name: 'Sekretariat Nasional' }
    expect(await registry.invoke('hub:setup', setup)).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } })
    // Refused before a key is made: a key without its hub would block the next setup.
    expect(existsSync(signingKeyFileFor(path))).toBe(false)
    database.close()
  })

  it('says so from the start, in hub:status', async () => {
    const { database, registry } = registryOver(fileNotWritable)
    expect(await registry.invoke('hub:status', undefined)).toEqual({
      ok: true,
      value: { setUp: false, notices: [{ kind: 'readOnly', path }] },
    })
    database.close()
  })

  it.each([
    ['a migration', 'DELETE FROM __drizzle_migrations WHERE id = (SELECT max(id) FROM __drizzle_migrations)'],
    ['newer reference data', 'DELETE FROM ref_versions'],
  ])('refuses to start when the database needs %s it could not write', async (_, older) => {
    const sqlite = new Database(path)
    sqlite.exec(older)
    sqlite.close()
    const bytes = readFileSync(path)
    const error = await appErrorFrom(() => createDb(path, fileNotWritable))
    expect(error.code).toBe('READ_ONLY')
    expect(error.userMessage).toEqual({ key: 'errors.readOnlyUpgrade', params: { path } })
    expect(readFileSync(path).equals(bytes)).toBe(true)
  })

  it('refuses to start when its folder cannot be written, where SQLite keeps its working files', async () => {
    const files = readdirSync(directory)
    const error = await appErrorFrom(() => createDb(path, folderNotWritable))
    expect(error).toMatchObject({
      code: 'READ_ONLY',
      userMessage: { key: 'errors.readOnlyFolder', params: { path, folder: directory } },
    })
    expect(readdirSync(directory)).toEqual(files)
  })
})

it('refuses plainly to create a database in a folder this user cannot write', async () => {
  const error = await appErrorFrom(() => createDb(path, folderNotWritable))
  expect(error).toMatchObject({ code: 'READ_ONLY', userMessage: { key: 'errors.readOnlyFolder' } })
  expect(readdirSync(directory)).toEqual([])
})

const root = resolve(__dirname, '../../..')
const canDropPrivileges = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0

describe.skipIf(!canDropPrivileges)('as an unprivileged user (setpriv to nobody; needs root and setpriv)', () => {
  /** Opens the database as `nobody` through the real permission probe and tries one save. */
  function asNobody(): { status?: unknown; save?: unknown; refused?: unknown } {
    const script = `
      import { openServices } from './src/main/cli/context'
      const run = async () => {
        try {
          const { registry } = openServices(${JSON.stringify(path)}, 'en')
          const status = await registry.invoke('hub:status', undefined)
          const save = await registry.invoke('settings:setLanguage', { language: 'en' })
          console.log(JSON.stringify({ status, save }))
        } catch (error) {
          console.log(JSON.stringify({ refused: (error as { code?: string }).code }))
        }
      }
      void run()`
    const output = execFileSync(
      'setpriv',
      ['--reuid=65534', '--regid=65534', '--clear-groups', join(root, 'node_modules/.bin/tsx'), '-e', script],
      { cwd: root, env: { ...process.env, HOME: tmpdir() }, encoding: 'utf8' },
    )
    return JSON.parse(output) as { status?: unknown; save?: unknown; refused?: unknown }
  }

  it('opens a file it may not write read-only, and refuses to start in a folder it may not write', () => {
    createDb(join(directory, 'template.db')).close()
    copyFileSync(join(directory, 'template.db'), path)
    chmodSync(path, 0o644)
    // Anyone may create files in the folder (as in a shared folder), but nobody does not own the database.
    chmodSync(directory, 0o1777)
    expect(asNobody()).toEqual({
      status: { ok: true, value: { setUp: false, notices: [{ kind: 'readOnly', path }] } },
      save: { ok: false, error: { code: 'READ_ONLY', message: expect.stringContaining(path) as string } },
    })

    chmodSync(directory, 0o755)
    rmSync(`${path}-wal`, { force: true })
    rmSync(`${path}-shm`, { force: true })
    expect(asNobody()).toEqual({ refused: 'READ_ONLY' })
  })

  it('has the command line say so too, and refuse to seed', () => {
    createDb(path).close()
    chmodSync(path, 0o644)
    chmodSync(directory, 0o1777)
    const seed = spawnSync(
      'setpriv',
      [
        '--reuid=65534',
        '--regid=65534',
        '--clear-groups',
        join(root, 'node_modules/.bin/tsx'),
        'src/main/cli/main.ts',
      ].concat(['seed', '--db', path, '--orgs', '1', '--lang', 'en']),
      { cwd: root, env: { ...process.env, HOME: tmpdir() }, encoding: 'utf8' },
    )
    expect(seed.status).toBe(1)
    expect(seed.stderr).toBe(
      [
        `lokadaya: Read-only: this user account may not change the database ${path}. You can look at and export the data, but changes will not be saved. Ask whoever manages this computer for permission to write that file, then open Lokadaya Hub again.`,
        `lokadaya: The change was not saved: this user account may only read the database ${path}. Ask whoever manages this computer for permission to write that file, then open Lokadaya Hub again.`,
        '',
      ].join('\n'),
    )
  })
})

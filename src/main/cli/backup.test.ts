import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openKey } from '../backup/key-envelope'
import { backupPassphrase, PASSPHRASE_VARIABLE } from './passphrase'
import { cli } from './testing'

let directory: string
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'lokadaya-cli-backup-'))
})
afterEach(() => {
  vi.unstubAllEnvs()
  rmSync(directory, { recursive: true, force: true })
})

const path = (name: string) => join(directory, name)

async function hub() {
  const init = await cli('init', '--db', path('jatim.db'), '--role', 'hub', '--province', '35', '--name', 'Forum OMS')
  expect(init.code).toBe(0)
  expect((await cli('seed', '--db', path('jatim.db'), '--orgs', '20', '--people', '40')).code).toBe(0)
}

describe('lokadaya backup', () => {
  it('writes the backup with its progress, and refuses to write it again over itself', async () => {
    await hub()
    const made = await cli('backup', '--db', path('jatim.db'), '--out', path('cadangan.lokadaya-backup'))
    expect(made.code).toBe(0)
    expect(made.stdout).toMatch(
      /^Backup written: .*cadangan\.lokadaya-backup \([\d.]+ bytes, 0 attachment\(s\), without the signing key\)$/,
    )
    expect(made.stderr).toContain('100%')
    const copy = new Database(path('cadangan.lokadaya-backup'), { readonly: true })
    expect(copy.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(20)
    copy.close()
    const again = await cli(
      'backup',
      '--db',
      path('jatim.db'),
      '--out',
      path('cadangan.lokadaya-backup'),
      '--lang',
      'en',
    )
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('already exists')
  })

  it('seals the key under the passphrase from the environment, and refuses without one', async () => {
    await hub()
    const out = path('dengan-kunci.lokadaya-backup')
    const none = await cli('backup', '--db', path('jatim.db'), '--out', out, '--with-key')
    expect(none.code).toBe(1)
    expect(none.stderr).toContain(PASSPHRASE_VARIABLE)
    vi.stubEnv(PASSPHRASE_VARIABLE, 'pendek')
    const short = await cli('backup', '--db', path('jatim.db'), '--out', out, '--with-key', '--lang', 'en')
    expect([short.code, short.stderr]).toEqual([1, expect.stringContaining('at least 10 characters')])
    vi.stubEnv(PASSPHRASE_VARIABLE, 'sawah hijau di kaki gunung')
    const sealed = await cli('backup', '--db', path('jatim.db'), '--out', out, '--with-key')
    expect(sealed.code).toBe(0)
    expect(sealed.stdout).toContain('signing key sealed')
    const copy = new Database(out, { readonly: true })
    const envelope = JSON.parse(copy.prepare('SELECT key FROM backup_info').pluck().get() as string) as unknown
    copy.close()
    const key = readFileSync(path('jatim.db.signing-key'), 'utf8')
    expect(await openKey(envelope, 'sawah hijau di kaki gunung')).toBe(key)
  })

  it('says how to call it', async () => {
    expect((await cli('backup', '--db', path('tidak-ada.db'), '--out', path('x'))).code).toBe(1)
    await hub()
    const missing = await cli('backup', '--db', path('jatim.db'))
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('backup needs --out FILE')])
  })
})

describe('the passphrase typed on a terminal', () => {
  const terminal = () => Object.assign(new PassThrough(), { isTTY: true, setRawMode: vi.fn() })

  it('is read twice without echo, a mistyped character rubbed out', async () => {
    const input = terminal()
    const output = new PassThrough()
    const asked = backupPassphrase({}, input, output)
    input.write('kopi tubruk X\u007f pagi\r')
    await new Promise((resolve) => setImmediate(resolve))
    input.write('kopi tubruk  pagi\r')
    expect(await asked).toBe('kopi tubruk  pagi')
    expect(String(output.read())).not.toContain('kopi')
    expect(input.setRawMode).toHaveBeenLastCalledWith(false)
  })

  it('refuses two that differ, and gives up on Ctrl-C', async () => {
    const input = terminal()
    const differ = backupPassphrase({}, input, new PassThrough())
    input.write('satu dua tiga empat\r')
    await new Promise((resolve) => setImmediate(resolve))
    input.write('satu dua tiga lima\r')
    await expect(differ).rejects.toThrow('the two passphrases differ')
    const cancelled = backupPassphrase({}, input, new PassThrough())
    input.write('\u0003')
    await expect(cancelled).rejects.toThrow('cancelled')
  })
})

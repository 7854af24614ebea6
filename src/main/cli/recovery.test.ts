import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PASSPHRASE_VARIABLE } from './passphrase'
import { cli } from './testing'

let directory: string
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'lokadaya-cli-recovery-'))
})
afterEach(() => {
  vi.unstubAllEnvs()
  rmSync(directory, { recursive: true, force: true })
})

const path = (name: string) => join(directory, name)

async function ok(...argv: string[]) {
  const result = await cli(...argv)
  expect(result.code, `${argv.join(' ')}\n${result.stderr}`).toBe(0)
  return result
}

/** The last line a command prints: a fingerprint or a digest. */
const lastLine = (result: { out: string[] }) => result.out.at(-1) as string

/** A province whose data reached the national instance, and the national key file. */
async function provinceAndNational() {
  await ok('init', '--db', path('jatim.db'), '--role', 'hub', '--province', '35', '--name', 'Forum OMS Jatim')
  await ok('init', '--db', path('nasional.db'), '--role', 'national', '--name', 'Sekretariat Nasional')
  await ok('seed', '--db', path('jatim.db'), '--orgs', '15', '--people', '30')
  const hubKey = await ok('key', 'export', '--db', path('jatim.db'), '--out', path('jatim.key'))
  await ok('trust', 'add', '--db', path('nasional.db'), '--key', path('jatim.key'), '--fingerprint', lastLine(hubKey))
  await ok('export', '--db', path('jatim.db'), '--out', path('1.lokadaya'))
  await ok('import', '--db', path('nasional.db'), path('1.lokadaya'))
  const keys = JSON.parse((await ok('trust', 'list', '--db', path('nasional.db'), '--json')).stdout) as {
    hubId: string
    status: string
  }[]
  const hubId = keys.find((key) => key.status === 'trusted')!.hubId
  const nationalKey = await ok('key', 'export', '--db', path('nasional.db'), '--out', path('nasional.key'))
  return { hubId, nationalFingerprint: lastLine(nationalKey) }
}

describe('lokadaya restore', () => {
  it('restores as a new instance the national instance accepts once it enrols the printed fingerprint', async () => {
    const { hubId } = await provinceAndNational()
    await ok('backup', '--db', path('jatim.db'), '--out', path('cadangan.lokadaya-backup'))
    const before = lastLine(await ok('digest', '--db', path('jatim.db'), '--hub', hubId))
    await ok('seed', '--db', path('jatim.db'), '--orgs', '3', '--seed', '2')

    const restored = await ok('restore', '--db', path('jatim.db'), '--from', path('cadangan.lokadaya-backup'))

    expect(restored.stdout).toContain('backed up first')
    expect(restored.stdout).toMatch(/Restored Forum OMS Jatim as of \d+ \w+ 20\d\d/)
    expect(lastLine(await ok('digest', '--db', path('jatim.db'), '--hub', hubId))).toBe(before)
    await ok('key', 'export', '--db', path('jatim.db'), '--out', path('jatim-baru.key'))
    await ok(
      'trust',
      'add',
      '--db',
      path('nasional.db'),
      '--key',
      path('jatim-baru.key'),
      '--fingerprint',
      lastLine(restored),
    )
    await ok('export', '--db', path('jatim.db'), '--out', path('2.lokadaya'))
    const imported = await ok('import', '--db', path('nasional.db'), path('2.lokadaya'))
    expect(imported.stdout).toMatch(/^accepted 2\.lokadaya/)
  })

  it('--with-key lets the old key vouch for the new one: the national instance takes it unasked', async () => {
    await provinceAndNational()
    vi.stubEnv(PASSPHRASE_VARIABLE, 'sawah hijau di kaki gunung')
    await ok('backup', '--db', path('jatim.db'), '--out', path('kunci.lokadaya-backup'), '--with-key')
    const restored = await ok(
      'restore',
      '--db',
      path('jatim.db'),
      '--from',
      path('kunci.lokadaya-backup'),
      '--with-key',
    )
    expect(restored.stdout).toContain('vouches for it in every bundle')
    await ok('export', '--db', path('jatim.db'), '--out', path('2.lokadaya'))
    const imported = await ok('import', '--db', path('nasional.db'), path('2.lokadaya'))
    expect(imported.stdout).toMatch(/^accepted 2\.lokadaya/)
  })

  it('refuses a file that is no backup (exit 1) and a call without --from (exit 2)', async () => {
    await provinceAndNational()
    writeFileSync(path('bukan.lokadaya-backup'), 'bukan cadangan')
    const refused = await cli(
      'restore',
      '--db',
      path('jatim.db'),
      '--from',
      path('bukan.lokadaya-backup'),
      '--lang',
      'en',
    )
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('is not a Lokadaya Hub backup')
    expect((await cli('restore', '--db', path('jatim.db'))).code).toBe(2)
  })
})

describe('rebuilding a hub from the national copy', () => {
  it('export --hub, then init --rebuild gives the national digest of the hub', async () => {
    const { hubId, nationalFingerprint } = await provinceAndNational()
    const exported = await ok(
      'export',
      '--db',
      path('nasional.db'),
      '--hub',
      hubId,
      '--out',
      path('pemulihan.lokadaya'),
    )
    expect(exported.stdout).toContain('the national copy of Forum OMS Jatim')

    const rebuilt = await ok(
      'init',
      '--db',
      path('baru.db'),
      '--rebuild',
      path('pemulihan.lokadaya'),
      '--national-key',
      path('nasional.key'),
      '--fingerprint',
      nationalFingerprint,
    )

    expect(rebuilt.stdout).toContain('Rebuilt Forum OMS Jatim from the national copy')
    const national = lastLine(await ok('digest', '--db', path('nasional.db'), '--hub', hubId))
    expect(lastLine(await ok('digest', '--db', path('baru.db'), '--hub', hubId))).toBe(national)
  })

  it('refuses a fingerprint that does not match (exit 1), and --rebuild with --role or without a key (exit 2)', async () => {
    const { hubId } = await provinceAndNational()
    await ok('export', '--db', path('nasional.db'), '--hub', hubId, '--out', path('pemulihan.lokadaya'))
    const rebuild = ['init', '--db', path('baru.db'), '--rebuild', path('pemulihan.lokadaya')]
    const wrong = await cli(...rebuild, '--national-key', path('nasional.key'), '--fingerprint', '1234', '--lang', 'en')
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toContain('fingerprint does not match')
    expect((await cli(...rebuild, '--fingerprint', '1234')).code).toBe(2)
    expect(
      (await cli(...rebuild, '--national-key', path('nasional.key'), '--fingerprint', '1', '--role', 'hub')).code,
    ).toBe(2)
  })
})

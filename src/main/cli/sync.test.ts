import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cli } from './testing'

let directory: string
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'lokadaya-cli-sync-'))
})
afterEach(() => rmSync(directory, { recursive: true, force: true }))

const path = (name: string) => join(directory, name)
const lastLine = (lines: string[]) => lines.join('\n').trim().split('\n').at(-1) as string

/** A Jawa Timur hub, a national instance, and the hub's key enrolled there. */
async function provinceAndNation() {
  await cli('init', '--db', path('jatim.db'), '--role', 'hub', '--province', '35', '--name', 'Forum OMS Jawa Timur')
  await cli('init', '--db', path('national.db'), '--role', 'national', '--name', 'Sekretariat Nasional')
  const keyExport = await cli('key', 'export', '--db', path('jatim.db'), '--out', path('jatim.key'))
  expect(keyExport.code).toBe(0)
  const fingerprint = lastLine(keyExport.out)
  expect(fingerprint).toMatch(/^\d{5}( \d{5}){5}$/)
  return { fingerprint }
}

describe('lokadaya sync commands', () => {
  it('enrols a key only with its fingerprint, spaces or not, and lists keys as JSON', async () => {
    const { fingerprint } = await provinceAndNation()
    const wrong = await cli(
      'trust',
      'add',
      '--db',
      path('national.db'),
      '--key',
      path('jatim.key'),
      '--fingerprint',
      '11111 11111 11111 11111 11111 11111',
    )
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toContain('Sidik jari tidak cocok')
    const listedBefore = JSON.parse(
      (await cli('trust', 'list', '--db', path('national.db'), '--json')).stdout,
    ) as unknown[]
    expect(listedBefore).toHaveLength(1)

    const added = await cli(
      'trust',
      'add',
      '--db',
      path('national.db'),
      '--key',
      path('jatim.key'),
      '--fingerprint',
      fingerprint.replace(/ /g, ''),
    )
    expect(added.code).toBe(0)
    const listed = JSON.parse((await cli('trust', 'list', '--db', path('national.db'), '--json')).stdout) as Record<
      string,
      unknown
    >[]
    const jatim = listed.find((key) => key.provinceCode === '35')
    expect(Object.keys(jatim ?? {}).sort()).toEqual(['fingerprint', 'hubId', 'keyId', 'name', 'provinceCode', 'status'])
    expect(jatim).toMatchObject({ name: 'Forum OMS Jawa Timur', fingerprint, status: 'trusted' })

    const revoked = await cli('trust', 'revoke', '--db', path('national.db'), '--key-id', jatim?.keyId as string)
    expect(revoked.code).toBe(0)
    expect(JSON.parse((await cli('trust', 'list', '--db', path('national.db'), '--json')).stdout)).toContainEqual(
      expect.objectContaining({ keyId: jatim?.keyId, status: 'revoked' }),
    )
  })

  it('exports, verifies, imports and acknowledges, with digests that agree and exit codes by outcome', async () => {
    const { fingerprint } = await provinceAndNation()
    await cli('trust', 'add', '--db', path('national.db'), '--key', path('jatim.key'), '--fingerprint', fingerprint)
    await cli('seed', '--db', path('jatim.db'), '--orgs', '5', '--people', '8')
    expect((await cli('export', '--db', path('jatim.db'), '--out', path('b1.lokadaya'))).code).toBe(0)

    const verified = await cli('verify', '--db', path('national.db'), path('b1.lokadaya'))
    expect(verified.code).toBe(0)
    expect(verified.stdout).toMatch(/^ok b1\.lokadaya from Forum OMS Jawa Timur \(35\) #1/)

    const bytes = readFileSync(path('b1.lokadaya'))
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] as number) ^ 1
    writeFileSync(path('tampered.lokadaya'), bytes)
    const imported = await cli(
      'import',
      '--db',
      path('national.db'),
      path('b1.lokadaya'),
      path('tampered.lokadaya'),
      path('b1.lokadaya'),
    )
    expect(imported.code).toBe(1)
    expect(imported.out).toHaveLength(3)
    expect(imported.out[0]).toMatch(/^accepted b1\.lokadaya .*#1: \d+ new, 0 updated, 0 unchanged, 0 deleted$/)
    expect(imported.out[1]).toMatch(/^refused tampered\.lokadaya/)
    expect(imported.out[2]).toMatch(/^duplicate b1\.lokadaya/)

    const hubId = (
      JSON.parse((await cli('trust', 'list', '--db', path('jatim.db'), '--json')).stdout) as { hubId: string }[]
    )[0]?.hubId as string
    const digestAt = async (db: string) => lastLine((await cli('digest', '--db', path(db), '--hub', hubId)).out)
    expect(await digestAt('national.db')).toMatch(/^[0-9a-f]{64}$/)
    expect(await digestAt('national.db')).toBe(await digestAt('jatim.db'))

    // The hub enrols the national key, imports the ack, and its next export carries only what is new.
    const nationalKey = await cli('key', 'export', '--db', path('national.db'), '--out', path('national.key'))
    await cli(
      'trust',
      'add',
      '--db',
      path('jatim.db'),
      '--key',
      path('national.key'),
      '--fingerprint',
      lastLine(nationalKey.out),
    )
    expect((await cli('ack', '--db', path('national.db'), '--hub', hubId, '--out', path('ack.lokadaya'))).code).toBe(0)
    expect((await cli('import', '--db', path('jatim.db'), path('ack.lokadaya'))).code).toBe(0)
    const next = await cli('export', '--db', path('jatim.db'), '--out', path('b2.lokadaya'), '--json')
    expect(JSON.parse(next.stdout)).toMatchObject({ sequence: 2, coversFrom: 1, tables: {} })
    expect((await cli('import', '--db', path('national.db'), path('b2.lokadaya'))).code).toBe(0)
  })

  it('answers usage mistakes with exit code 2', async () => {
    await provinceAndNation()
    expect((await cli('import', '--db', path('national.db'))).code).toBe(2)
    expect((await cli('trust', 'frobnicate', '--db', path('national.db'))).code).toBe(2)
    expect((await cli('export', '--db', path('jatim.db'))).code).toBe(2)
  })
})

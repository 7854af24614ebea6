import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fingerprint } from '../hub/keys'
import { organisations } from '../members/schema'
import { writeAck } from './ack'
import { ownKey } from './keys'
import {
  addOrganisation,
  addPerson,
  exportFrom,
  importInto,
  keyFileOf,
  newInstance,
  trust,
  type Instance,
} from './testing'
import { syncWrite } from './write'

/**
 * docs/bundle-format.md promises that a bundle can be checked without this app. This test holds
 * it to that: it runs the document's recipe, taken from the document itself, so the two cannot
 * drift apart, on bundles the app wrote.
 */
const document = readFileSync(join(__dirname, '../../../docs/bundle-format.md'), 'utf8')
const recipe = /<!-- check-bundle:[^\n]*-->\n\n```bash\n([\s\S]*?)\n```/.exec(document)?.[1]

const opensslVersion = spawnSync('openssl', ['version'], { encoding: 'utf8' })
const opensslMajor = Number(/OpenSSL (\d+)\./.exec(opensslVersion.stdout ?? '')?.[1] ?? 0)
const missing =
  opensslVersion.status !== 0
    ? 'openssl is not installed'
    : opensslMajor < 3
      ? `${opensslVersion.stdout.trim()} cannot verify Ed25519 with -rawin (3.0 or later needed)`
      : null

interface Checked {
  status: number | null
  stdout: string
  stderr: string
  folder: string
}

async function keyFile(instance: Instance): Promise<string> {
  const path = join(instance.directory, `${instance.name}.key`)
  writeFileSync(path, await keyFileOf(instance))
  return path
}

function check(instance: Instance, files: { bundle: string; keyFile: string; previous?: string }): Checked {
  const folder = mkdtempSync(join(instance.directory, 'check-'))
  const { status, stdout, stderr } = spawnSync('bash', ['-c', recipe as string], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, BUNDLE: files.bundle, KEYFILE: files.keyFile, PREVIOUS: files.previous ?? '' },
  })
  return { status, stdout, stderr, folder }
}

/** A copy of the bundle with one bit of one byte changed. */
function tampered(bundle: string, offset: (bytes: Buffer) => number): string {
  const bytes = readFileSync(bundle)
  const at = offset(bytes)
  bytes[at] = (bytes[at] as number) ^ 0x01
  const path = `${bundle}.tampered-${at}.lokadaya`
  writeFileSync(path, bytes)
  return path
}

it('the document holds the recipe the tests run', () => {
  expect(recipe).toContain('openssl pkeyutl -verify -pubin -inkey sender.pem -rawin')
})

// Each check starts a dozen processes (openssl, node, coreutils): seconds on a busy machine.
describe.skipIf(missing !== null)(
  `the recipe of docs/bundle-format.md${missing ? ` (skipped: ${missing})` : ''}`,
  { timeout: 90_000 },
  () => {
    it('verifies real bundles as the app wrote them: changes, an ack, and the next bundle in the chain', async () => {
      const jatim = await newInstance('Forum OMS Jawa Timur', '35')
      const national = await newInstance('Sekretariat Nasional', null)
      await trust(national, jatim)
      await trust(jatim, national)
      const organisation = addOrganisation(jatim, 'Yayasan Bina Desa', '35.19')
      addOrganisation(jatim, 'Perkumpulan Tani Makmur', '35.07')
      addPerson(jatim, organisation, { name: 'Siti Rahayu', phone: '+6281234567890', consent: true })
      addPerson(jatim, organisation, { name: 'Budi Santoso', phone: '+6281298765432' })
      const jatimKey = await keyFile(jatim)
      const first = await exportFrom(jatim)

      const checked = check(jatim, { bundle: first, keyFile: jatimKey })
      expect(checked.stderr).not.toContain('NOT OK')
      expect(checked.status).toBe(0)
      const key = ownKey(jatim.database, jatim.identity)
      expect(checked.stdout).toContain(`key id: ${key.keyId}\nfingerprint: ${fingerprint(key.publicKey)}\n`)
      expect(checked.stdout).toContain(
        'rows: {"hubs":1,"organisations":2,"membership_changes":2,"people":2,"affiliations":2,"consent_records":3}',
      )
      expect(checked.stdout).toMatch(/OK: changes bundle 1 of key [0-9a-f]{32} \(covers from 0\)/)
      const payload = readFileSync(join(checked.folder, 'payload.ndjson'), 'utf8')
      expect(payload).toContain('+6281234567890')
      expect(payload).not.toContain('+6281298765432')
      expect(importInto(national, first).outcome).toBe('accepted')

      const ack = join(national.directory, 'ack.lokadaya')
      await writeAck(national.database, national.keyStore, jatim.identity.hubId, ack, '0.0.0-test')
      const ackChecked = check(national, { bundle: ack, keyFile: await keyFile(national) })
      expect(ackChecked.status).toBe(0)
      expect(ackChecked.stdout).toContain('OK: ack bundle 0')
      expect(importInto(jatim, ack).outcome).toBe('accepted')

      jatim.clock.now += 60_000
      syncWrite(jatim.database, (writer) => writer.update(organisations, organisation, { acronym: 'YBD' }))
      const second = await exportFrom(jatim)
      const chained = check(jatim, { bundle: second, keyFile: jatimKey, previous: first })
      expect(chained.status).toBe(0)
      expect(chained.stdout).toMatch(
        /rows: \{"organisations":1\}\nOK: changes bundle 2 of key [0-9a-f]{32} \(covers from 1\)/,
      )
      expect(check(jatim, { bundle: second, keyFile: jatimKey, previous: ack }).stderr).toContain(
        'NOT OK: the previous bundle is not the one this bundle names',
      )
    })

    it('fails where the app refuses: one byte changed in the manifest or the payload, or another key', async () => {
      const jatim = await newInstance('Forum OMS Jawa Timur', '35')
      const bali = await newInstance('Forum OMS Bali', '51')
      const national = await newInstance('Sekretariat Nasional', null)
      await trust(national, jatim)
      addOrganisation(jatim, 'Yayasan Bina Desa', '35.19')
      const bundle = await exportFrom(jatim)
      const jatimKey = await keyFile(jatim)

      // A digit of createdAt: the manifest stays valid canonical JSON, only the signature tells.
      const inManifest = tampered(bundle, (bytes) => bytes.indexOf('"createdAt":"2026') + 16)
      const manifestChanged = check(jatim, { bundle: inManifest, keyFile: jatimKey })
      expect(manifestChanged.status).toBe(1)
      expect(manifestChanged.stdout).toContain('Signature Verification Failure')
      expect(manifestChanged.stderr).toContain('NOT OK: the bundle signature does not verify with this key')
      expect(importInto(national, inManifest).reason?.key).toBe('sync.refused.badSignature')

      const inPayload = tampered(bundle, (bytes) => bytes.length - 30)
      const payloadChanged = check(jatim, { bundle: inPayload, keyFile: jatimKey })
      expect(payloadChanged.status).toBe(1)
      expect(payloadChanged.stderr).toContain('NOT OK: payload sha256 differs')
      expect(importInto(national, inPayload).reason?.key).toBe('sync.refused.payloadHash')

      const otherKey = check(jatim, { bundle, keyFile: await keyFile(bali) })
      expect(otherKey.status).toBe(1)
      expect(otherKey.stderr).toContain('NOT OK: the bundle signature does not verify with this key')

      expect(check(jatim, { bundle, keyFile: jatimKey }).status).toBe(0)
    })
  },
)

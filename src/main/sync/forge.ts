import { createHash } from 'node:crypto'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { eq } from 'drizzle-orm'
import { onTestFinished } from 'vitest'
import { createDb } from '../db'
import { signBytes } from '../hub/keys'
import { createFileKeyStore, signingKeyFileFor } from '../hub/keystore'
import { loadSigningKey } from '../hub/service'
import { canonicalJson, header, HEADER_LENGTH, SIGNATURE_LENGTH, signedMessage, type Manifest } from './bundle/format'
import { manifestFor } from './export'
import { recordBundle } from './history'
import { ownKey } from './keys'
import { syncKeys } from './schema'
import type { Instance } from './testing'

/**
 * Test-only: bundles as an attacker (or a broken sender) would make them, signed by a real key so
 * that the check under test, not the signature, is what refuses them.
 */

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

export interface BundleParts {
  manifest: Manifest
  /** Header, manifest and signature: everything before the payload. */
  signedPart: Buffer
  payload: Buffer
}

export function bundleParts(path: string): BundleParts {
  const bytes = readFileSync(path)
  const payloadOffset = HEADER_LENGTH + bytes.readUInt32BE(9) + SIGNATURE_LENGTH
  const manifestText = bytes.subarray(HEADER_LENGTH, payloadOffset - SIGNATURE_LENGTH).toString('utf8')
  return {
    manifest: JSON.parse(manifestText) as Manifest,
    signedPart: bytes.subarray(0, payloadOffset),
    payload: bytes.subarray(payloadOffset),
  }
}

/** A bundle's NDJSON lines, to be changed and forged into another bundle. */
export const linesOf = (path: string): string[] =>
  gunzipSync(bundleParts(path).payload).toString('utf8').split('\n').filter(Boolean)

export interface ForgeOptions {
  /** Changes the honest manifest before it is signed. */
  edit?: (manifest: Manifest) => void
  /** How the manifest becomes bytes; RFC 8785 canonical JSON unless given. */
  serialise?: (manifest: Manifest) => string
  /** Compressed payload to carry instead of the lines' (sizes still counted from the lines). */
  payload?: Buffer
  /** gzip level of the lines; 0 stores them, so equal lengths give equal compressed sizes. */
  level?: number
}

let forged = 0

/**
 * Signs `lines` with `sender`'s real key under an honest manifest (its key's next sequence), which
 * `options` may then falsify. The sender records the bundle as exported, as a real export would,
 * so its later exports chain on from it.
 */
export async function forge(sender: Instance, lines: string[], options: ForgeOptions = {}): Promise<string> {
  const { database, identity } = sender
  const privateKeyPem = await loadSigningKey(database, sender.keyStore)
  const key = ownKey(database, identity)
  const text = Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8')
  const payload = options.payload ?? gzipSync(text, { level: options.level ?? 6 })
  const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
  const tables: Record<string, number> = {}
  for (const { table } of parsed) if (typeof table === 'string') tables[table] = (tables[table] ?? 0) + 1
  const manifest = manifestFor(database, identity, key, {
    sequence: key.lastSequence + 1,
    coversFrom: 0,
    appVersion: '0.0.0-test',
    payload: {
      sha256: sha256(payload),
      compressedSize: payload.length,
      uncompressedSize: text.length,
      lines: lines.length,
    },
    tables,
    nextKey: null,
  })
  manifest.attachments = parsed.filter((line) => 'attachment' in line).length
  options.edit?.(manifest)
  const manifestBytes = Buffer.from((options.serialise ?? canonicalJson)(manifest), 'utf8')
  const signed = Buffer.concat([header(manifestBytes.length), manifestBytes])
  const file = Buffer.concat([signed, signBytes(privateKeyPem, signedMessage(signed)), payload])
  const path = join(sender.directory, `forged-${++forged}.lokadaya`)
  writeFileSync(path, file)
  database.orm.update(syncKeys).set({ lastSequence: manifest.sequence }).where(eq(syncKeys.keyId, key.keyId)).run()
  recordBundle(database, {
    direction: 'out',
    kind: manifest.kind,
    outcome: 'exported',
    bundleId: manifest.bundleId,
    keyId: key.keyId,
    hubId: identity.hubId,
    provinceCode: identity.provinceCode,
    sequence: manifest.sequence,
    coversFrom: manifest.coversFrom,
    fileSha256: sha256(file),
    previousSha256: manifest.previousBundleSha256,
    createdAt: manifest.createdAt,
    fileName: basename(path),
  })
  return path
}

/**
 * A copy of `original` on a second PC: its database copied as it stands (VACUUM INTO) and its key
 * file beside it, so both sign as the same instance with the same sequence counter.
 */
export function cloneInstance(original: Instance, name: string): Instance {
  const directory = mkdtempSync(join(tmpdir(), 'lokadaya-clone-'))
  onTestFinished(() => rmSync(directory, { recursive: true, force: true }))
  const path = join(directory, 'hub.db')
  original.database.sqlite.prepare('VACUUM INTO ?').run(path)
  copyFileSync(original.keyStore.location, signingKeyFileFor(path))
  const clock = { now: original.clock.now }
  const database = createDb(path, { clock: () => clock.now })
  onTestFinished(() => database.close())
  const keyStore = createFileKeyStore(signingKeyFileFor(path))
  return { name, database, keyStore, identity: original.identity, directory, clock }
}

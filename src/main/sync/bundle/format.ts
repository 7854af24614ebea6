import canonicalize from 'canonicalize'
import { z } from 'zod'
import type { AppDatabase } from '../../db'

/**
 * The `.lokadaya` bundle file, byte by byte (docs/bundle-format.md says the same for people
 * checking a bundle without this app):
 *
 *   0   8 bytes  magic "LOKADAYA"
 *   8   1 byte   format version (1)
 *   9   4 bytes  manifest length M, unsigned big-endian, 2 … 65 536
 *   13  M bytes  manifest: RFC 8785 canonical JSON, UTF-8
 *   13+M 64 bytes Ed25519 signature of SIGNATURE_CONTEXT followed by bytes 0 … 13+M-1
 *   77+M …       payload: gzip (one or more members) of NDJSON, exactly payload.compressedSize
 *                bytes to the end of the file, its SHA-256 in the manifest
 *
 * The signature covers the header and manifest; the manifest covers the payload by its hash and
 * sizes; so changing any byte of the file is detected.
 */
export const MAGIC = Buffer.from('LOKADAYA', 'ascii')
export const FORMAT_VERSION = 1
export const HEADER_LENGTH = 13
export const SIGNATURE_LENGTH = 64
export const MAX_MANIFEST_LENGTH = 65_536
/** Domain separation: a signature made for a bundle can never pass as one for anything else. */
export const SIGNATURE_CONTEXT = Buffer.from('Lokadaya Hub bundle signature v1\n', 'ascii')
/** Domain separation for a key vouching for its successor: never valid as a bundle signature. */
export const ENDORSEMENT_CONTEXT = Buffer.from('Lokadaya Hub key endorsement v1\n', 'ascii')

/** Bounds no honest bundle comes near; a bundle beyond them is refused before it is read. */
export const limits = {
  /** 4 GiB of NDJSON: a national bundle is tens of MB compressed. */
  uncompressedSize: 4 * 1024 ** 3,
  /** One line: a row, or an attachment of up to 16 MiB in base64. */
  lineLength: 24 * 1024 ** 2,
  rows: 20_000_000,
  attachmentSize: 16 * 1024 ** 2,
  /** A text field: generous for notes, far below what would hurt. */
  textLength: 20_000,
}

const hex = (length: number) => z.string().regex(new RegExp(`^[0-9a-f]{${length}}$`))
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)

export const manifestSchema = z.strictObject({
  format: z.literal('lokadaya-bundle'),
  formatVersion: z.literal(FORMAT_VERSION),
  kind: z.enum(['changes', 'ack', 'rebuild']),
  bundleId: z.uuid(),
  keyId: hex(32),
  hubId: z.uuid(),
  instanceId: hex(16),
  role: z.enum(['hub', 'national']),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullable(),
  /** Per key, from 1, never reused; acks carry 0 (they replace each other, and gaps mean nothing). */
  sequence: count,
  /** SHA-256 of the whole file of this key's previous bundle; null for its first. */
  previousBundleSha256: hex(64).nullable(),
  /** The bundle carries every change after this sequence of its key (0: everything). */
  coversFrom: count,
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().max(64),
  createdAt: z.iso.datetime(),
  /** Acks: the hub acknowledged. */
  ackFor: z.uuid().nullable(),
  /** Rotation: the key that signs this instance's bundles after this one. */
  nextKey: z.strictObject({ keyId: hex(32), publicKey: z.base64().length(44) }).nullable(),
  /**
   * A restored or rebuilt instance's keys: the keys of its hub that it takes over from, which sign
   * nothing more. Absent in bundles of instances that never were restored (older bundles too).
   */
  replaces: z.array(hex(32)).min(1).max(64).optional(),
  /**
   * A restored instance whose backup carried the old key: the old key (`by`, one of `replaces`)
   * vouches for the new one, so receivers that trust the old key take the new one without a
   * fingerprint call. The signature is over ENDORSEMENT_CONTEXT and the canonical JSON of
   * {hubId, instanceId, keyId, publicKey, role} of the new key.
   */
  endorsement: z
    .strictObject({ by: hex(32), publicKey: z.base64().length(44), signature: z.base64().length(88) })
    .optional(),
  /** Rebuild bundles: the hub whose rows the national instance sends back to a new instance of it. */
  rebuildOf: z.uuid().optional(),
  payload: z.strictObject({
    sha256: hex(64),
    compressedSize: count,
    uncompressedSize: count.max(limits.uncompressedSize),
    lines: count.max(limits.rows),
  }),
  rows: z.record(z.string().max(64), count),
  attachments: count,
})
export type Manifest = z.infer<typeof manifestSchema>

/** The schema version bundles are written in: the number of migrations the database has applied. */
export const schemaVersionOf = (database: AppDatabase): number =>
  database.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number

export const canonicalJson = (value: unknown): string => {
  const text = canonicalize(value)
  if (text === undefined) throw new Error('not representable as canonical JSON')
  return text
}

export function header(manifestLength: number): Buffer {
  const bytes = Buffer.alloc(HEADER_LENGTH)
  MAGIC.copy(bytes, 0)
  bytes.writeUInt8(FORMAT_VERSION, 8)
  bytes.writeUInt32BE(manifestLength, 9)
  return bytes
}

export const signedMessage = (headerAndManifest: Buffer): Buffer =>
  Buffer.concat([SIGNATURE_CONTEXT, headerAndManifest])

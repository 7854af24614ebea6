import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto'
import { promisify } from 'node:util'
import { z } from 'zod'
import { MIN_PASSPHRASE_LENGTH } from '../../shared/backup'
import { AppError } from '../../shared/errors'

const derive = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  length: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>

/**
 * The signing key as a backup carries it: sealed with AES-256-GCM under a key derived from the
 * user's passphrase by scrypt (both Node's own, from OpenSSL). The parameters travel with it, so
 * a later version may raise them and still open older backups.
 */
const envelope = z.object({
  format: z.literal('lokadaya-key/1'),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 14)
      .max(2 ** 20),
    r: z.number().int().min(8).max(32),
    p: z.number().int().min(1).max(4),
    salt: z.base64(),
  }),
  cipher: z.literal('aes-256-gcm'),
  iv: z.base64(),
  tag: z.base64(),
  sealed: z.base64(),
})
export type KeyEnvelope = z.infer<typeof envelope>

/** 2^17 takes a few hundred milliseconds on an office PC: cheap once, dear for a guesser. */
const COST = { N: 2 ** 17, r: 8, p: 1 }
export { MIN_PASSPHRASE_LENGTH }

const keyFrom = ({ N, r, p, salt }: KeyEnvelope['kdf'], passphrase: string) =>
  derive(passphrase.normalize('NFC'), Buffer.from(salt, 'base64'), 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 })

/** The additional data binds the sealed key to the envelope's format, so no part is swapped. */
const AAD = Buffer.from('lokadaya-key/1')

export async function sealKey(privateKeyPem: string, passphrase: string): Promise<KeyEnvelope> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH)
    throw new AppError('VALIDATION', { key: 'backup.passphraseShort', params: { min: MIN_PASSPHRASE_LENGTH } })
  const kdf = { name: 'scrypt' as const, ...COST, salt: randomBytes(16).toString('base64') }
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', await keyFrom(kdf, passphrase), iv).setAAD(AAD)
  const sealed = Buffer.concat([cipher.update(privateKeyPem, 'utf8'), cipher.final()])
  return {
    format: 'lokadaya-key/1',
    kdf,
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    sealed: sealed.toString('base64'),
  }
}

/** The key, or a refusal that cannot tell a wrong passphrase from a damaged envelope: neither opens. */
export async function openKey(stored: unknown, passphrase: string): Promise<string> {
  const parsed = envelope.safeParse(stored)
  if (!parsed.success) throw new AppError('VALIDATION', { key: 'backup.keyDamaged' })
  const { kdf, iv, tag, sealed } = parsed.data
  const decipher = createDecipheriv('aes-256-gcm', await keyFrom(kdf, passphrase), Buffer.from(iv, 'base64'))
  const authTag = Buffer.from(tag, 'base64')
  // GCM accepts shorter tags unless told otherwise; only the full 16 bytes are ever written.
  if (authTag.length !== 16) throw new AppError('VALIDATION', { key: 'backup.keyDamaged' })
  decipher.setAAD(AAD).setAuthTag(authTag)
  try {
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64')), decipher.final()]).toString('utf8')
  } catch {
    throw new AppError('VALIDATION', { key: 'backup.passphraseWrong' })
  }
}

import { createPublicKey } from 'node:crypto'
import { z } from 'zod'
import { signBytes, verifyBytes } from '../hub/keys'
import { canonicalJson } from './bundle/format'
import { keyIdOf, type SyncKey } from './keys'

/**
 * A public key file, as one instance hands it to another: a title line, the key's description as
 * canonical JSON signed by the key itself (so nobody can pass this key off as another hub's), and
 * the key in PEM, which `openssl` reads as it is.
 */
export const KEY_FILE_TITLE = 'Lokadaya Hub public key'
const CONTEXT = Buffer.from('Lokadaya Hub key description v1\n', 'ascii')

const descriptionSchema = z.strictObject({
  keyId: z.string().regex(/^[0-9a-f]{32}$/),
  hubId: z.uuid(),
  instanceId: z.string().regex(/^[0-9a-f]{16}$/),
  role: z.enum(['hub', 'national']),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullable(),
  name: z.string().min(1).max(200),
})
export type KeyDescription = z.infer<typeof descriptionSchema> & { publicKey: string }

const SPKI_HEADER = Buffer.from('302a300506032b6570032100', 'hex')

export function publicKeyPem(publicKey: string): string {
  const der = Buffer.concat([SPKI_HEADER, Buffer.from(publicKey, 'base64')])
  return createPublicKey({ key: der, format: 'der', type: 'spki' }).export({ format: 'pem', type: 'spki' }).toString()
}

export function keyFileText(key: SyncKey, privateKeyPem: string): string {
  const description = canonicalJson({
    keyId: key.keyId,
    hubId: key.hubId,
    instanceId: key.instanceId,
    role: key.role,
    provinceCode: key.provinceCode,
    name: key.name,
  })
  const signature = signBytes(privateKeyPem, Buffer.concat([CONTEXT, Buffer.from(description, 'utf8')]))
  return `${KEY_FILE_TITLE}\n${description}\nsignature: ${signature.toString('base64')}\n${publicKeyPem(key.publicKey)}`
}

/** Reads a key file, or says in one phrase what is wrong with it. */
export function parseKeyFile(text: string): KeyDescription | { problem: string } {
  const lines = text.replace(/\r\n/g, '\n').split('\n')
  if (lines[0] !== KEY_FILE_TITLE) return { problem: 'not a Lokadaya Hub public key file' }
  const description = lines[1] ?? ''
  const signatureLine = /^signature: ([A-Za-z0-9+/=]{88})$/.exec(lines[2] ?? '')
  if (!signatureLine) return { problem: 'the key file has no signature line' }
  let publicKey: string
  try {
    const der = createPublicKey(lines.slice(3).join('\n')).export({ format: 'der', type: 'spki' })
    if (der.length !== 44 || !der.subarray(0, 12).equals(SPKI_HEADER)) return { problem: 'not an Ed25519 key' }
    publicKey = der.subarray(12).toString('base64')
  } catch {
    return { problem: 'the key in the file is damaged' }
  }
  let parsed: z.infer<typeof descriptionSchema>
  try {
    parsed = descriptionSchema.parse(JSON.parse(description))
  } catch {
    return { problem: 'the key description is damaged' }
  }
  if (canonicalJson(parsed) !== description) return { problem: 'the key description is damaged' }
  const signed = Buffer.concat([CONTEXT, Buffer.from(description, 'utf8')])
  if (!verifyBytes(publicKey, signed, Buffer.from(signatureLine[1] as string, 'base64')))
    return { problem: 'the key description was altered' }
  if (keyIdOf(publicKey) !== parsed.keyId) return { problem: 'the key id does not match the key' }
  return { ...parsed, publicKey }
}

import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto'

export interface HubKeyPair {
  /** PKCS#8 PEM: what the key store keeps, encrypted where the platform allows. */
  privateKeyPem: string
  /** Raw 32-byte Ed25519 public key, base64: what other instances register. */
  publicKey: string
}

export function generateHubKeyPair(): HubKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  return {
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicKey: rawPublicKey(publicKey.export({ format: 'der', type: 'spki' })),
  }
}

/** The public key that belongs to a stored private key, to check the key store against the DB. */
export function publicKeyOf(privateKeyPem: string): string {
  return rawPublicKey(createPublicKey(createPrivateKey(privateKeyPem)).export({ format: 'der', type: 'spki' }))
}

// An Ed25519 SPKI DER is a fixed 12-byte header followed by the 32-byte key.
const SPKI_HEADER = Buffer.from('302a300506032b6570032100', 'hex')
function rawPublicKey(spkiDer: Buffer): string {
  return spkiDer.subarray(SPKI_HEADER.length).toString('base64')
}
function spkiFromRaw(publicKey: string): Buffer {
  return Buffer.concat([SPKI_HEADER, Buffer.from(publicKey, 'base64')])
}

export function signBytes(privateKeyPem: string, data: Uint8Array): Buffer {
  return sign(null, data, createPrivateKey(privateKeyPem))
}

export function verifyBytes(publicKey: string, data: Uint8Array, signature: Uint8Array): boolean {
  return verify(null, data, createPublicKey({ key: spkiFromRaw(publicKey), format: 'der', type: 'spki' }), signature)
}

/**
 * A fingerprint meant to be read aloud when a hub registers with the national team by phone:
 * 30 digits in six groups of five, as Signal does with safety numbers. Digits survive a bad line
 * and either language better than hex letters. Each group is 5 bytes of SHA-256 modulo 100000.
 */
export function fingerprint(publicKey: string): string {
  const digest = createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest()
  const groups: string[] = []
  for (let offset = 0; offset < 30; offset += 5)
    groups.push((digest.readUIntBE(offset, 5) % 100000).toString().padStart(5, '0'))
  return groups.join(' ')
}

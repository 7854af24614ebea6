import { describe, expect, it } from 'vitest'
import { fingerprint, generateHubKeyPair, publicKeyOf, signBytes, verifyBytes } from './keys'

describe('hub keys', () => {
  it('generates an Ed25519 pair whose raw public key is 32 bytes', () => {
    const keys = generateHubKeyPair()
    expect(Buffer.from(keys.publicKey, 'base64')).toHaveLength(32)
    expect(keys.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/)
    expect(publicKeyOf(keys.privateKeyPem)).toBe(keys.publicKey)
  })

  it('signs bytes that only the matching public key verifies, and only unaltered', () => {
    const alice = generateHubKeyPair()
    const mallory = generateHubKeyPair()
    const bundle = Buffer.from('bundle contents')
    const signature = signBytes(alice.privateKeyPem, bundle)
    expect(verifyBytes(alice.publicKey, bundle, signature)).toBe(true)
    expect(verifyBytes(mallory.publicKey, bundle, signature)).toBe(false)
    expect(verifyBytes(alice.publicKey, Buffer.from('bundle contentz'), signature)).toBe(false)
  })

  it('renders the fingerprint as six groups of five digits, stable for a key', () => {
    const { publicKey } = generateHubKeyPair()
    expect(fingerprint(publicKey)).toMatch(/^\d{5}( \d{5}){5}$/)
    expect(fingerprint(publicKey)).toBe(fingerprint(publicKey))
    // A vector computed independently (Python hashlib), so a change in the derivation (which would break registrations) is noticed.
    expect(fingerprint(Buffer.alloc(32).toString('base64'))).toBe('34584 15407 68110 72389 41680 02623')
    expect(fingerprint(generateHubKeyPair().publicKey)).not.toBe(fingerprint(publicKey))
  })
})

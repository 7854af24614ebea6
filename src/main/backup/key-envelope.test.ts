import { describe, expect, it } from 'vitest'
import { generateHubKeyPair } from '../hub/keys'
import { appErrorFrom } from '../testing/errors'
import { openKey, sealKey } from './key-envelope'

const passphrase = 'kopi tubruk pagi hari'

describe('the signing key in a backup', () => {
  it('opens with its passphrase, and holds the key nowhere in the clear', async () => {
    const { privateKeyPem } = generateHubKeyPair()
    const sealed = await sealKey(privateKeyPem, passphrase)
    const body = privateKeyPem.split('\n')[1]!
    expect(JSON.stringify(sealed)).not.toContain(body)
    expect(JSON.stringify(sealed)).not.toContain('PRIVATE KEY')
    expect(await openKey(JSON.parse(JSON.stringify(sealed)), passphrase)).toBe(privateKeyPem)
    // Salt and nonce are new each time: the same key sealed twice looks unrelated.
    const again = await sealKey(privateKeyPem, passphrase)
    expect([again.kdf.salt, again.iv, again.sealed]).not.toEqual([sealed.kdf.salt, sealed.iv, sealed.sealed])
  })

  it('refuses a wrong passphrase, a changed byte, and a short passphrase', async () => {
    const { privateKeyPem } = generateHubKeyPair()
    const sealed = await sealKey(privateKeyPem, passphrase)
    expect((await appErrorFrom(() => openKey(sealed, 'kopi tubruk sore hari'))).userMessage.key).toBe(
      'backup.passphraseWrong',
    )
    const bytes = Buffer.from(sealed.sealed, 'base64')
    bytes[7] = bytes[7]! ^ 1
    const tampered = { ...sealed, sealed: bytes.toString('base64') }
    expect((await appErrorFrom(() => openKey(tampered, passphrase))).userMessage.key).toBe('backup.passphraseWrong')
    const cut = { ...sealed, tag: Buffer.from(sealed.tag, 'base64').subarray(0, 8).toString('base64') }
    expect((await appErrorFrom(() => openKey(cut, passphrase))).userMessage.key).toBe('backup.keyDamaged')
    expect((await appErrorFrom(() => openKey({ format: 'other' }, passphrase))).userMessage.key).toBe(
      'backup.keyDamaged',
    )
    const short = await appErrorFrom(() => sealKey(privateKeyPem, 'pendek'))
    expect([short.code, short.userMessage.key, short.userMessage.params]).toEqual([
      'VALIDATION',
      'backup.passphraseShort',
      { min: 10 },
    ])
  })
})

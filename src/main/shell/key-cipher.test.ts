import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createFileKeyStore } from '../hub/keystore'
import { createKeyCipher } from './key-cipher'

const PEM = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n'

/** Stands in for safeStorage: a reversible transform that is visibly not the plain text. */
function fakeStorage({ available = true, backend = 'gnome_libsecret', version = 'v11' } = {}) {
  return {
    isAsyncEncryptionAvailable: async () => available,
    getSelectedStorageBackend: () => backend as 'basic_text',
    encryptStringAsync: async (plain: string) => Buffer.concat([Buffer.from(version), Buffer.from(plain).reverse()]),
    decryptStringAsync: async (sealed: Buffer) => {
      const sealedWith = sealed.subarray(0, 3).toString()
      if (!/^v1\d$/.test(sealedWith)) throw new Error('Error while decrypting the ciphertext')
      return { result: Buffer.from(sealed.subarray(3)).reverse().toString(), shouldReEncrypt: sealedWith !== version }
    },
  }
}

let directory: string | undefined
const keyFile = () => join((directory = mkdtempSync(join(tmpdir(), 'lokadaya-cipher-'))), 'hub.db.signing-key')
afterEach(() => directory && rmSync(directory, { recursive: true, force: true }))

describe('createKeyCipher with an OS keyring', () => {
  it('stores the key encrypted and reads it back', async () => {
    const file = keyFile()
    const store = createFileKeyStore(file, await createKeyCipher(fakeStorage(), 'win32'))
    await store.save(PEM)
    expect(readFileSync(file).toString('latin1')).not.toContain('PRIVATE KEY')
    expect(await store.load()).toBe(PEM)
    expect(store.protection).toBe('osKeyring')
  })

  it('reads a plain key file written by the CLI, then seals it', async () => {
    const file = keyFile()
    writeFileSync(file, PEM, { mode: 0o600 })
    expect(await createFileKeyStore(file, await createKeyCipher(fakeStorage(), 'linux')).load()).toBe(PEM)
    expect(readFileSync(file).toString('latin1')).not.toContain('PRIVATE KEY')
  })

  it('seals the key again when the keyring has rotated its key', async () => {
    const file = keyFile()
    await createFileKeyStore(file, await createKeyCipher(fakeStorage({ version: 'v10' }), 'win32')).save(PEM)
    const store = createFileKeyStore(file, await createKeyCipher(fakeStorage({ version: 'v11' }), 'win32'))
    expect(await store.load()).toBe(PEM)
    expect(readFileSync(file).subarray(0, 3).toString()).toBe('v11')
  })
})

describe('createKeyCipher without a usable keyring', () => {
  it.each([
    ['encryption is unavailable', fakeStorage({ available: false }), 'win32'],
    ["Linux's basic_text backend is selected", fakeStorage({ backend: 'basic_text' }), 'linux'],
  ] as const)('falls back to the 0600 file and says so when %s', async (_, storage, platform) => {
    const file = keyFile()
    const store = createFileKeyStore(file, await createKeyCipher(storage, platform))
    await store.save(PEM)
    expect(readFileSync(file, 'utf8')).toBe(PEM)
    expect(await store.load()).toBe(PEM)
    expect(store.protection).toBe('userFileNoKeyring')
  })

  it('refuses, rather than misreads, a key sealed by a keyring that is gone', async () => {
    const file = keyFile()
    await createFileKeyStore(file, await createKeyCipher(fakeStorage(), 'linux')).save(PEM)
    const store = createFileKeyStore(file, await createKeyCipher(fakeStorage({ backend: 'basic_text' }), 'linux'))
    await expect(store.load()).rejects.toThrow(/keyring that is not available/)
  })

  it('ignores the backend outside Linux, where there is no basic_text', async () => {
    const cipher = await createKeyCipher(fakeStorage({ backend: 'basic_text' }), 'win32')
    expect(cipher.protection).toBe('osKeyring')
  })
})

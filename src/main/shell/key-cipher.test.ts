import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createFileKeyStore } from '../hub/keystore'
import { createKeyCipher } from './key-cipher'

const PEM = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n'

/** Stands in for safeStorage: a reversible transform that is visibly not the plain text. */
function fakeStorage({ available = true, backend = 'gnome_libsecret' } = {}) {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend as 'basic_text',
    encryptString: (plain: string) => Buffer.concat([Buffer.from('v11'), Buffer.from(plain).reverse()]),
    decryptString: (sealed: Buffer) => {
      if (sealed.subarray(0, 3).toString() !== 'v11') throw new Error('Error while decrypting the ciphertext')
      return Buffer.from(sealed.subarray(3)).reverse().toString()
    },
  }
}

let directory: string | undefined
const keyFile = () => join((directory = mkdtempSync(join(tmpdir(), 'lokadaya-cipher-'))), 'hub.db.signing-key')
afterEach(() => directory && rmSync(directory, { recursive: true, force: true }))

describe('createKeyCipher with an OS keyring', () => {
  it('stores the key encrypted and reads it back', () => {
    const file = keyFile()
    const store = createFileKeyStore(file, createKeyCipher(fakeStorage(), 'win32'))
    store.save(PEM)
    expect(readFileSync(file).toString('latin1')).not.toContain('PRIVATE KEY')
    expect(store.load()).toBe(PEM)
    expect(store.describe()).toContain('encrypted with the operating system keyring')
  })

  it('still reads a plain key file written by the CLI', () => {
    const file = keyFile()
    writeFileSync(file, PEM, { mode: 0o600 })
    expect(createFileKeyStore(file, createKeyCipher(fakeStorage(), 'linux')).load()).toBe(PEM)
  })
})

describe('createKeyCipher without a usable keyring', () => {
  it.each([
    ['encryption is unavailable', fakeStorage({ available: false }), 'win32'],
    ["Linux's basic_text backend is selected", fakeStorage({ backend: 'basic_text' }), 'linux'],
  ] as const)('falls back to the 0600 file and says so when %s', (_, storage, platform) => {
    const file = keyFile()
    const store = createFileKeyStore(file, createKeyCipher(storage, platform))
    store.save(PEM)
    expect(readFileSync(file, 'utf8')).toBe(PEM)
    expect(store.load()).toBe(PEM)
    expect(store.describe()).toMatch(/mode 0600.*not encrypted: no operating system keyring is available/)
  })

  it('refuses, rather than misreads, a key sealed by a keyring that is gone', () => {
    const file = keyFile()
    createFileKeyStore(file, createKeyCipher(fakeStorage(), 'linux')).save(PEM)
    const store = createFileKeyStore(file, createKeyCipher(fakeStorage({ backend: 'basic_text' }), 'linux'))
    expect(() => store.load()).toThrow(/keyring that is not available/)
  })

  it('ignores the backend outside Linux, where there is no basic_text', () => {
    const cipher = createKeyCipher(fakeStorage({ backend: 'basic_text' }), 'win32')
    expect(cipher.name).toContain('encrypted with the operating system keyring')
  })
})

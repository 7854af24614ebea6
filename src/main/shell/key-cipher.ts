import type { SafeStorage } from 'electron'
import { plainCipher, type KeyCipher } from '../hub/keystore'

type KeyStorage = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptStringAsync' | 'decryptStringAsync'
>

// A key file written by the CLI (plain PEM) must stay readable once the app takes over.
const isPlainPem = (bytes: Buffer) => bytes.subarray(0, 11).toString('latin1') === '-----BEGIN '

/**
 * The hub key's protection at rest: the OS keyring through safeStorage (DPAPI on Windows,
 * libsecret/KWallet on Linux). Linux's basic_text backend uses a hard-coded password, which is no
 * protection at all, so it counts as unavailable. Must be created after the app is ready.
 */
export async function createKeyCipher(storage: KeyStorage, platform: NodeJS.Platform): Promise<KeyCipher> {
  const keyring =
    (await storage.isAsyncEncryptionAvailable()) &&
    !(platform === 'linux' && storage.getSelectedStorageBackend() === 'basic_text')
  if (!keyring)
    return {
      protection: 'userFileNoKeyring',
      encrypt: plainCipher.encrypt,
      async decrypt(sealed) {
        if (isPlainPem(sealed)) return plainCipher.decrypt(sealed)
        throw new Error('the key file is encrypted with an operating system keyring that is not available now')
      },
    }
  return {
    protection: 'osKeyring',
    encrypt: (plain) => storage.encryptStringAsync(plain),
    async decrypt(sealed) {
      // A plain file from the CLI is sealed on first read, so the key does not stay in the clear.
      if (isPlainPem(sealed)) return { plain: sealed.toString('utf8'), stale: true }
      const { result, shouldReEncrypt } = await storage.decryptStringAsync(sealed)
      return { plain: result, stale: shouldReEncrypt }
    },
  }
}

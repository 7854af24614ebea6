import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'

/**
 * Where the hub's private signing key lives. The database never holds it: a database copied to a
 * USB stick for support must not carry the key that signs the hub's bundles.
 */
export interface KeyStore {
  save(privateKeyPem: string): void
  load(): string | null
  remove(): void
  /** Where and how the key is kept, for the Settings screen. */
  describe(): string
}

/** How bytes are protected at rest: Electron's safeStorage in the app, nothing extra under Node. */
export interface KeyCipher {
  name: string
  encrypt(plain: string): Buffer
  decrypt(sealed: Buffer): string
}

export const plainCipher: KeyCipher = {
  name: 'file readable only by this user (mode 0600)',
  encrypt: (plain) => Buffer.from(plain, 'utf8'),
  decrypt: (sealed) => sealed.toString('utf8'),
}

export function createFileKeyStore(file: string, cipher: KeyCipher = plainCipher): KeyStore {
  return {
    save(privateKeyPem) {
      const temporary = `${file}.tmp`
      writeFileSync(temporary, cipher.encrypt(privateKeyPem), { mode: 0o600 })
      // writeFileSync's mode is ignored when the file already exists; make sure.
      chmodSync(temporary, 0o600)
      renameSync(temporary, file)
    },
    load() {
      return existsSync(file) ? cipher.decrypt(readFileSync(file)) : null
    },
    remove() {
      rmSync(file, { force: true })
    },
    describe() {
      return `${file} (${cipher.name})`
    },
  }
}

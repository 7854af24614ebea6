import { existsSync } from 'node:fs'
import { chmod, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { KeyProtection } from '../../shared/hub'

/**
 * Where the hub's private signing key lives. The database never holds it: a database copied to a
 * USB stick for support must not carry the key that signs the hub's bundles. Asynchronous because
 * the operating system keyring is (Electron's synchronous safeStorage is gone in Electron 46).
 */
export interface KeyStore {
  save(privateKeyPem: string): Promise<void>
  load(): Promise<string | null>
  remove(): Promise<void>
  /** Where and how the key is kept, for Settings, the CLI and error messages. */
  location: string
  protection: KeyProtection
}

/** How bytes are protected at rest: Electron's safeStorage in the app, nothing extra under Node. */
export interface KeyCipher {
  protection: KeyProtection
  encrypt(plain: string): Promise<Buffer>
  /** `stale`: readable, but sealed under an old or weaker key; the store seals it again. */
  decrypt(sealed: Buffer): Promise<{ plain: string; stale: boolean }>
}

export const plainCipher: KeyCipher = {
  protection: 'userFile',
  encrypt: async (plain) => Buffer.from(plain, 'utf8'),
  decrypt: async (sealed) => ({ plain: sealed.toString('utf8'), stale: false }),
}

/** The key sits next to the database it belongs to: `hub.db` → `hub.db.signing-key`. */
export const signingKeyFileFor = (databasePath: string): string => `${resolve(databasePath)}.signing-key`

export function createFileKeyStore(file: string, cipher: KeyCipher = plainCipher): KeyStore {
  const save = async (privateKeyPem: string) => {
    const temporary = `${file}.tmp`
    await writeFile(temporary, await cipher.encrypt(privateKeyPem), { mode: 0o600 })
    // writeFile's mode is ignored when the file already exists; make sure.
    await chmod(temporary, 0o600)
    await rename(temporary, file)
  }
  return {
    save,
    async load() {
      if (!existsSync(file)) return null
      const { plain, stale } = await cipher.decrypt(await readFile(file))
      if (stale) await save(plain)
      return plain
    },
    remove: () => rm(file, { force: true }),
    location: file,
    protection: cipher.protection,
  }
}

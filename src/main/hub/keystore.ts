import { randomUUID } from 'node:crypto'
import { existsSync, realpathSync } from 'node:fs'
import { chmod, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { KeyProtection } from '../../shared/hub'
import { backupFileFor, databaseFiles, restrictToOwner } from '../db/files'
import { lockFileFor } from '../db/lock'

/**
 * Where the hub's private signing key lives. The database never holds it: a database copied to a
 * USB stick for support must not carry the key that signs the hub's bundles. Asynchronous because
 * the operating system keyring is (Electron's synchronous safeStorage is gone in Electron 46).
 */
export interface KeyStore {
  /**
   * Stores a new key. A key already there is moved aside, never overwritten: it may be the one the
   * national team has registered. `undo` puts things back as they were.
   */
  save(privateKeyPem: string): Promise<{ undo(): Promise<void> }>
  load(): Promise<string | null>
  /**
   * A key set aside for a database not in place yet (a restore): it takes the current key's place
   * with `promoteStaged` once the database naming it is there, or is dropped if that never happens.
   */
  stage(privateKeyPem: string): Promise<void>
  loadStaged(): Promise<string | null>
  promoteStaged(): Promise<void>
  dropStaged(): Promise<void>
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

function realPath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return resolve(path)
  }
}

/**
 * Whether a path names one of the hub's own files (the database, the files SQLite keeps beside it,
 * the signing key, the pre-upgrade backup, the lock), however it is spelled: no export may write over them.
 */
export function isHubOwnFile(databasePath: string, target: string): boolean {
  const path = resolve(databasePath)
  const key = signingKeyFileFor(path)
  const own = [...databaseFiles(path), key, `${key}.staged`, backupFileFor(path), lockFileFor(path)].map(realPath)
  return own.includes(realPath(target))
}

export function createFileKeyStore(file: string, cipher: KeyCipher = plainCipher): KeyStore {
  const staged = `${file}.staged`
  /** Written under a name of its own, then renamed into place: readers never see half a key. */
  const writeAtomically = async (privateKeyPem: string, target = file) => {
    const temporary = `${file}.${randomUUID()}.tmp`
    try {
      await writeFile(temporary, await cipher.encrypt(privateKeyPem), { mode: 0o600, flag: 'wx' })
      await chmod(temporary, 0o600)
      await rename(temporary, target)
    } finally {
      await rm(temporary, { force: true })
    }
  }
  const readSealed = async (path: string) => {
    if (!existsSync(path)) return null
    // A key restored from a backup by hand may come back readable by every user of the PC.
    restrictToOwner(path)
    const { plain, stale } = await cipher.decrypt(await readFile(path))
    if (stale) await writeAtomically(plain, path)
    return plain
  }
  const store: KeyStore = {
    async save(privateKeyPem) {
      const previous = existsSync(file) ? `${file}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}` : null
      if (previous) await rename(file, previous)
      await writeAtomically(privateKeyPem)
      return {
        async undo() {
          if (previous) await rename(previous, file)
          else await rm(file, { force: true })
        },
      }
    },
    load: () => readSealed(file),
    stage: (privateKeyPem) => writeAtomically(privateKeyPem, staged),
    loadStaged: () => readSealed(staged),
    async promoteStaged() {
      const privateKeyPem = await readSealed(staged)
      if (privateKeyPem === null) return
      // The key in place first, the staged copy removed after: a crash between leaves both, never none.
      if ((await readSealed(file).catch(() => null)) !== privateKeyPem) await store.save(privateKeyPem)
      await rm(staged, { force: true })
    },
    dropStaged: () => rm(staged, { force: true }),
    location: file,
    protection: cipher.protection,
  }
  return store
}

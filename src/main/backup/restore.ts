import { randomUUID } from 'node:crypto'
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { attachmentFolder, writeAttachmentFile } from '../attachments/store'
import { createDb, type AppDatabase, type CreateDbOptions } from '../db'
import { backupFileFor, codeOf, createPrivateFile, databaseFiles } from '../db/files'
import { fingerprint, generateHubKeyPair, publicKeyOf } from '../hub/keys'
import type { KeyStore } from '../hub/keystore'
import { hubStatus, requireIdentity } from '../hub/service'
import { becomeNewInstance } from '../sync/instance'
import { keyIdOf } from '../sync/keys'
import { backUpToFolder } from './folder'
import { isRecoverable } from './recovery'
import { inspectBackup, type BackupSummary } from './inspect'
import { recordBackup } from './settings'
import { openKey } from './key-envelope'

export interface RestoreOptions {
  databasePath: string
  backupPath: string
  keyStore: KeyStore
  appVersion: string
  /** Where the state being replaced is backed up first: the hub's backup folder. */
  safetyFolder: string
  /** Opens the key the backup carries, so the old key vouches for the new one (see endorse.ts). */
  passphrase?: string
  databaseOptions?: CreateDbOptions
}

export interface RestoreReport {
  restored: BackupSummary
  /** The backup of what was replaced; null when there was no hub yet (a new PC). */
  safetyBackup: string | null
  /** A database that could not be opened, kept under this name instead of being backed up. */
  damagedCopy: string | null
  keyId: string
  fingerprint: string
  replacedKeyId: string
  /** The old key vouched for the new one: receivers take it without a fingerprint call. */
  endorsed: boolean
}

const RESTORING = '.restoring'

/**
 * Puts a backup in place of the hub database, as a new instance of the same hub (see
 * becomeNewInstance). Nothing is replaced until everything is ready: the backup is checked, the
 * current state backed up, and the restored copy built, upgraded and converted under a name of
 * its own, with its new key staged beside the current one. One rename then swaps the databases,
 * and the staged key takes its place. Killed at any moment, the database at `databasePath` is
 * either the old one or the restored one, whole, and `finishInterruptedRestore` at the next start
 * matches the key to it. The caller holds the database lock and has closed its own connection.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const { databasePath, keyStore } = options
  const restored = inspectBackup(options.backupPath, options.databaseOptions?.migrationsFolder)
  // Opened before anything is touched: a wrong passphrase changes nothing.
  const oldKey = options.passphrase === undefined ? undefined : await carriedKey(options.backupPath, options.passphrase)
  const { safetyBackup, damagedCopy } = await setCurrentAside(options, restored)
  const building = `${databasePath}.${randomUUID()}${RESTORING}`
  let committed = false
  try {
    const keys = generateHubKeyPair()
    let instance: ReturnType<typeof becomeNewInstance>
    try {
      createPrivateFile(building)
      copyFileSync(options.backupPath, building)
      const copy = createDb(building, options.databaseOptions)
      try {
        unpackAttachments(copy, attachmentFolder(databasePath))
        // The restored data is exactly this backup's, so it is this hub's last backup: the copy
        // still says "never backed up" (it was written before the backup was recorded) or names
        // an older one, and Beranda would warn about a hub that has a backup on the disk.
        const backupPath = options.backupPath
        recordBackup(copy.orm, {
          at: restored.madeAt,
          path: backupPath,
          file: basename(backupPath),
          bytes: statSync(backupPath).size,
        })
        instance = becomeNewInstance(copy, keys.publicKey, oldKey)
      } finally {
        copy.close()
      }
      flush(building)
      await keyStore.stage(keys.privateKeyPem)
    } catch (error) {
      if (error instanceof AppError) throw error
      throw new AppError('INTERNAL', { key: 'restore.failed', params: { detail: String(codeOf(error) ?? error) } })
    }
    if (existsSync(`${databasePath}-wal`))
      throw new AppError('VALIDATION', { key: 'restore.stillOpen', params: { path: databasePath } })
    rmSync(`${databasePath}-shm`, { force: true })
    renameSync(building, databasePath)
    committed = true
    flushFolder(dirname(databasePath))
    await keyStore.promoteStaged()
    return {
      restored,
      safetyBackup,
      damagedCopy,
      keyId: keyIdOf(keys.publicKey),
      fingerprint: fingerprint(keys.publicKey),
      replacedKeyId: instance.replaced,
      endorsed: instance.endorsed,
    }
  } finally {
    removeBuilding(building)
    // Once the restored database is in place its key is kept, staged if need be, for the next start.
    if (!committed) await keyStore.dropStaged()
  }
}

/** The signing key sealed in a backup, opened with its passphrase. */
async function carriedKey(backupPath: string, passphrase: string): Promise<string> {
  const backup = new Database(backupPath, { readonly: true, fileMustExist: true })
  let sealed: string | null
  try {
    sealed = backup.prepare('SELECT key FROM backup_info').pluck().get() as string | null
  } finally {
    backup.close()
  }
  if (sealed === null) throw new AppError('VALIDATION', { key: 'restore.noKey' })
  return openKey(JSON.parse(sealed), passphrase)
}

/**
 * Backs up the hub being replaced (refusing another hub's backup over it). A database too damaged
 * to open is copied aside as it is, journal included, and its journal then removed: replayed onto
 * the restored database it would corrupt it.
 */
async function setCurrentAside(
  options: RestoreOptions,
  restored: BackupSummary,
): Promise<{ safetyBackup: string | null; damagedCopy: string | null }> {
  const { databasePath } = options
  if (!existsSync(databasePath)) return { safetyBackup: null, damagedCopy: null }
  let current: AppDatabase
  try {
    current = createDb(databasePath, options.databaseOptions)
  } catch (error) {
    if (!isRecoverable(error)) throw error
    const damagedCopy = `${databasePath}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`
    for (const suffix of ['', '-wal'])
      if (existsSync(`${databasePath}${suffix}`)) copyFileSync(`${databasePath}${suffix}`, `${damagedCopy}${suffix}`)
    rmSync(`${databasePath}-wal`, { force: true })
    return { safetyBackup: null, damagedCopy }
  }
  try {
    if (!hubStatus(current).setUp) return { safetyBackup: null, damagedCopy: null }
    const identity = requireIdentity(current)
    if (identity.hubId !== restored.hubId)
      throw new AppError('VALIDATION', {
        key: 'restore.otherHub',
        params: { backupHub: restored.hubName, currentHub: identity.name },
      })
    const { made } = await backUpToFolder(current, options.safetyFolder, { appVersion: options.appVersion })
    return { safetyBackup: made.path, damagedCopy: null }
  } finally {
    current.close()
  }
}

function unpackAttachments(copy: AppDatabase, folder: string): void {
  const rows = copy.sqlite.prepare('SELECT bytes FROM backup_attachments').pluck().iterate() as IterableIterator<Buffer>
  for (const bytes of rows) writeAttachmentFile(folder, bytes)
  copy.sqlite.exec('DROP TABLE backup_info; DROP TABLE backup_attachments')
}

function flush(path: string): void {
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** The rename itself made durable; Windows has no directory handle to flush, and needs none. */
function flushFolder(folder: string): void {
  if (process.platform === 'win32') return
  flush(folder)
}

function removeBuilding(building: string): void {
  for (const file of [...databaseFiles(building), `${building}-journal`, backupFileFor(building)])
    rmSync(file, { force: true })
}

/**
 * Tidies up after a restore killed midway, before the database is opened: a half-built copy is
 * removed, and a staged key becomes the key if the database in place is the restored one that
 * names it (it is dropped otherwise, the old database being still there).
 */
export async function finishInterruptedRestore(databasePath: string, keyStore: KeyStore): Promise<void> {
  const prefix = `${basename(databasePath)}.`
  const folder = dirname(databasePath)
  let names: string[] = []
  try {
    names = readdirSync(folder)
  } catch {
    return
  }
  for (const name of names)
    // -journal too: the copy is a backup in rollback-journal mode until it is opened, and a kill
    // while it is switched to WAL leaves that journal behind.
    if (name.startsWith(prefix) && /\.restoring(-wal|-shm|-journal|\.pre-upgrade\.bak)?$/.test(name))
      rmSync(join(folder, name), { force: true })
  const staged = await keyStore.loadStaged().catch(() => null)
  if (staged === null) return
  if (selfPublicKey(databasePath) === publicKeyOf(staged)) await keyStore.promoteStaged()
  else await keyStore.dropStaged()
}

function selfPublicKey(databasePath: string): string | null {
  if (!existsSync(databasePath) || statSync(databasePath).size === 0) return null
  try {
    const sqlite = new Database(databasePath, { readonly: true, fileMustExist: true })
    try {
      return (sqlite.prepare(`SELECT public_key FROM sync_keys WHERE status = 'self'`).pluck().get() as string) ?? null
    } finally {
      sqlite.close()
    }
  } catch {
    return null
  }
}

import { createHash, randomUUID } from 'node:crypto'
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type Database from 'better-sqlite3'
import type { AppDatabase } from '../db'
import { kindOf } from './kinds'

const SHA256 = /^[0-9a-f]{64}$/

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/**
 * Each database has a folder of its own beside it (`hub.db` → `hub.db.attachments/`), named after
 * it as its signing key is: two databases in one folder (a hub's and national's on a trainer's
 * laptop, or in tests) never see each other's files, so "this instance has it" means what it says.
 * An in-memory database has no such place: it is given a path of a folder by whoever makes it.
 */
export function attachmentFolder(databasePath: string): string {
  if (databasePath === '' || databasePath.startsWith(':memory:') || databasePath.startsWith('file:'))
    throw new Error(`attachments need a database file in a folder, not ${databasePath}`)
  const path = resolve(databasePath)
  return join(dirname(path), `${basename(path)}.attachments`)
}

/** Two levels, as git does, so no folder grows to tens of thousands of files. */
const fileOf = (folder: string, sha256: string) => join(folder, sha256.slice(0, 2), sha256)

const sizeOfFile = (path: string): number | null => {
  try {
    return statSync(path).size
  } catch {
    return null
  }
}

/**
 * Writes bytes under their hash: to a temporary name first, flushed, then renamed, so a crash
 * leaves either no file or the whole one, never a torn photo under a valid name. A file already
 * there with the right size is kept: the same bytes arriving twice change nothing.
 */
export function writeAttachmentFile(folder: string, bytes: Uint8Array): string {
  const sha256 = sha256Of(bytes)
  const path = fileOf(folder, sha256)
  if (sizeOfFile(path) === bytes.length) return sha256
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 })
  const temporary = `${path}.${randomUUID()}.tmp`
  try {
    const fd = openSync(temporary, 'wx', 0o600)
    try {
      writeSync(fd, bytes)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temporary, path)
  } finally {
    rmSync(temporary, { force: true })
  }
  return sha256
}

export interface AttachmentMeta {
  mime: string
  width: number | null
  height: number | null
}

function indexAttachment(sqlite: Database.Database, sha256: string, size: number, meta: AttachmentMeta, now: number) {
  sqlite
    .prepare(
      `INSERT INTO attachments (sha256, size, mime, width, height, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET width = coalesce(width, excluded.width), height = coalesce(height, excluded.height)`,
    )
    .run(sha256, size, meta.mime, meta.width, meta.height, new Date(now).toISOString())
}

/** Stores bytes and indexes them; returns their sha256. The index row is in the caller's transaction. */
export function putAttachment(database: AppDatabase, bytes: Uint8Array, meta?: AttachmentMeta): string {
  const sha256 = writeAttachmentFile(attachmentFolder(database.path), bytes)
  const known = meta ?? { mime: kindOf(bytes), width: null, height: null }
  indexAttachment(database.sqlite, sha256, bytes.length, known, database.clock())
  return sha256
}

export interface StoredAttachment extends AttachmentMeta {
  sha256: string
  size: number
}

export function attachmentInfo(database: AppDatabase, sha256: string): StoredAttachment | undefined {
  return database.sqlite
    .prepare('SELECT sha256, size, mime, width, height FROM attachments WHERE sha256 = ?')
    .get(sha256) as StoredAttachment | undefined
}

/**
 * The bytes of an indexed attachment, or null when this instance has not received them (a row
 * can arrive before its photo) or the file no longer hashes to its name (a damaged disk): what is
 * returned is always exactly what the rows refer to.
 */
export function readAttachment(database: AppDatabase, sha256: string): Buffer | null {
  if (!SHA256.test(sha256) || !attachmentInfo(database, sha256)) return null
  let bytes: Buffer
  try {
    bytes = readFileSync(fileOf(attachmentFolder(database.path), sha256))
  } catch {
    return null
  }
  return sha256Of(bytes) === sha256 ? bytes : null
}

/**
 * Before migration 0006 received bytes lived in sync_attachments; 0006 indexed them, and here they
 * move into the folder. Each row goes once its file is written, so an interrupted move resumes at
 * the next start. Runs when a writable database opens.
 */
export function moveAttachmentBytesOut(sqlite: Database.Database, databasePath: string): void {
  // Opened with an older set of migrations (tests of those migrations do): nothing to move yet.
  const tables = sqlite
    .prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('sync_attachments', 'attachments')`)
    .pluck()
    .get()
  if (tables !== 2) return
  const pending = sqlite.prepare('SELECT sha256, data FROM sync_attachments').all() as {
    sha256: string
    data: Buffer
  }[]
  if (pending.length === 0) return
  const folder = attachmentFolder(databasePath)
  const forget = sqlite.prepare('DELETE FROM sync_attachments WHERE sha256 = ?')
  for (const { sha256, data } of pending) {
    // Bytes that do not hash to their name were never checkable; they are not worth keeping.
    if (sha256Of(data) === sha256) writeAttachmentFile(folder, data)
    else sqlite.prepare('DELETE FROM attachments WHERE sha256 = ?').run(sha256)
    forget.run(sha256)
  }
}

/** Forgets an attachment no row names any more: its index row and its file. */
export function removeAttachment(database: AppDatabase, sha256: string): void {
  database.sqlite.prepare('DELETE FROM attachments WHERE sha256 = ?').run(sha256)
  rmSync(fileOf(attachmentFolder(database.path), sha256), { force: true })
}

import { createHash } from 'node:crypto'
import type { AppDatabase } from '../../db'
import { putAttachment } from '../../attachments/store'
import type { SyncedTable } from '../tables'
import { limits } from './format'
import { withheldColumns } from './rows'
import { refuse } from './refusal'

const SHA256 = /^[0-9a-f]{64}$/

/**
 * An attachment line: `{"attachment": sha256, "size": n, "data": base64}`. Its bytes must hash to
 * its name, so an attachment that arrives is the one the signed rows refer to, whole.
 */
export function applyAttachmentLine(
  database: AppDatabase,
  line: Record<string, unknown>,
  lineNumber: number,
  write: boolean,
): void {
  const { attachment, size, data } = line
  const invalid = (detail: string): never => refuse('rowInvalid', { line: lineNumber, detail })
  if (Object.keys(line).length !== 3) invalid('unexpected keys')
  if (typeof attachment !== 'string' || !SHA256.test(attachment)) invalid('attachment hash')
  if (!Number.isSafeInteger(size) || (size as number) < 0 || (size as number) > limits.attachmentSize)
    invalid('attachment size')
  if (typeof data !== 'string' || data.length !== Math.ceil((size as number) / 3) * 4) invalid('attachment data')
  const bytes = Buffer.from(data as string, 'base64')
  if (bytes.length !== size || createHash('sha256').update(bytes).digest('hex') !== attachment)
    refuse('attachmentHash', { line: lineNumber })
  if (!write) return
  // A file written before the bundle is refused stays unindexed: harmless, as it is named by its bytes.
  putAttachment(database, bytes)
}

const hashesIn = (photos: unknown): unknown[] =>
  Array.isArray(photos)
    ? photos.flatMap((photo: unknown) =>
        typeof photo === 'object' && photo !== null
          ? [(photo as StoryPhotoRef).sha256, (photo as StoryPhotoRef).thumbnail]
          : [],
      )
    : []

interface StoryPhotoRef {
  sha256?: unknown
  thumbnail?: unknown
}

function parsed(text: unknown): unknown {
  try {
    return typeof text === 'string' ? JSON.parse(text) : null
  } catch {
    return null
  }
}

/**
 * The attachments a live row names, as its table declares; a tombstone's need not travel, nor one
 * named by a personal field that stays here.
 */
export function attachmentsOf(synced: SyncedTable, row: Record<string, unknown>): string[] {
  if (row.deleted_at !== null && row.deleted_at !== undefined) return []
  const withheld = withheldColumns(synced, row)
  const named = (synced.declaration.attachments ?? []).flatMap(({ column, holds }) =>
    withheld.has(column) ? [] : holds === 'sha256' ? [row[column]] : hashesIn(parsed(row[column])),
  )
  return named.filter((hash): hash is string => typeof hash === 'string' && SHA256.test(hash))
}

/** An attachment as a payload line; its hash is given when the caller has just checked it. */
export const attachmentLine = (bytes: Buffer, sha256 = createHash('sha256').update(bytes).digest('hex')): string =>
  JSON.stringify({
    attachment: sha256,
    size: bytes.length,
    data: bytes.toString('base64'),
  })

/**
 * An ack line: `{"ack": {"keyId": …, "appliedThrough": n}}`: the receiver has applied every bundle
 * of that key through sequence n. Only what concerns this instance's own key is kept, and it only
 * moves forward: an old ack sent again changes nothing.
 */
export function applyAckLine(
  database: AppDatabase,
  line: Record<string, unknown>,
  lineNumber: number,
  receiverKeyId: string,
  write: boolean,
): void {
  const ack = line.ack as Record<string, unknown> | null
  const valid =
    Object.keys(line).length === 1 &&
    typeof ack === 'object' &&
    ack !== null &&
    Object.keys(ack).length === 2 &&
    typeof ack.keyId === 'string' &&
    /^[0-9a-f]{32}$/.test(ack.keyId) &&
    Number.isSafeInteger(ack.appliedThrough) &&
    (ack.appliedThrough as number) >= 0
  if (!valid) refuse('rowInvalid', { line: lineNumber, detail: 'ack' })
  if (!write) return
  const { keyId, appliedThrough } = ack as { keyId: string; appliedThrough: number }
  const own = database.sqlite
    .prepare(
      `SELECT 1 FROM sync_keys WHERE key_id = ? AND instance_id = (SELECT value FROM local_settings WHERE key = 'instance_id')`,
    )
    .get(keyId)
  if (!own) return
  database.sqlite
    .prepare(
      `INSERT INTO sync_acks (receiver_key_id, key_id, applied_through, recorded_at) VALUES (?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET applied_through = max(applied_through, excluded.applied_through),
         recorded_at = excluded.recorded_at`,
    )
    .run(receiverKeyId, keyId, appliedThrough, new Date(database.clock()).toISOString())
}

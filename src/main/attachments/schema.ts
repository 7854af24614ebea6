import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * The index of the attachments (photos, scans) this instance holds. The bytes are files in the
 * attachment folder beside the database (see store.ts): a database of many photos would be slow to
 * back up before each upgrade and heavy to copy. Local: each instance indexes what it has received;
 * rows refer to attachments by sha256 and travel with them in bundles.
 */
export const attachments = sqliteTable('attachments', {
  sha256: text('sha256').primaryKey(),
  size: integer('size').notNull(),
  /** From the bytes themselves, never from a file name; `application/octet-stream` when unknown. */
  mime: text('mime').notNull(),
  /** Pixels, for images this instance made; unknown (null) for what arrived in a bundle. */
  width: integer('width'),
  height: integer('height'),
  createdAt: text('created_at').notNull(),
})

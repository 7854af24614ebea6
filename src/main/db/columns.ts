import { index, text, type SQLiteColumn } from 'drizzle-orm/sqlite-core'

/**
 * Columns every table of user data carries so the signed-bundle sync can merge it without a
 * rewrite: a UUIDv7 key (unique across hubs, time-ordered), the owning hub, UTC timestamps as
 * ISO-8601 text (sortable, unambiguous across WIB/WITA/WIT) and soft deletion. Such tables get no
 * UNIQUE constraint besides the key: two hubs may legitimately hold the same natural key, and
 * telling duplicates apart is a business matter.
 */
export const syncColumns = () => ({
  id: text('id').primaryKey(),
  hubId: text('hub_id').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deletedAt: text('deleted_at'),
})

/** Bundles are exported per owner and "changed since", so every synced table needs this index. */
export const syncIndex = (table: string, t: { hubId: SQLiteColumn; updatedAt: SQLiteColumn }) =>
  index(`${table}_hub_updated_idx`).on(t.hubId, t.updatedAt)

import { index, integer, text, type SQLiteColumn } from 'drizzle-orm/sqlite-core'

/**
 * Columns every synced table carries: a UUIDv7 key (unique across hubs, time-ordered), the owning
 * hub, UTC timestamps as ISO-8601 text (sortable, unambiguous across WIB/WITA/WIT), soft deletion,
 * and the sync bookkeeping the one write path (src/main/sync/write.ts) keeps: the hybrid logical
 * clock of the row's creation and of its latest change, the clock of every field changed since
 * creation (JSON, column name → clock), and this instance's change counter, which incremental
 * export reads. Such tables get no UNIQUE constraint besides the key: two hubs may legitimately
 * hold the same natural key, and telling duplicates apart is a business matter.
 */
export const syncColumns = () => ({
  id: text('id').primaryKey(),
  hubId: text('hub_id').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deletedAt: text('deleted_at'),
  createdHlc: text('created_hlc').notNull().default(''),
  hlc: text('hlc').notNull().default(''),
  fieldClocks: text('field_clocks').notNull().default('{}'),
  changeSeq: integer('change_seq').notNull().default(0),
})

/** Bundles are exported per owner and "changed since", so every synced table needs this index. */
export const syncIndex = (table: string, t: { hubId: SQLiteColumn; changeSeq: SQLiteColumn }) =>
  index(`${table}_hub_change_idx`).on(t.hubId, t.changeSeq)

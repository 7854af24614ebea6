import { sqliteTable, text } from 'drizzle-orm/sqlite-core'

/** Settings of this installation only (language, which hub row is "us"); never synced. */
export const localSettings = sqliteTable('local_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
})

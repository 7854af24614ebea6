import type Database from 'better-sqlite3'
import { getTableColumns, type InferInsertModel } from 'drizzle-orm'
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core'

const cache = new WeakMap<Database.Database, Map<SQLiteTable, Database.Statement>>()

/**
 * Inserts one row through a statement prepared once per connection. Imports and seeds insert
 * thousands of rows in one transaction; building drizzle's query for each costs more than SQLite's
 * write. Values go through each column's own encoder (booleans to 0/1), and columns left out take
 * their schema default, or NULL.
 */
export function insertRow<T extends SQLiteTable>(sqlite: Database.Database, table: T, row: InferInsertModel<T>): void {
  const perTable = cache.get(sqlite) ?? new Map<SQLiteTable, Database.Statement>()
  cache.set(sqlite, perTable)
  const columns = Object.entries(getTableColumns(table))
  let statement = perTable.get(table)
  if (!statement) {
    const { name } = getTableConfig(table)
    const names = columns.map(([, column]) => `"${column.name}"`).join(', ')
    const params = columns.map(([key]) => `@${key}`).join(', ')
    perTable.set(table, (statement = sqlite.prepare(`INSERT INTO "${name}" (${names}) VALUES (${params})`)))
  }
  const values = row as Record<string, unknown>
  statement.run(
    Object.fromEntries(
      columns.map(([key, column]) => {
        const value = values[key] ?? column.default ?? null
        return [key, value === null ? null : column.mapToDriverValue(value)]
      }),
    ),
  )
}

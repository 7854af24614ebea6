import { getTableColumns } from 'drizzle-orm'
import { getTableConfig, type SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core'
import { copTables } from '../cop/sync'
import { hubTables } from '../hub/sync'
import { initiativeTables } from '../initiatives/sync'
import { memberTables } from '../members/sync'
import { pledgeTables } from '../pledges/sync'
import { privacyTables } from '../privacy/sync'
import { reportTables } from '../reports/sync'
import type { LocalTables, SyncedTableDeclaration } from './declare'

/** Every synced table, in the order bundles carry them (parents before the rows pointing at them). */
const declarations: SyncedTableDeclaration[] = [
  ...hubTables,
  ...memberTables,
  ...privacyTables,
  ...initiativeTables,
  ...pledgeTables,
  ...copTables,
  ...reportTables,
]

/**
 * Every other table, and why it stays on this instance. A test fails when a table is in neither
 * list, so a new table is a decision, not an accident.
 */
export const localTables: LocalTables = {
  local_settings:
    'this installation: language, which hub is "us", clock and change counter, the latest member delete while it can be undone',
  merges: "this instance's undo journal for merges; the merged rows themselves sync",
  sync_keys: 'the keys this instance trusts, and its own',
  sync_bundles: 'the history of bundles in and out',
  sync_acks: 'what receivers acknowledged, for incremental export',
  sync_attachments: 'attachment bytes received before migration 0006, moved into the attachment folder at open',
  attachments: 'the index of the attachment files this instance holds; rows name them, bundles carry them',
  search_keys: 'search index, rebuilt from synced rows by triggers',
  privacy_requests: "people's requests about their data: they name the requester and how they were verified",
  bundle_people: 'which people each bundle this instance wrote carried, for access requests and lost files',
  ref_provinces: 'reference data shipped with the app',
  ref_regencies: 'reference data shipped with the app',
  ref_districts: 'reference data shipped with the app',
  ref_villages: 'reference data shipped with the app',
  ref_terms: 'reference data shipped with the app',
  ref_sdgs: 'reference data shipped with the app',
  ref_versions: 'reference data shipped with the app',
  __drizzle_migrations: 'schema version bookkeeping',
}

/** Columns the write path keeps itself; never set by callers, never merged as fields. */
export const bookkeepingColumns = ['id', 'hub_id', 'updated_at', 'created_hlc', 'hlc', 'field_clocks', 'change_seq']

export interface SyncedTable {
  name: string
  table: SQLiteTable
  /** SQL name → drizzle column. */
  columns: Map<string, SQLiteColumn>
  /** drizzle property name → SQL name. */
  sqlNames: Map<string, string>
  /** Columns merged last-writer-wins, each with its own clock. */
  fields: string[]
  derived: Set<string>
  /** The columns of its personal groups: fields that leave only with consent. */
  personalColumns: string[]
  declaration: SyncedTableDeclaration
  /** Every column in table order, the insert that fills them positionally, and their defaults. */
  columnNames: string[]
  insertSql: string
  defaults: unknown[]
  /** Rows of other tables whose derived columns depend on rows of this one, by the column naming them. */
  dependents: { table: string; column: string }[]
}

function compile(declaration: SyncedTableDeclaration): SyncedTable {
  const { name } = getTableConfig(declaration.table)
  const byKey = Object.entries(getTableColumns(declaration.table)) as [string, SQLiteColumn][]
  const derived = new Set(declaration.derived?.columns ?? [])
  const personal = new Set(declaration.personal?.flatMap((group) => group.columns) ?? [])
  const columns = new Map(byKey.map(([, column]) => [column.name, column]))
  const columnNames = [...columns.keys()]
  return {
    name,
    table: declaration.table,
    columns,
    columnNames,
    insertSql: `INSERT INTO "${name}" (${columnNames.map((n) => `"${n}"`).join(', ')}) VALUES (${columnNames
      .map(() => '?')
      .join(', ')}) ON CONFLICT (id) DO NOTHING`,
    defaults: columnNames.map((column) => defaultOf(columns.get(column) as SQLiteColumn, personal.has(column))),
    dependents: declarations.flatMap((other) =>
      (other.derived?.dependsOn ?? [])
        .filter((dependency) => dependency.table === name)
        .map((dependency) => ({ table: getTableConfig(other.table).name, column: dependency.column })),
    ),
    sqlNames: new Map(byKey.map(([key, column]) => [key, column.name])),
    fields: [...columns.keys()].filter((column) => !bookkeepingColumns.includes(column) && !derived.has(column)),
    derived,
    personalColumns: [...personal],
    declaration,
  }
}

/**
 * A column's schema default as stored, for rows a bundle leaves it out of; a personal field that
 * must hold a value and stayed with its hub holds an empty one.
 */
function defaultOf(column: SQLiteColumn, personal: boolean): unknown {
  if (personal && column.notNull && !column.hasDefault) return ''
  const value = column.default
  return value === undefined || value === null || typeof value === 'object' ? null : column.mapToDriverValue(value)
}

export const syncedTables: SyncedTable[] = declarations.map(compile)
const byName = new Map(syncedTables.map((table) => [table.name, table]))
const byTable = new Map(syncedTables.map((table) => [table.table, table]))

export const syncedTableNamed = (name: string): SyncedTable | undefined => byName.get(name)

export function syncedTable(table: SQLiteTable): SyncedTable {
  const found = byTable.get(table)
  if (!found) throw new Error(`${getTableConfig(table).name} is not a synced table`)
  return found
}

import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import { isHlc, wallOf, type Hlc } from '../hlc'
import { syncedTableNamed, type SyncedTable } from '../tables'
import type { IncomingRow } from '../write'
import { limits } from './format'
import { refuse } from './refusal'

type Row = Record<string, unknown>

/** One payload line carrying a row: SQL column names, stored values, a clock per changed field. */
export interface RowLine {
  table: string
  id: string
  hubId: string
  created: Hlc
  clocks: Record<string, Hlc>
  values: Row
}

/**
 * A row as it leaves this instance. Personal fields its consent does not release are left out,
 * value and clock: a receiver that has them from before blanks them (see SyncWriter.finish).
 */
export function rowLine(synced: SyncedTable, row: Row): string {
  const withheld = withheldColumns(synced, row)
  const values: Row = {}
  for (const field of [...synced.fields, ...synced.derived])
    if (!withheld.has(field) && field !== 'name_key') values[field] = row[field]
  const clocks = JSON.parse(row.field_clocks as string) as Record<string, Hlc>
  for (const field of withheld) delete clocks[field]
  const line: RowLine = {
    table: synced.name,
    id: row.id as string,
    hubId: row.hub_id as string,
    created: row.created_hlc as Hlc,
    clocks,
    values,
  }
  return JSON.stringify(line)
}

/** The personal fields of a row that stay behind. */
export function withheldColumns(synced: SyncedTable, row: Row): Set<string> {
  const withheld = new Set<string>()
  for (const group of synced.declaration.personal ?? [])
    if (!group.released(row)) for (const column of group.columns) withheld.add(column)
  return withheld
}

type Check = (value: unknown) => string | null

function columnCheck(column: SQLiteColumn): Check {
  const nullable = !column.notNull
  const enumValues = (column as { enumValues?: string[] }).enumValues
  const base: Check =
    column.dataType === 'number'
      ? (value) => (Number.isSafeInteger(value) ? null : 'an integer')
      : column.dataType === 'boolean'
        ? (value) => (value === 0 || value === 1 ? null : '0 or 1')
        : enumValues && enumValues.length > 0
          ? (value) =>
              typeof value === 'string' && enumValues.includes(value) ? null : `one of ${enumValues.join(', ')}`
          : (value) =>
              typeof value === 'string' && value.length <= limits.textLength
                ? null
                : `text of at most ${limits.textLength} characters`
  return (value) => (value === null ? (nullable ? null : 'a value') : base(value))
}

interface Validator {
  synced: SyncedTable
  checks: Map<string, Check>
  required: string[]
}

const validators = new Map<string, Validator>()

function validatorFor(table: string): Validator | undefined {
  let validator = validators.get(table)
  if (validator) return validator
  const synced = syncedTableNamed(table)
  if (!synced) return undefined
  const carried = [...synced.fields, ...synced.derived]
  const checks = new Map(carried.map((name) => [name, columnCheck(synced.columns.get(name) as SQLiteColumn)]))
  const personal = new Set(synced.declaration.personal?.flatMap((group) => group.columns) ?? [])
  const required = carried.filter((name) => {
    const column = synced.columns.get(name) as SQLiteColumn
    return column.notNull && !column.hasDefault && !personal.has(name) && name !== 'name_key'
  })
  validators.set(table, (validator = { synced, checks, required }))
  return validator
}

const ID_PATTERN = /^[0-9a-zA-Z-]{1,64}$/
const isObject = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value)

export interface CheckedRow {
  synced: SyncedTable
  incoming: IncomingRow
  /** The newest clock in the row, for the drift check. */
  newest: Hlc
}

/**
 * Everything a row must be before it may touch the database: a known table, only known columns of
 * the right type and size, every required field, well-formed clocks, and owned by the hub that
 * signed the bundle.
 */
export function checkRowLine(line: Row, lineNumber: number, signerHubId: string): CheckedRow {
  const invalid = (detail: string): never => refuse('rowInvalid', { line: lineNumber, detail })
  const { table, id, hubId, created, clocks, values } = line
  if (typeof table !== 'string') return invalid('no table')
  const validator = validatorFor(table)
  if (!validator) return refuse('unknownTable', { line: lineNumber, table: table.slice(0, 64) })
  if (Object.keys(line).length !== 6) invalid('unexpected keys')
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) invalid('id')
  if (hubId !== signerHubId) refuse('foreignRow', { line: lineNumber, table })
  if (!isHlc(created)) return invalid('created clock')
  if (!isObject(clocks) || !isObject(values)) return invalid('clocks and values')
  let newest: Hlc = created
  for (const [column, clock] of Object.entries(clocks)) {
    if (!validator.synced.fields.includes(column))
      refuse('unknownColumn', { line: lineNumber, table, column: column.slice(0, 64) })
    if (!isHlc(clock) || clock < created) return invalid(`clock of ${column}`)
    if (clock > newest) newest = clock
  }
  for (const [column, value] of Object.entries(values)) {
    const check = validator.checks.get(column)
    if (!check) return refuse('unknownColumn', { line: lineNumber, table, column: column.slice(0, 64) })
    const problem = check(value)
    if (problem) invalid(`${column} must be ${problem}`)
  }
  for (const column of validator.required) if (!(column in values)) invalid(`${column} missing`)
  return {
    synced: validator.synced,
    incoming: {
      id: id as string,
      hubId: hubId as string,
      createdHlc: created,
      clocks: clocks as Record<string, Hlc>,
      values,
    },
    newest,
  }
}

/** How far a clock runs ahead of this machine's, in milliseconds (0 if not ahead). */
export const aheadBy = (clock: Hlc, now: number): number => Math.max(0, wallOf(clock) - now)

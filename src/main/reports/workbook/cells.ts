import type { Cell, Sheet } from 'write-excel-file/node'

/** What a column holds, which decides the cell's Excel type and number format. */
export type CellKind = 'text' | 'date' | 'dateTime' | 'rupiah' | 'count' | 'number' | 'decimal' | 'percent' | 'yesNo'
export type Value = string | number | boolean | null
/** A cell typed apart from its column: the Indikator sheet's values, each in its own unit. */
export interface Typed {
  kind: CellKind
  value: Value
}
export type Entry = Value | Typed

export interface Column {
  header: string
  kind: CellKind
}

/** A sheet's content; its builder names it. */
export interface TableBody {
  columns: Column[]
  rows: Entry[][]
}
export interface Table extends TableBody {
  name: string
}

// Excel's own codes, which it shows in the reader's locale (dd/mm/yyyy stays day first everywhere).
const formats: Partial<Record<CellKind, string>> = {
  date: 'dd/mm/yyyy',
  dateTime: 'dd/mm/yyyy hh:mm',
  rupiah: '"Rp" #,##0',
  count: '#,##0',
  decimal: '#,##0.0',
  percent: '0.0%',
}

/**
 * A calendar day or a wall-clock time where the hub is ("2026-03-01", "2026-03-01T09:30") as the
 * Date Excel shows as just that: write-excel-file counts serial days from UTC, so the wall clock
 * is written as if it were UTC and no time zone of the PC that writes or opens the file moves it.
 */
const wallClock = (local: string) => new Date(`${local.length === 10 ? `${local}T00:00` : local.slice(0, 16)}:00Z`)

function cellOf({ kind, value }: Typed): Cell {
  if (value === null || value === '') return null
  switch (kind) {
    case 'text':
      // Typed as text, so a name that begins with "=" is never run as a formula.
      return { value: String(value), type: String }
    case 'yesNo':
      return { value: value ? 'Ya' : 'Tidak', type: String }
    case 'date':
    case 'dateTime':
      return { value: wallClock(String(value)), type: Date, format: formats[kind] }
    case 'percent':
      // Stored as a fraction, as Excel's % format expects: 33.3 (percent) is 0.333, not 0.33299999….
      return { value: Number((Number(value) / 100).toPrecision(12)), type: Number, format: formats.percent }
    default:
      return { value: Number(value), type: Number, format: formats[kind] }
  }
}

const isTyped = (entry: Entry): entry is Typed => typeof entry === 'object' && entry !== null

/** How many characters a cell shows, for the column's width. */
function shownLength({ kind, value }: Typed): number {
  if (value === null) return 0
  if (kind === 'date') return 10
  if (kind === 'dateTime') return 16
  if (kind === 'yesNo') return 5
  if (kind === 'rupiah' || kind === 'count') return Math.ceil(String(Math.round(Number(value))).length * 1.34) + 3
  return Math.max(
    ...String(value)
      .split('\n')
      .map((line) => line.length),
  )
}

const MAX_WIDTH = 60
const MEASURED_ROWS = 1000

/** A table as write-excel-file's sheet: a bold header row that stays in view, columns as wide as they read. */
export function sheetOf(table: Table): Sheet<never> {
  const typed = table.rows.map((row) =>
    table.columns.map((column, i): Typed => {
      const entry = row[i] ?? null
      return isTyped(entry) ? entry : { kind: column.kind, value: entry }
    }),
  )
  const widths = table.columns.map((column, i) => ({
    width: Math.min(
      MAX_WIDTH,
      Math.max(column.header.length, ...typed.slice(0, MEASURED_ROWS).map((row) => shownLength(row[i]!))) + 2,
    ),
  }))
  return {
    sheet: table.name,
    data: [
      table.columns.map((column) => ({ value: column.header, type: String, fontWeight: 'bold' as const })),
      ...typed.map((row) => row.map(cellOf)),
    ],
    columns: widths,
    stickyRowsCount: 1,
  }
}

/** A column: its header, its kind, and how a row gives its value. */
export type ColumnOf<T> = readonly [header: string, kind: CellKind, value: (row: T) => Entry]

/** Rows of one kind under columns declared next to how each reads its value. */
export function tableOf<T>(columns: readonly ColumnOf<T>[], rows: T[]): TableBody {
  return {
    columns: columns.map(([header, kind]) => ({ header, kind })),
    rows: rows.map((row) => columns.map(([, , value]) => value(row))),
  }
}

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
  /**
   * The longest value the column can hold, where that is known (a set of labels): its width, which
   * the first rows alone may not show when they are sorted by something else.
   */
  longest?: number
}

/** A sheet's content, its rows read as the sheet is written; its builder names it. */
export interface TableBody {
  columns: Column[]
  rows: Iterable<Entry[]>
}
export interface Table extends TableBody {
  name: string
}

// Excel's own codes, which it shows in the reader's locale (dd/mm/yyyy stays day first everywhere).
export const excelFormats: Partial<Record<CellKind, string>> = {
  date: 'dd/mm/yyyy',
  dateTime: 'dd/mm/yyyy hh:mm',
  rupiah: '"Rp" #,##0',
  count: '#,##0',
  decimal: '#,##0.0',
  percent: '0.0%',
}

export const isTyped = (entry: Entry): entry is Typed => typeof entry === 'object' && entry !== null

/** How many characters a cell shows, for the column's width. */
function shownLength(kind: CellKind, value: Value): number {
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

/** The first rows of a sheet, which its columns' widths are measured by. */
export function firstRows(rows: Iterator<Entry[]>): Entry[][] {
  const first: Entry[][] = []
  for (let next = rows.next(); !next.done; next = rows.next()) {
    first.push(next.value)
    if (first.length === MEASURED_ROWS) break
  }
  return first
}

/** Each column as wide as its header and the rows measured read, in characters. */
export function columnWidths(columns: Column[], measured: Entry[][]): number[] {
  return columns.map((column, i) => {
    const lengths = measured.map((row) => {
      const entry = row[i] ?? null
      return isTyped(entry) ? shownLength(entry.kind, entry.value) : shownLength(column.kind, entry)
    })
    return Math.min(MAX_WIDTH, Math.max(column.header.length, column.longest ?? 0, ...lengths) + 2)
  })
}

/** A column: its header, its kind, how a row gives its value, and its longest value where known. */
export type ColumnOf<T> = readonly [header: string, kind: CellKind, value: (row: T) => Entry, longest?: number]

/** The length of the longest of these labels. */
export const longest = (labels: Record<string, string> | Iterable<string>): number =>
  Math.max(0, ...[...(Symbol.iterator in labels ? labels : Object.values(labels))].map((label) => label.length))

/** Rows of one kind under columns declared next to how each reads its value, read as they are written. */
export function tableOf<T>(columns: readonly ColumnOf<T>[], rows: Iterable<T>): TableBody {
  const values = columns.map(([, , value]) => value)
  return {
    columns: columns.map(([header, kind, , widest]) => ({ header, kind, longest: widest })),
    rows: (function* () {
      for (const row of rows) yield values.map((value) => value(row))
    })(),
  }
}

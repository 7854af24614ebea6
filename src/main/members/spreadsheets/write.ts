import Papa from 'papaparse'
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/node'
import type { SpreadsheetFile, SpreadsheetFormat } from '../../../shared/members'

export type CellValue = string | number | null

export interface Table {
  sheetName: string
  headers: string[]
  rows: CellValue[][]
}

const mimeTypes: Record<SpreadsheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
}

const MAX_WIDTH = 50

/** Wide enough for the heading and the longest value, in Excel's character units. */
function widths(table: Table): { width: number }[] {
  return table.headers.map((header, i) => ({
    width: Math.min(
      MAX_WIDTH,
      Math.max(header.length, ...table.rows.slice(0, 1000).map((row) => String(row[i] ?? '').length)) + 2,
    ),
  }))
}

// Text cells stay text: a phone number or code typed as a String keeps its leading 0 in Excel.
const cell = (value: CellValue): Cell =>
  value === null ? null : typeof value === 'number' ? { value, type: Number } : { value, type: String }

function sheetOf(table: Table): Sheet<never> {
  return {
    sheet: table.sheetName,
    data: [
      table.headers.map((header) => ({ value: header, type: String, fontWeight: 'bold' })),
      ...table.rows.map((row) => row.map(cell)),
    ],
    columns: widths(table),
    stickyRowsCount: 1,
  }
}

/**
 * Excel runs a cell that starts with = + - @, a tab or a CR as a formula (OWASP "CSV injection"),
 * for example +HYPERLINK(…) in free text. The apostrophe makes it text, and the import takes it
 * off again (see reader/csv.ts). A value that itself starts with apostrophes before such a
 * character gets one more, so that it too reads back exactly. Numbers and phone numbers ("-5",
 * "+62 812 3456 7890") are no formula anyone can abuse and stay as they are.
 */
const FORMULA_START = /^[=+\-@\t\r]/
const QUOTED_FORMULA_START = /^'+[=+\-@\t\r]/
const NUMBER_LIKE = /^[+-]?\d[\d\s.,()-]*$/
export const defused = (value: CellValue): CellValue =>
  typeof value === 'string' &&
  ((FORMULA_START.test(value) && !NUMBER_LIKE.test(value)) || QUOTED_FORMULA_START.test(value))
    ? `'${value}`
    : value

/**
 * The first table is the data; XLSX files carry the others as further sheets (the template's
 * "Petunjuk"). CSV is RFC 4180 with ";", which Excel with Indonesian settings splits (the import
 * reads either), and a UTF-8 BOM, which Excel needs to read accents.
 */
export async function spreadsheetFile(
  format: SpreadsheetFormat,
  baseName: string,
  tables: [Table, ...Table[]],
): Promise<SpreadsheetFile> {
  const [data] = tables
  const bytes =
    format === 'xlsx'
      ? await writeXlsxFile(tables.map(sheetOf)).toBuffer()
      : Buffer.from(
          `\uFEFF${Papa.unparse({ fields: data.headers, data: data.rows.map((row) => row.map(defused)) }, { delimiter: ';', newline: '\r\n' })}\r\n`,
        )
  return {
    fileName: `${baseName}.${format}`,
    mimeType: mimeTypes[format],
    contentBase64: bytes.toString('base64'),
    rowCount: data.rows.length,
  }
}

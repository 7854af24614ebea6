import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../../shared/members'
import { readCsvRows } from './csv'
import { MAX_TITLE_LINES, refuseTooManyRows } from './limits'
import { refuse } from '../refusals'
import { readXlsxRows, type RawRow } from './xlsx'

/** A data row with the number the user sees for it in Excel (the heading is row 1). */
export type SheetRow = RawRow

export interface Sheet {
  headers: string[]
  rows: SheetRow[]
}

type Format = 'xlsx' | 'csv'

/**
 * Decides by content, not by name: a renamed .xls, .pdf or .docx must not be read as text.
 * XLSX and DOCX are both ZIP files; the XLSX reader then looks for xl/workbook.xml.
 */
function sniff(bytes: Buffer, fileName: string): Format {
  const startsWith = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte)
  if (startsWith(0x50, 0x4b, 0x03, 0x04)) return 'xlsx'
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0)) return refuse('oldExcel', { name: fileName })
  const head = bytes.subarray(0, 8192)
  const utf16 = startsWith(0xff, 0xfe) || startsWith(0xfe, 0xff)
  if (!utf16 && head.includes(0)) return refuse('notSpreadsheet', { name: fileName })
  if (startsWith(0x25, 0x50, 0x44, 0x46)) return refuse('notSpreadsheet', { name: fileName })
  return 'csv'
}

const filled = (row: SheetRow) => row.cells.filter(Boolean).length

/**
 * Lists made for printing open with a title line or two ("DAFTAR OMS ANGGOTA 2025") above the
 * headings: single-cell rows before rows with several cells are not the heading row.
 */
function titleLines(rows: SheetRow[]): number {
  let count = 0
  while (
    count < MAX_TITLE_LINES &&
    rows[count] &&
    filled(rows[count] as SheetRow) === 1 &&
    rows.slice(count + 1, count + 10).some((row) => filled(row) > 1)
  )
    count++
  return count
}

const looksLikeValue = (cell: string) => /@|^[+\d][\d\s./-]*$/.test(cell)

/**
 * Reads a CSV or XLSX member list into a heading row and trimmed data rows, refusing, with the
 * reason, anything that is not one: wrong format, empty, no heading, too large. Runs in the reader
 * worker (see ../read.ts); tests call it directly.
 */
export async function parseSpreadsheet(fileName: string, bytes: Buffer): Promise<Sheet> {
  // The message names the limit in words (10 MB): the contract's schema refuses with it too, without parameters.
  if (bytes.length > MAX_IMPORT_BYTES) refuse('tooLarge')
  if (bytes.length === 0) refuse('empty', { name: fileName })
  // Trimmed by the readers, and padded here in place: a 50,000-row file is not copied again.
  const rows = sniff(bytes, fileName) === 'xlsx' ? await readXlsxRows(bytes, fileName) : readCsvRows(bytes)

  const [heading, ...data] = rows.slice(titleLines(rows))
  if (!heading) return refuse('empty', { name: fileName })

  const width = rows.reduce((widest, row) => Math.max(widest, row.cells.length), 0)
  const headers = Array.from({ length: width }, (_, i) => heading.cells[i] ?? '')
  // Trailing columns with neither heading nor data are Excel's leftovers, not the user's columns.
  while (headers.length > 0 && headers.at(-1) === '' && data.every((row) => !row.cells[headers.length - 1]))
    headers.pop()
  const value = headers.find(looksLikeValue)
  if (value !== undefined) refuse('noHeader', { value })
  headers.forEach((header, i) => {
    if (header === '') refuse('blankHeader', { column: i + 1 })
    if (headers.findIndex((other) => other.toLowerCase() === header.toLowerCase()) !== i)
      refuse('duplicateHeader', { header })
  })
  if (data.length === 0) refuse('noRows', { name: fileName })
  if (data.length > MAX_IMPORT_ROWS) refuseTooManyRows()

  for (const { cells } of data) {
    cells.length = headers.length
    for (let i = 0; i < cells.length; i++) cells[i] ??= ''
  }
  return { headers, rows: data }
}

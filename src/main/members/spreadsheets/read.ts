import Papa from 'papaparse'
import readXlsxFile from 'read-excel-file/node'
import { AppError } from '../../../shared/errors'
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../shared/members'

/** A data row with the number the user sees for it in Excel (the heading is row 1). */
export interface SheetRow {
  rowNumber: number
  cells: string[]
}

export interface Sheet {
  headers: string[]
  rows: SheetRow[]
}

const refuse = (key: string, params: Record<string, string | number> = {}): never => {
  throw new AppError('VALIDATION', { key: `validation.import.${key}`, params })
}

type Format = 'xlsx' | 'csv'

/**
 * Decides by content, not by name: a renamed .xls, .pdf or .docx must not be read as text.
 * XLSX and DOCX are both ZIP files; only a workbook lists xl/workbook.xml.
 */
function sniff(bytes: Buffer, fileName: string): Format {
  const startsWith = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte)
  if (startsWith(0x50, 0x4b, 0x03, 0x04)) {
    if (bytes.includes('xl/workbook.xml')) return 'xlsx'
    return refuse('notSpreadsheet', { name: fileName })
  }
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0)) return refuse('oldExcel', { name: fileName })
  const head = bytes.subarray(0, 8192)
  const utf16 = startsWith(0xff, 0xfe) || startsWith(0xfe, 0xff)
  if (!utf16 && head.includes(0)) return refuse('notSpreadsheet', { name: fileName })
  if (startsWith(0x25, 0x50, 0x44, 0x46)) return refuse('notSpreadsheet', { name: fileName })
  return 'csv'
}

/** UTF-8 when the bytes are valid UTF-8; otherwise windows-1252, which Excel on Windows writes. */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

const DELIMITERS = [',', ';', '\t']
const SAMPLE_LINES = 10

/**
 * Excel writes ";" where the decimal mark is a comma (Indonesian settings), "," elsewhere, and tabs
 * for "Unicode text". A title line ("DAFTAR OMS ANGGOTA 2025") or a name with a comma can hide the
 * delimiter on any one line, so the delimiter is the one that splits the most of the first lines
 * into the same number of cells. Papa's own guess is thrown off by blank lines and short files.
 */
function guessDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, SAMPLE_LINES)
  const score = (delimiter: string) => {
    const frequency = new Map<number, number>()
    for (const line of lines) {
      const count = line.split(delimiter).length - 1
      if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1)
    }
    // Lines sharing the modal count first; a wider split breaks ties.
    return [...frequency].reduce((best, [count, sharing]) => Math.max(best, sharing * 1_000_000 + count), 0)
  }
  return DELIMITERS.reduce((best, delimiter) => (score(delimiter) > score(best) ? delimiter : best))
}

function readCsv(bytes: Buffer): string[][] {
  const text = decodeText(bytes)
  return Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false }).data
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Dates become YYYY-MM-DD; numbers keep the digits the file stored (see parseNumber below). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date)
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak'
  return String(value as string | number)
}

async function readXlsx(bytes: Buffer, fileName: string): Promise<string[][]> {
  try {
    const sheets = await readXlsxFile<string>(bytes, { parseNumber: (text) => text })
    const first = sheets[0]
    return first ? first.data.map((row) => row.map(cellText)) : []
  } catch {
    return refuse('corrupt', { name: fileName })
  }
}

/** Trimmed, and without the apostrophe our CSV export puts before a would-be formula (see write.ts). */
const cleanCell = (cell: unknown) =>
  cellText(cell)
    .trim()
    .replace(/^'(?=[=+\-@\t\r])/, '')
    .trim()

const MAX_TITLE_LINES = 5
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
 * reason, anything that is not one: wrong format, empty, no heading, too large.
 */
export async function readSpreadsheet(fileName: string, bytes: Buffer): Promise<Sheet> {
  // The message names the limit in words (10 MB): the contract's schema refuses with it too, without parameters.
  if (bytes.length > MAX_IMPORT_BYTES) refuse('tooLarge')
  if (bytes.length === 0) refuse('empty', { name: fileName })
  const format = sniff(bytes, fileName)
  const raw = format === 'xlsx' ? await readXlsx(bytes, fileName) : readCsv(bytes)

  const rows = raw
    .map((cells, index) => ({ rowNumber: index + 1, cells: cells.map(cleanCell) }))
    .filter((row) => row.cells.some((cell) => cell !== ''))
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
  if (data.length > MAX_IMPORT_ROWS) refuse('tooManyRows', { count: data.length, max: MAX_IMPORT_ROWS })

  return {
    headers,
    rows: data.map((row) => ({ rowNumber: row.rowNumber, cells: headers.map((_, i) => row.cells[i] ?? '') })),
  }
}

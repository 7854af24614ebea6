import iconv from 'iconv-lite'
import Papa from 'papaparse'
import { MAX_IMPORT_COLUMNS } from '../../../../shared/members'
import { MAX_READ_ROWS, cellBudget, columnName, refuseTooManyRows } from './limits'
import { refuse } from '../refusals'
import type { RawRow } from './xlsx'

/**
 * UTF-8 when the bytes are valid UTF-8; otherwise Windows-1252, which Excel on Windows writes.
 * iconv-lite, because Node's TextDecoder('windows-1252') decodes as Latin-1 and turns curly
 * quotes, dashes and € (0x80–0x9F) into invisible control characters.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return iconv.decode(bytes, 'windows-1252')
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
    .slice(0, 64 * 1024)
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

/**
 * Our CSV export puts an apostrophe before a value Excel would run as a formula, and one more
 * before a value that already starts with apostrophes and then such a character (see write.ts):
 * one comes off, so every value reads back as it was.
 */
const undefused = (cell: string) => cell.replace(/^'(?='*[=+\-@\t\r])/, '')

/** The rows with values of a CSV file, stopping as soon as there are too many. */
export function readCsvRows(bytes: Buffer): RawRow[] {
  const text = decodeText(bytes)
  const rows: RawRow[] = []
  const count = cellBudget()
  let rowNumber = 0
  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    skipEmptyLines: false,
    step: ({ data }) => {
      rowNumber++
      const cells = data.map((cell) => undefused(cell.trim()))
      while (cells.length > 0 && cells.at(-1) === '') cells.pop()
      if (cells.length === 0) return
      if (cells.length > MAX_IMPORT_COLUMNS)
        refuse('tooManyColumns', { cell: `${columnName(MAX_IMPORT_COLUMNS)}${rowNumber}`, max: MAX_IMPORT_COLUMNS })
      rows.push({ rowNumber, cells })
      if (rows.length > MAX_READ_ROWS) refuseTooManyRows()
      count(cells.filter(Boolean).length)
    },
  })
  return rows
}

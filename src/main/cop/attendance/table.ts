import Papa from 'papaparse'
import { refuse } from './refuse'

/** A meeting of a few hundred people exports a few hundred rows; these bounds leave room for a year of webinars. */
export const MAX_BYTES = 5 * 1024 * 1024
export const MAX_ROWS = 20_000

/** A record with at least one value, and the line it starts on (1-based). */
export interface Row {
  line: number
  cells: string[]
}

/**
 * The non-blank records of the text. Blank records are read but not kept, so `line` still counts
 * them: it is the line the user sees in a text editor, as long as no value spans lines (Zoom and
 * Meet never write one).
 */
export function readRows(text: string, delimiter: string, file: string, preview = 0): Row[] {
  const rows: Row[] = []
  let line = 0
  Papa.parse<string[]>(text, {
    delimiter,
    preview,
    skipEmptyLines: false,
    step: ({ data }) => {
      line++
      const cells = data.map((cell) => cell.trim())
      if (cells.every((cell) => cell === '')) return
      rows.push({ line, cells })
      if (rows.length > MAX_ROWS) refuse('tooManyRows', { file, max: MAX_ROWS })
    },
  })
  return rows
}

import { decodeText } from '../../members/spreadsheets/reader/csv'
import { foldVisits } from './fold'
import { type AttendanceSource, type Layout, meetingTitle, recogniseHeading } from './layout'
import { refuse } from './refuse'
import { MAX_BYTES, readRows } from './table'
import { datesPutDayFirst } from './times'
import { readVisit } from './visit'

export type { AttendanceSource } from './layout'

/** One person as the file shows them, with every join/leave row of theirs folded together. */
export interface AttendanceEntry {
  /** As the file shows it; for Zoom the display name, with the name at sign-in in otherNames when it differs. */
  name: string
  otherNames: string[]
  /** Lower-cased; null when the file has none for them. */
  email: string | null
  /** Whole minutes present, each minute counted once however many rows or devices cover it. */
  minutes: number
  /** Rows in the meeting: joins, not counting time in Zoom's waiting room. */
  visits: number
  /** 1-based line numbers in the file, for messages. */
  rowNumbers: number[]
}

export interface AttendanceFile {
  source: AttendanceSource
  entries: AttendanceEntry[]
  meetingTitle: string | null
  /** The calendar days (YYYY-MM-DD, the file's own clock) its joins fall on; none when it gives times only. */
  meetingDays: string[]
}

/** Zoom and Meet put a meeting summary of a few lines above the table; a typed list, a title or two. */
const HEADING_SEARCH_LINES = 40
/** Zoom and Meet write ","; Excel writes ";" where the decimal mark is a comma, as in Indonesia, and tabs as "Unicode Text". */
const DELIMITERS = [',', ';', '\t']
const SHOWN_HEADING_LENGTH = 120

// Zip (xlsx, ods) and the old binary Excel format: a Meet sheet downloaded as Excel, or a list never saved as CSV.
const spreadsheetSignatures = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0])]

/** The first line of the text as the user would recognise it, for a message about what it is not. */
function firstLine(text: string): string {
  const line = (text.split(/\r?\n/).find((candidate) => candidate.trim() !== '') ?? '').trim()
  const shown = line.replace(/\p{Cc}/gu, ' ')
  return shown.length > SHOWN_HEADING_LENGTH ? `${shown.slice(0, SHOWN_HEADING_LENGTH)}…` : shown
}

/**
 * The delimiter is the one that splits some early line into a heading we know. Counting
 * delimiters per line goes wrong on a Zoom export, whose meeting summary and table differ in width,
 * and on a ";" list whose names carry commas ("Siti Rahayu, S.Pd.").
 */
function locateTable(text: string, file: string): { delimiter: string; layout: Layout } | null {
  for (const delimiter of DELIMITERS) {
    for (const row of readRows(text, delimiter, file, HEADING_SEARCH_LINES)) {
      const layout = recogniseHeading(row)
      if (layout) return { delimiter, layout }
    }
  }
  return null
}

/** Moments are wall-clock times counted as if UTC; a time of day alone sits on 1 January 1970. */
const daysOf = (visits: ReturnType<typeof readVisit>[]): string[] =>
  [
    ...new Set(
      visits.flatMap(({ interval }) =>
        interval && interval[0] >= 86_400_000 ? [new Date(interval[0]).toISOString().slice(0, 10)] : [],
      ),
    ),
  ].sort()

export function readAttendanceFile(fileName: string, bytes: Buffer): AttendanceFile {
  if (bytes.length > MAX_BYTES) refuse('tooLarge', { file: fileName, limit: MAX_BYTES / (1024 * 1024) })
  if (spreadsheetSignatures.some((signature) => bytes.subarray(0, signature.length).equals(signature)))
    refuse('notCsv', { file: fileName })
  const text = decodeText(bytes)
  // A sheet saved with no values is only delimiters and line breaks.
  if (text.replace(/[\s,;]/g, '') === '') refuse('empty', { file: fileName })

  const found = locateTable(text, fileName) ?? refuse('unknownShape', { file: fileName, header: firstLine(text) })
  const { layout } = found
  const rows = readRows(text, found.delimiter, fileName)
  const heading = rows.find((row) => row.line === layout.headingLine)?.cells ?? []
  const table = rows.filter((row) => row.line > layout.headingLine)
  if (table.length === 0) refuse('noRows', { file: fileName })

  const { join, leave } = layout.columns
  const moments = layout.timed
    ? table.flatMap((row) => [row.cells[join ?? -1] ?? '', row.cells[leave ?? -1] ?? ''])
    : []
  const dayFirst = datesPutDayFirst(moments)
  const visits = table.map((row) => readVisit(row, layout, heading, dayFirst))
  return {
    source: layout.source,
    entries: foldVisits(visits),
    meetingTitle: meetingTitle(rows, layout),
    meetingDays: daysOf(visits),
  }
}

import { AppError } from '../../../../shared/errors'
import { columnWidths, firstRows, isTyped, type CellKind, type Entry, type Table, type Value } from '../cells'
import { HEADER_STYLE, SHEET_END, sheetStart, styleOf } from './package-parts'

/** The most rows an Excel (or Calc) sheet holds, its header row included. */
export const SHEET_ROWS = 1_048_576

/** Bytes of XML gathered before they go to the zip as one chunk. */
const CHUNK_BYTES = 1 << 20

/** A column's letters: A…Z, then AA, AB…. */
export function columnLetters(index: number): string {
  let letters = ''
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters
  return letters
}

// XML 1.0 has no place for most control characters, even escaped: a reader refuses the whole file.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- the control characters are what it finds
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
// eslint-disable-next-line no-control-regex -- as above
const NOT_PLAIN = /^\s|\s$|[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/
const MARKUP = /[&<>]/g
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/**
 * A cell's XML after its reference: `<c` and, where a cell before it was left empty, `r="C7"`
 * come first. Excel places a cell without a reference right after the one before it.
 */
type CellBody = (value: Value) => string

const INLINE = ' t="inlineStr"><is><t>'
const INLINE_END = '</t></is></c>'

/** Text as an inline string: written as it comes, so the file needs no table of every string. */
function textBody(text: string): string {
  // Most text needs neither escaping nor its spaces kept: one test finds the rest.
  if (!NOT_PLAIN.test(text)) return INLINE + text + INLINE_END
  // Without xml:space, a reader drops the spaces that begin or end a text.
  const preserve = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : ''
  const escaped = text.replace(NOT_XML, '').replace(MARKUP, (character) => entities[character]!)
  return ` t="inlineStr"><is><t${preserve}>${escaped}${INLINE_END}`
}

const DAY_MS = 86_400_000
/** Excel's serial day of 1970-01-01 (its days count from 1899-12-30). */
const UNIX_EPOCH_SERIAL = 25_569

const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/

/**
 * A calendar day or a wall-clock time where the hub is ("2026-03-01", "2026-03-01T09:30") as
 * Excel's serial day: counted as if it were UTC, so no time zone of the PC that writes or opens the
 * file moves it. Null for anything else, 30 February included, rather than a day it is not.
 */
export function serialDay(local: string): number | null {
  const [, day, time = '00:00'] = LOCAL_TIME.exec(local) ?? []
  if (day === undefined) return null
  const instant = Date.parse(`${day}T${time}:00Z`)
  if (Number.isNaN(instant) || new Date(instant).toISOString().slice(0, 10) !== day) return null
  return instant / DAY_MS + UNIX_EPOCH_SERIAL
}

function numberBody(kind: CellKind): (number: number) => string {
  const style = styleOf(kind)
  const styled = style === 0 ? '' : ` s="${style}"`
  return (number) => (Number.isFinite(number) ? `${styled}><v>${number}</v></c>` : '')
}

/** How a value of each kind is written; an empty value is no cell at all. */
function bodyOf(kind: CellKind): CellBody {
  const number = numberBody(kind)
  const body: CellBody = (() => {
    switch (kind) {
      case 'text':
        // Typed as text, so a name that begins with "=" is never run as a formula.
        return (value) => textBody(typeof value === 'string' ? value : String(value))
      case 'yesNo':
        return (value) => textBody(value ? 'Ya' : 'Tidak')
      case 'date':
      case 'dateTime': {
        // A sheet's dates repeat (a session's day on each of its attendances): each is parsed once.
        const days = new Map<string, number | null>()
        return (value) => {
          const text = String(value)
          let day = days.get(text)
          if (day === undefined) days.set(text, (day = serialDay(text)))
          // Not a day: shown as it is stored, never as some other day.
          return day === null ? textBody(text) : number(day)
        }
      }
      case 'percent':
        // Stored as a fraction, as Excel's % format expects: 33.3 (percent) is 0.333, not 0.33299999….
        return (value) => number(Number((Number(value) / 100).toPrecision(12)))
      default:
        return (value) => number(Number(value))
    }
  })()
  return (value) => (value === null || value === '' ? '' : body(value))
}

/**
 * A table as its sheet's XML, in chunks of about a megabyte so a sheet of any length streams into
 * the zip: a bold header row that stays in view, then a row per record, columns as wide as they read.
 */
export function* sheetXml({ name, columns, rows }: Table, selected: boolean, rowLimit = SHEET_ROWS): Generator<Buffer> {
  const letters = columns.map((_, i) => columnLetters(i))
  const bodies = columns.map((column) => bodyOf(column.kind))
  const typedBodies = new Map<CellKind, CellBody>()
  const typedBody = (kind: CellKind) => typedBodies.get(kind) ?? typedBodies.set(kind, bodyOf(kind)).get(kind)!
  const rest = rows[Symbol.iterator]()
  const first = firstRows(rest)
  const widths = columnWidths(columns, first)
    .map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`)
    .join('')
  let xml = `${sheetStart(widths, selected)}<row r="1">`
  for (const column of columns) xml += `<c s="${HEADER_STYLE}"${textBody(column.header)}`
  xml += '</row>'
  let number = 1
  const rowXml = (row: Entry[]) => {
    number += 1
    // Past the limit Excel drops the rest with a warning most would miss: refused, with what to do.
    if (number > rowLimit)
      throw new AppError('VALIDATION', { key: 'reports.workbook.tooManyRows', params: { sheet: name } })
    let cells = ''
    let placed = true
    for (let i = 0; i < columns.length; i++) {
      const entry = row[i] ?? null
      const body = isTyped(entry) ? typedBody(entry.kind)(entry.value) : bodies[i]!(entry)
      if (body === '') placed = false
      else {
        cells += placed ? `<c${body}` : `<c r="${letters[i]}${number}"${body}`
        placed = true
      }
    }
    return `<row r="${number}">${cells}</row>`
  }
  const texts = (function* () {
    yield xml
    for (const row of first) yield rowXml(row)
    for (let next = rest.next(); !next.done; next = rest.next()) yield rowXml(next.value)
    yield SHEET_END
  })()
  // Each row encoded straight into the chunk: one string grown row by row is a rope the encoder must walk.
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES)
  let length = 0
  for (const text of texts) {
    // A UTF-16 unit takes at most three bytes of UTF-8.
    if (length + text.length * 3 > CHUNK_BYTES) {
      if (length > 0) yield Buffer.from(chunk.subarray(0, length))
      length = 0
      // A row longer than a chunk (a story's whole narrative) goes as it is.
      if (text.length * 3 > CHUNK_BYTES) {
        yield Buffer.from(text)
        continue
      }
    }
    length += chunk.write(text, length)
  }
  yield Buffer.from(chunk.subarray(0, length))
}

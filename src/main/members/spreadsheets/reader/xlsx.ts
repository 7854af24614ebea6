import { posix } from 'node:path'
import { AppError } from '../../../../shared/errors'
import { MAX_IMPORT_COLUMNS } from '../../../../shared/members'
import { MAX_READ_ROWS, cellBudget, columnName, refuseTooManyRows } from './limits'
import { refuse } from '../refusals'
import { openArchive, type Archive } from './zip'
import { prefixedAttribute, xmlConsumer, type XmlHandlers } from './xml'

/** A row that holds at least one value, with the number Excel shows for it. */
export interface RawRow {
  rowNumber: number
  cells: string[]
}

/**
 * What one sheet may inflate to. A 50,000-row member list saved by Excel is some 40 MB of sheet
 * XML and 20 MB of shared strings; anything beyond is refused rather than parsed for minutes.
 */
export const XLSX_LIMITS = {
  partBytes: 16 * 1024 * 1024,
  sheetBytes: 128 * 1024 * 1024,
  sharedStringsBytes: 64 * 1024 * 1024,
  /** Excel's own limit of a cell. */
  cellChars: 32_767,
}

async function readXml(archive: Archive, name: string, maxBytes: number, handlers: XmlHandlers) {
  const consumer = xmlConsumer(handlers)
  await archive.stream(name, maxBytes, (chunk) => consumer.write(chunk))
  consumer.end()
}

const partPath = (target: string) => (target.startsWith('/') ? target.slice(1) : posix.normalize(`xl/${target}`))

/** The first sheet in the workbook's order, where its cells' strings and styles live, and its date system. */
async function locateParts(archive: Archive) {
  let sheetId: string | undefined
  let date1904 = false
  await readXml(archive, 'xl/workbook.xml', XLSX_LIMITS.partBytes, {
    open(name, attributes) {
      if (name === 'sheet') sheetId ??= prefixedAttribute(attributes, 'id')
      if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true'
    },
  })
  const parts = { sheet: 'xl/worksheets/sheet1.xml', sharedStrings: 'xl/sharedStrings.xml', styles: 'xl/styles.xml' }
  const rels = 'xl/_rels/workbook.xml.rels'
  if (archive.has(rels))
    await readXml(archive, rels, XLSX_LIMITS.partBytes, {
      open(name, { Id, Type = '', Target }) {
        if (name !== 'Relationship' || !Target) return
        if (Id === sheetId) parts.sheet = partPath(Target)
        else if (Type.endsWith('/sharedStrings')) parts.sharedStrings = partPath(Target)
        else if (Type.endsWith('/styles')) parts.styles = partPath(Target)
      },
    })
  return { ...parts, date1904 }
}

// Built-in number formats that show a date or time (ECMA-376 §18.8.30, with the East Asian ones).
const builtInDate = (id: number) =>
  (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)

/** A custom format shows a date when, outside quoted text, colours, locales and escapes, it uses d m y h or s. */
const customDate = (code: string) =>
  /[dmyhs]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '').replace(/general/gi, ''))

/** For each cell style (the s attribute), whether it shows a date. */
async function dateStyles(archive: Archive, name: string): Promise<boolean[]> {
  const dates: boolean[] = []
  if (!archive.has(name)) return dates
  const custom = new Map<number, string>()
  let inCellFormats = false
  await readXml(archive, name, XLSX_LIMITS.partBytes, {
    open(tag, attributes) {
      const id = Number(attributes.numFmtId ?? 0)
      if (tag === 'numFmt') custom.set(id, attributes.formatCode ?? '')
      else if (tag === 'cellXfs') inCellFormats = true
      else if (tag === 'xf' && inCellFormats) {
        const code = custom.get(id)
        dates.push(code === undefined ? builtInDate(id) : customDate(code))
      }
    },
    close(tag) {
      if (tag === 'cellXfs') inCellFormats = false
    },
  })
  return dates
}

/**
 * Collects the text of <t> and <v> elements, leaving out phonetic guides (<rPh>). tooLong, when
 * given, stops a value past Excel's length of a cell before it is held whole.
 */
function textCollector(tooLong?: () => never) {
  // Most values arrive as one text event; a string grows with less garbage than an array of parts.
  let value = ''
  let phonetic = 0
  let inText = false
  return {
    reset() {
      value = ''
    },
    value: () => value,
    open(tag: string, collect: boolean) {
      if (tag === 'rPh') phonetic++
      else if (tag === 't' || tag === 'v') inText = collect && phonetic === 0
    },
    close(tag: string) {
      if (tag === 'rPh') phonetic--
      else if (tag === 't' || tag === 'v') inText = false
    },
    text(text: string) {
      if (!inText) return
      value += text
      if (tooLong && value.length > XLSX_LIMITS.cellChars) tooLong()
    },
  }
}

async function sharedStrings(archive: Archive, name: string): Promise<string[]> {
  const strings: string[] = []
  if (!archive.has(name)) return strings
  const collector = textCollector()
  let inItem = false
  await readXml(archive, name, XLSX_LIMITS.sharedStringsBytes, {
    open(tag) {
      if (tag === 'si') {
        inItem = true
        collector.reset()
      } else collector.open(tag, inItem)
    },
    close(tag) {
      if (tag === 'si') {
        inItem = false
        strings.push(collector.value())
      } else collector.close(tag)
    },
    text: (text) => collector.text(text),
  })
  return strings
}

const DAY_MS = 86_400_000
const LAST_EXCEL_DAY = 2_958_466
const pad = (n: number) => String(n).padStart(2, '0')

/** Excel's serial day number as YYYY-MM-DD (1900 system with its phantom 29 Feb 1900, or 1904). */
function serialDate(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : serial < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30)
  const date = new Date(epoch + Math.round(serial * DAY_MS))
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

/** A1 → 0; undefined when the reference is missing or malformed. */
function columnIndex(reference: string | undefined): number | undefined {
  const letters = /^([A-Z]{1,3})\d*$/.exec(reference ?? '')?.[1]
  return letters ? [...letters].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0) - 1 : undefined
}

interface CellContext {
  strings: string[]
  dates: boolean[]
  date1904: boolean
  /** A cell naming a shared string the file does not hold: the file is damaged, not the cell empty. */
  damaged(): never
}

/** What the user sees: shared and inline strings, TRUE/FALSE as ya/tidak, dates as YYYY-MM-DD, numbers as stored. */
function cellText(type: string, style: number, raw: string, context: CellContext): string {
  if (raw === '') return ''
  switch (type) {
    case 's':
      return context.strings[Number(raw)] ?? context.damaged()
    case 'b':
      return raw === '1' || raw === 'true' ? 'ya' : 'tidak'
    case 'd':
      return raw.slice(0, 10)
    case 'n': {
      const serial = Number(raw)
      // Beyond 31 Dec 9999 Excel shows ##### too: such a "date" is kept as the number it is.
      return context.dates[style] && serial >= 0 && serial < LAST_EXCEL_DAY ? serialDate(serial, context.date1904) : raw
    }
    default:
      return raw
  }
}

/** Streams the sheet's rows, keeping only cells with a value, and stops as soon as there are too many. */
async function sheetRows(archive: Archive, name: string, context: CellContext): Promise<RawRow[]> {
  const rows: RawRow[] = []
  const count = cellBudget()
  let row: string[] = []
  let rowNumber = 0
  let column = 0
  let cell: { type: string; style: number } | null = null
  const cellName = () => `${columnName(column)}${rowNumber}`
  const tooLong = () => refuse('cellTooLong', { cell: cellName(), max: XLSX_LIMITS.cellChars })
  const collector = textCollector(tooLong)

  await readXml(archive, name, XLSX_LIMITS.sheetBytes, {
    open(tag, attributes) {
      if (tag === 'row') {
        rowNumber = Number(attributes.r) || rowNumber + 1
        row = []
        column = 0
      } else if (tag === 'c') {
        column = columnIndex(attributes.r) ?? column
        cell = { type: attributes.t ?? 'n', style: Number(attributes.s ?? 0) }
        collector.reset()
      } else collector.open(tag, cell !== null)
    },
    close(tag) {
      if (tag === 'c' && cell) {
        const value = cellText(cell.type, cell.style, collector.value(), context)
        if (value !== '') {
          if (column >= MAX_IMPORT_COLUMNS) refuse('tooManyColumns', { cell: cellName(), max: MAX_IMPORT_COLUMNS })
          if (value.length > XLSX_LIMITS.cellChars) tooLong()
          row[column] = value.trim()
          count(1)
        }
        cell = null
        column++
      } else if (tag === 'row') {
        if (!row.some(Boolean)) return
        rows.push({ rowNumber, cells: Array.from(row, (value) => value ?? '') })
        if (rows.length > MAX_READ_ROWS) refuseTooManyRows()
      } else collector.close(tag)
    },
    text: (text) => collector.text(text),
  })
  return rows
}

/** Reads the first sheet of an XLSX file, inflating only the parts it needs, each within a bound. */
export async function readXlsxRows(bytes: Buffer, fileName: string): Promise<RawRow[]> {
  try {
    const archive = await openArchive(bytes, fileName)
    if (!archive.has('xl/workbook.xml'))
      return refuse(archive.has('content.xml') ? 'openDocument' : 'notSpreadsheet', { name: fileName })
    const parts = await locateParts(archive)
    const context = {
      dates: await dateStyles(archive, parts.styles),
      strings: await sharedStrings(archive, parts.sharedStrings),
      date1904: parts.date1904,
      damaged: () => refuse('corrupt', { name: fileName }),
    }
    return await sheetRows(archive, parts.sheet, context)
  } catch (error) {
    if (error instanceof AppError) throw error
    return refuse('corrupt', { name: fileName })
  }
}

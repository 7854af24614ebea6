import {
  SHEET_END,
  SHEET_START,
  entry,
  inlineRow,
  repeatedEntry,
  streamedEntry,
  workbookEntries,
  zipArchive,
} from './test-zips'

/**
 * The files an attacker or an unlucky PC brings, built on demand for the tests and bench:hostile
 * (issue #7). Each stays within the 10 MB an import accepts.
 */
const MB = 1024 * 1024

const oneRowSheet = () =>
  entry(
    'xl/worksheets/sheet1.xml',
    `${SHEET_START}<row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Yayasan A</t></is></c></row>${SHEET_END}`,
  )

/** A valid one-row workbook carrying four entries of 480 MB of zeros that no sheet uses (1.9 MB). */
export function unusedBombs(): Buffer {
  const bomb = repeatedEntry('bomb', Buffer.alloc(MB), 480)
  return zipArchive([
    ...workbookEntries(),
    oneRowSheet(),
    ...[1, 2, 3, 4].map((n) => ({ ...bomb, name: `xl/media/unused${n}.bin` })),
  ])
}

const ROW = '<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaa</t></is></c></row>'
const bombSheet = () => repeatedEntry('xl/worksheets/sheet1.xml', ROW.repeat(Math.floor(MB / ROW.length)), 400)

/** A sheet that inflates to 400 MB from about 400 KB, saying so in its headers. */
export const sheetBomb = (): Buffer => zipArchive([...workbookEntries(), bombSheet()])

/** The same sheet, but its headers claim 4 KB: a reader that trusts them inflates it all. */
export const lyingSheetBomb = (): Buffer => zipArchive([...workbookEntries(), { ...bombSheet(), declaredSize: 4096 }])

function* numberedRows(count: number): Generator<string> {
  yield SHEET_START
  yield '<row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c></row>'
  for (let start = 2; start <= count; start += 10_000) {
    const batch: string[] = []
    for (let n = start; n < Math.min(start + 10_000, count + 1); n++)
      batch.push(`<row r="${n}"><c r="A${n}" t="inlineStr"><is><t>OMS ${n}</t></is></c></row>`)
    yield batch.join('')
  }
  yield SHEET_END
}

/** A million rows of text in about 8 MB, each row honest and small. */
export async function millionRows(): Promise<Buffer> {
  return zipArchive([...workbookEntries(), await streamedEntry('xl/worksheets/sheet1.xml', numberedRows(1_000_000))])
}

/** A CSV of a million short lines (9 MB). */
export const millionLinesCsv = (): Buffer =>
  Buffer.from(['Nama', ...Array.from({ length: 1_000_000 }, (_, n) => `O${n}`)].join('\n'))

const WORDS = ['Yayasan', 'Perkumpulan', 'Bina', 'Desa', 'Tani', 'Makmur', 'Forum', 'Warga', 'Madiun', 'Lestari']

function* fullRows(rows: number, columns: number): Generator<string> {
  yield SHEET_START
  for (let start = 1; start <= rows; start += 1_000) {
    const batch: string[] = []
    for (let n = start; n < Math.min(start + 1_000, rows + 1); n++) {
      const cells = Array.from({ length: columns }, (_, c) =>
        n === 1 ? `Kolom ${c + 1}` : `${WORDS[(n * 7 + c) % WORDS.length]} ${(n * 31 + c * 17) % 100_000}`,
      )
      batch.push(inlineRow(n, cells))
    }
    yield batch.join('')
  }
  yield SHEET_END
}

/** The largest honest list an import takes: 50,000 rows of 20 filled columns. */
export async function largestHonestList(): Promise<Buffer> {
  return zipArchive([...workbookEntries(), await streamedEntry('xl/worksheets/sheet1.xml', fullRows(50_001, 20))])
}

/**
 * What passes every declared check yet asks the most of the reader: within the row and column
 * limits, 256 filled columns, inflating near the sheet bound at an ordinary ratio.
 */
export async function widestSheet(): Promise<Buffer> {
  return zipArchive([...workbookEntries(), await streamedEntry('xl/worksheets/sheet1.xml', fullRows(9_000, 256))])
}

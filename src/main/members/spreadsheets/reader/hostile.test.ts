import { describe, expect, it } from 'vitest'
import { createTranslator } from '../../../../shared/i18n/translate'
import { MAX_IMPORT_ROWS } from '../../../../shared/members'
import { READER_LIMITS, readSpreadsheet } from '../read'
import { lyingSheetBomb, millionLinesCsv, millionRows, sheetBomb, unusedBombs } from './hostile-files'
import { SHEET_END, SHEET_START, entry, workbookEntries, xlsxOf, zipArchive } from './test-zips'
import { openArchive, ZIP_LIMITS } from './zip'

const refusedWith = (key: string) => ({ userMessage: { key: `validation.import.${key}` } })
const read = (bytes: Buffer, fileName = 'anggota.xlsx') => readSpreadsheet(fileName, bytes)

describe('hostile spreadsheet files', () => {
  it('refuses a small archive declaring huge entries before inflating any, used by the sheet or not', async () => {
    const unused = unusedBombs()
    expect(unused.length).toBeLessThan(2.5 * 1024 * 1024)
    await expect(read(unused)).rejects.toMatchObject(refusedWith('unsafeArchive'))
    await expect(read(sheetBomb())).rejects.toMatchObject({
      userMessage: { key: 'validation.import.unsafeArchive', params: { size: 400 } },
    })
  })

  it('stops inflating an entry that lies about its size as soon as it passes what it declared', async () => {
    await expect(read(lyingSheetBomb())).rejects.toMatchObject(refusedWith('corrupt'))
  })

  it('refuses an entry larger than the bound of the part it is read as', async () => {
    const archive = await openArchive(zipArchive([entry('a.xml', 'x'.repeat(10_000))]), 'a.xlsx')
    await expect(archive.stream('a.xml', 9_999, () => {})).rejects.toMatchObject(refusedWith('unsafeArchive'))
    let inflated = 0
    await archive.stream('a.xml', 10_000, (chunk) => (inflated += chunk.length))
    expect(inflated).toBe(10_000)
  })

  it('refuses an archive of more entries than any workbook has', async () => {
    const many = Array.from({ length: ZIP_LIMITS.entries + 1 }, (_, n) => entry(`xl/media/${n}.xml`, '<a/>'))
    await expect(read(zipArchive([...workbookEntries(), ...many]))).rejects.toMatchObject(refusedWith('tooManyEntries'))
  })

  it('refuses a million-row XLSX and a million-line CSV as too many rows, counting while reading', async () => {
    const max = { params: { max: MAX_IMPORT_ROWS } }
    const xlsx = await millionRows()
    expect(xlsx.length).toBeLessThan(10 * 1024 * 1024)
    await expect(read(xlsx)).rejects.toMatchObject({ userMessage: { key: 'validation.import.tooManyRows', ...max } })
    await expect(read(millionLinesCsv(), 'anggota.csv')).rejects.toMatchObject(refusedWith('tooManyRows'))
  })

  it('names the limits with the grouping of the language the user reads', () => {
    const message = { key: 'validation.import.tooManyRows', params: { max: MAX_IMPORT_ROWS } }
    expect(createTranslator('id')(message)).toContain('lebih dari 50.000 baris data')
    expect(createTranslator('en')(message)).toContain('more than 50,000 data rows')
  })

  it('refuses values beyond the 256th column and cells longer than Excel allows, naming the cell', async () => {
    const wide = zipArchive([
      ...workbookEntries(),
      entry('xl/worksheets/sheet1.xml', `${SHEET_START}<row r="1"><c r="IW1"><v>1</v></c></row>${SHEET_END}`),
    ])
    await expect(read(wide)).rejects.toMatchObject({
      userMessage: { key: 'validation.import.tooManyColumns', params: { cell: 'IW1' } },
    })
    const wideCsv = Buffer.from(`Nama\n${'x;'.repeat(300)}\n`)
    await expect(read(wideCsv, 'a.csv')).rejects.toMatchObject(refusedWith('tooManyColumns'))
    await expect(read(xlsxOf([['Nama'], ['a'.repeat(40_000)]]))).rejects.toMatchObject({
      userMessage: { key: 'validation.import.cellTooLong', params: { cell: 'A2', max: 32_767 } },
    })
  })

  it('refuses more filled cells than an import takes, counting while reading', async () => {
    // 25,001 rows of 60 numbers: 1,500,060 cells, within the row and column limits and the 10 MB.
    const value = (row: number, column: number) => (row * 7_919 + column * 104_729) % 1_000
    const rows = Array.from({ length: 25_001 }, (_, row) =>
      Array.from({ length: 60 }, (_, column) => value(row, column)),
    )
    const numbers = (cells: number[]) => `<row>${cells.map((cell) => `<c><v>${cell}</v></c>`).join('')}</row>`
    const sheet = entry('xl/worksheets/sheet1.xml', SHEET_START + rows.map(numbers).join('') + SHEET_END)
    await expect(read(zipArchive([...workbookEntries(), sheet]))).rejects.toMatchObject({
      userMessage: { key: 'validation.import.tooManyCells', params: { max: 1_500_000 } },
    })
    const csv = Buffer.from(rows.map((cells) => cells.join(';')).join('\n'))
    await expect(read(csv, 'lebar.csv')).rejects.toMatchObject(refusedWith('tooManyCells'))
  })

  it('ends the reading thread at its memory or time limit, and the app reads the next file', async () => {
    const big = xlsxOf([
      ['Nama', 'Catatan'],
      ...Array.from({ length: 20_000 }, (_, n) => [`OMS ${n}`, 'c'.repeat(500)]),
    ])
    await expect(readSpreadsheet('besar.xlsx', big, { ...READER_LIMITS, heapMb: 8 })).rejects.toMatchObject(
      refusedWith('tooDemanding'),
    )
    await expect(readSpreadsheet('besar.xlsx', big, { ...READER_LIMITS, timeoutMs: 1 })).rejects.toMatchObject(
      refusedWith('tooDemanding'),
    )
    expect((await read(big)).rows).toHaveLength(20_000)
  })
})

import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import yauzl, { type Entry } from 'yauzl'
import { describe, expect, it, onTestFinished } from 'vitest'
import { appErrorFrom } from '../../../testing/errors'
import type { Table } from '../cells'
import { readStoredWorkbook } from '../test-xlsx'
import { createXlsxFile } from './file'
import { columnLetters, serialDay, sheetXml } from './sheet-xml'

function scratch(): string {
  const directory = mkdtempSync(join(tmpdir(), 'lokadaya-xlsx-'))
  onTestFinished(() => rmSync(directory, { recursive: true, force: true }))
  return directory
}

function written(tables: Table[]): string {
  const path = join(scratch(), 'buku.xlsx')
  const file = createXlsxFile(
    path,
    tables.map((table) => table.name),
  )
  for (const table of tables) file.addSheet(table)
  file.finish()
  return path
}

/** Every entry inflated by yauzl (zlib), its bytes checked against the CRC and size the zip declares. */
async function checkedEntries(path: string): Promise<Map<string, Buffer>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, validateEntrySizes: true }, (error, file) =>
      error ? reject(error) : resolve(file),
    ),
  )
  const entries = new Map<string, Buffer>()
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: Entry) =>
      zip.openReadStream(entry, (error, input) => {
        if (error) return reject(error)
        const chunks: Buffer[] = []
        input.on('data', (chunk: Buffer) => chunks.push(chunk))
        input.on('error', reject)
        input.on('end', () => {
          const bytes = Buffer.concat(chunks)
          if (crc32(bytes) !== entry.crc32) return reject(new Error(`CRC of ${entry.fileName} differs`))
          entries.set(entry.fileName, bytes)
          zip.readEntry()
        })
      }),
    )
    zip.on('end', resolve)
    zip.on('error', reject)
    zip.readEntry()
  })
  return entries
}

const names = { name: 'Nama', kind: 'text' } as const

describe('the XLSX writer', () => {
  it('names columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual([
      ...['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA'],
    ])
  })

  it('counts days as Excel does, whatever the time zone of the PC', () => {
    expect(serialDay('1900-03-01')).toBe(61)
    expect(serialDay('2026-05-18')).toBe(46160)
    expect(serialDay('2026-05-18T18:00')).toBe(46160.75)
    expect(serialDay('2026-05-18T18:00:00.000Z')).toBe(46160.75)
    for (const notADay of ['2024-02-30', '2024-3-1', 'bukan tanggal', ''])
      expect(serialDay(notADay), notADay).toBeNull()
  })

  it('writes a date column value that is no day as the text it is, never as another day', () => {
    const path = written([
      { name: 'Tanggal', columns: [{ header: 'Tanggal', kind: 'date' }], rows: [['2024-02-29'], ['2024-02-30']] },
    ])
    const [sheet] = readStoredWorkbook(path)
    expect(sheet!.rows.slice(1).map(([cell]) => [cell!.number, cell!.text])).toEqual([
      [45351, null],
      [null, '2024-02-30'],
    ])
  })

  it('refuses a sheet longer than Excel holds, naming it, before writing past the limit', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => [`Baris ${i}`])
    const chunks = sheetXml({ name: 'Kehadiran', columns: [{ header: 'Nama', kind: 'text' }], rows }, false, 5)
    const error = await appErrorFrom(() => [...chunks])
    expect([error.code, error.userMessage.key, error.userMessage.params]).toEqual([
      'VALIDATION',
      'reports.workbook.tooManyRows',
      { sheet: 'Kehadiran' },
    ])
    const fits = sheetXml(
      { name: 'Kehadiran', columns: [{ header: 'Nama', kind: 'text' }], rows: rows.slice(1) },
      false,
      5,
    )
    expect(
      Buffer.concat([...fits])
        .toString()
        .match(/<row /g),
    ).toHaveLength(5)
  })

  it('writes a sheet of many megabytes in chunks that inflate back whole, each entry matching its CRC', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => [`Orang ke-${i} dengan nama yang cukup panjang`, i * 1000])
    const path = written([
      {
        name: 'Besar',
        columns: [
          { header: 'Nama', kind: 'text' },
          { header: 'Dana', kind: 'rupiah' },
        ],
        rows,
      },
    ])
    const entries = await checkedEntries(path)
    const sheet = entries.get('xl/worksheets/sheet1.xml')!.toString('utf8')
    expect(sheet.length).toBeGreaterThan(3 * (1 << 20))
    expect(sheet.match(/<row /g)).toHaveLength(40_001)
    const [stored] = readStoredWorkbook(path)
    expect(stored!.rows.at(-1)!.map((cell) => cell.text ?? cell.number)).toEqual([
      'Orang ke-39999 dengan nama yang cukup panjang',
      39_999_000,
    ])
  })

  it('writes a text longer than a chunk whole, between the rows around it', () => {
    const long = `Narasi ${'panjang '.repeat(60_000)}akhir`
    const path = written([
      {
        name: 'Cerita',
        columns: [{ header: 'Narasi', kind: 'text' }],
        rows: [['sebelum'], [long], ['sesudah']],
      },
    ])
    const [sheet] = readStoredWorkbook(path)
    expect(sheet!.rows.map(([cell]) => cell!.text)).toEqual(['Narasi', 'sebelum', long, 'sesudah'])
  })

  it('keeps text as text: markup escaped, spaces kept, characters XML cannot hold left out', () => {
    const texts = [
      '=SUM(A1:A9)',
      'Tani & Ternak <Makmur>',
      '  dua spasi  ',
      'baris\nkedua',
      'bel\u0007 dan \ud800 lepas',
    ]
    const path = written([
      { name: 'Teks', columns: [{ header: names.name, kind: 'text' }], rows: texts.map((t) => [t]) },
    ])
    const [sheet] = readStoredWorkbook(path)
    expect(sheet!.rows.slice(1).map(([cell]) => cell!.text)).toEqual([
      ...['=SUM(A1:A9)', 'Tani & Ternak <Makmur>', '  dua spasi  ', 'baris\nkedua', 'bel dan  lepas'],
    ])
  })

  it('leaves an empty cell out and places the next one by its reference', () => {
    const path = written([
      {
        name: 'Celah',
        columns: ['A', 'B', 'C', 'D'].map((header) => ({ header, kind: 'count' as const })),
        rows: [
          [1, null, 3, ''],
          [null, null, null, 4],
          [{ kind: 'percent', value: 33.3 }, 2, null, null],
        ],
      },
    ])
    const [sheet] = readStoredWorkbook(path)
    expect(sheet!.rows.slice(1).map((row) => row.map((cell) => cell.number))).toEqual([
      [1, null, 3],
      [null, null, null, 4],
      [0.333, 2],
    ])
    expect(sheet!.rows[3]![0]!.format).toBe('0.0%')
  })

  it('refuses sheets out of their named order, and a file ended before all its sheets', () => {
    const directory = scratch()
    const sheet = (name: string): Table => ({ name, columns: [{ header: 'Nama', kind: 'text' }], rows: [] })
    const file = createXlsxFile(join(directory, 'a.xlsx'), ['Satu', 'Dua'])
    expect(() => file.addSheet(sheet('Dua'))).toThrow('sheet "Dua" comes where "Satu" was named')
    file.addSheet(sheet('Satu'))
    expect(() => file.finish()).toThrow('1 of 2 sheets were written')
    file.abort()
    expect(statSync(join(directory, 'a.xlsx')).mode & 0o777).toBe(0o600)
    expect(readdirSync(directory)).toEqual(['a.xlsx'])
  })
})

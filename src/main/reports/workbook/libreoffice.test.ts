import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it, onTestFinished } from 'vitest'
import { builtWorkbook, reportData } from './testing'
import { createXlsxFile } from './xlsx/file'

const hasLibreOffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0

/**
 * Every sheet of a workbook as LibreOffice Calc shows it, saved by Calc itself as UTF-8 CSV with
 * the cells as displayed (the last option, -1, writes each sheet to its own file).
 */
function sheetsAsCalcShowsThem(path: string, names: string[]): Map<string, string[][]> {
  const directory = mkdtempSync(join(tmpdir(), 'lokadaya-calc-'))
  onTestFinished(() => rmSync(directory, { recursive: true, force: true }))
  execFileSync(
    'soffice',
    [
      // A profile of its own, so a Calc the user has open (or another test) is neither used nor disturbed.
      `-env:UserInstallation=file://${join(directory, 'profile')}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1',
      '--outdir',
      directory,
      path,
    ],
    { stdio: 'ignore', timeout: 150_000 },
  )
  const base = basename(path, '.xlsx')
  return new Map(
    names.map((name) => {
      const csv = readFileSync(join(directory, `${base}-${name}.csv`), 'utf8')
      return [name, Papa.parse<string[]>(csv.trimEnd(), { delimiter: ',' }).data]
    }),
  )
}

// Skipped, with the reason in its name, where LibreOffice is not installed; .ci/run installs it.
describe(`the report workbook in LibreOffice Calc${hasLibreOffice ? '' : ' (skipped: soffice not found, apt-get install libreoffice-calc-nogui)'}`, () => {
  it.skipIf(!hasLibreOffice)(
    'shows dates as days, rupiah as rupiah and session times in the hub zone',
    async () => {
      const { path, sheets } = await builtWorkbook(await reportData())
      const calc = sheetsAsCalcShowsThem(
        path,
        sheets.map((sheet) => sheet.name),
      )
      const cell = (sheet: string, row: number, header: string) => {
        const rows = calc.get(sheet) ?? []
        return rows[row]?.[rows[0]?.indexOf(header) ?? -1]
      }
      expect(cell('Janji Dukungan', 1, 'Tanggal janji')).toBe('01/03/2026')
      expect(cell('Janji Dukungan', 1, 'Jumlah dana')).toBe('Rp 3,000,000')
      expect(cell('Janji Dukungan', 1, 'Status')).toBe('Terlambat')
      expect(cell('Penerimaan', 1, 'Biaya pengelolaan')).toBe('Rp 62,500')
      expect(cell('Penerimaan', 1, 'Tarif biaya pengelolaan')).toBe('5.0%')
      expect(cell('Sesi', 2, 'Mulai (WIB)')).toBe('01/04/2026 06:00')
      expect(cell('Kehadiran', 1, 'Tanggal sesi')).toBe('02/03/2026')
      expect(cell('Orang', 0, 'Persetujuan kontak')).toBe('Persetujuan kontak')
    },
    180_000,
  )

  it.skipIf(!hasLibreOffice)(
    'reads a sheet written in many compressed chunks whole, each cell in its column past the empty ones',
    () => {
      const directory = mkdtempSync(join(tmpdir(), 'lokadaya-chunks-'))
      onTestFinished(() => rmSync(directory, { recursive: true, force: true }))
      const path = join(directory, 'panjang.xlsx')
      const file = createXlsxFile(path, ['Panjang'])
      const rows = Array.from({ length: 30_000 }, (_, i) => [
        `Peserta ${i} dari sesi pelatihan`,
        i % 3 ? null : i,
        '2026-05-18',
      ])
      const columns = [
        { header: 'Nama', kind: 'text' as const },
        { header: 'Nilai', kind: 'count' as const },
        { header: 'Tanggal', kind: 'date' as const },
      ]
      file.addSheet({ name: 'Panjang', columns, rows })
      file.finish()
      const shown = sheetsAsCalcShowsThem(path, ['Panjang']).get('Panjang')!
      expect(shown).toHaveLength(30_001)
      expect(shown[29_998]).toEqual(['Peserta 29997 dari sesi pelatihan', '29,997', '18/05/2026'])
      expect(shown[30_000]).toEqual(['Peserta 29999 dari sesi pelatihan', '', '18/05/2026'])
    },
    180_000,
  )
})

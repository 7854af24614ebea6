import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it, onTestFinished } from 'vitest'
import type { SpreadsheetFile } from '../../../shared/members'
import { insertOrganisation } from '../records/organisations'
import { jawaTimurServices, organisationInput } from '../records/testing'
import { organisationTable } from './export'
import { ok } from './test-files'

const hasLibreOffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

/** The first sheet of a workbook as LibreOffice Calc reads it, saved by Calc itself as UTF-8 CSV. */
function readWithCalc(file: SpreadsheetFile): string[][] {
  const directory = mkdtempSync(join(tmpdir(), 'lokadaya-calc-'))
  onTestFinished(() => rmSync(directory, { recursive: true, force: true }))
  const input = join(directory, file.fileName)
  writeFileSync(input, Buffer.from(file.contentBase64, 'base64'))
  execFileSync(
    'soffice',
    [
      // A profile of its own, so a Calc the user has open (or another test) is neither used nor disturbed.
      `-env:UserInstallation=file://${join(directory, 'profile')}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1',
      '--outdir',
      directory,
      input,
    ],
    { stdio: 'ignore', timeout: 150_000 },
  )
  const csv = readFileSync(join(directory, file.fileName.replace(/\.xlsx$/, '.csv')), 'utf8')
  return Papa.parse<string[]>(csv.trimEnd(), { delimiter: ',' }).data
}

// Skipped, with the reason in its name, where LibreOffice is not installed; .ci/run installs it.
describe(`an exported workbook in LibreOffice Calc${hasLibreOffice ? '' : ' (skipped: soffice not found, apt-get install libreoffice-calc-nogui)'}`, () => {
  it.skipIf(!hasLibreOffice)(
    'opens with every cell as exported: text stays text, numbers stay numbers',
    async () => {
      const { registry, database, hub } = await jawaTimurServices()
      const id = insertOrganisation(
        database,
        hub,
        organisationInput({
          name: '=Yayasan Bina Désa “Maju”',
          acronym: 'YBD',
          foundedYear: 2001,
          phone: '0351 123456',
          address: "+62 Jl. Raya 1 & <Gang> 'Mawar'",
          staffCount: 1250,
          notes: 'Baris satu\nbaris dua',
        }),
        { status: 'active', since: '2019-03-01' },
      )
      const file = await ok<SpreadsheetFile>(registry.invoke('members:exportOrganisations', { format: 'xlsx' }))
      const expected = organisationTable(database, [id])
      const cells = readWithCalc(file)
      expect(cells[0]).toEqual(expected.headers)
      expect(cells.slice(1)).toEqual(
        expected.rows.map((row) => row.map((value) => (value === null ? '' : String(value)))),
      )
      expect(cells[1]?.slice(0, 2)).toEqual(['=Yayasan Bina Désa “Maju”', 'YBD'])
      // A phone number kept as text keeps its leading 0, which a number cell would drop.
      expect(cells[1]?.[expected.headers.indexOf('Telepon')]).toMatch(/^0351/)
    },
    180_000,
  )
})

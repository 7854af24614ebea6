import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it, onTestFinished } from 'vitest'
import type { ImportCommitted, SpreadsheetFile } from '../../../shared/members'
import { insertOrganisation } from '../records/organisations'
import { giveConsent } from '../../privacy/testing'
import { insertPerson } from '../records/people'
import { jawaTimurServices, organisationInput, personInput } from '../records/testing'
import { organisationTable } from './export'
import { contactHeadings, counts, ok, openAndPreview } from './test-files'

const hasLibreOffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

/** The file as LibreOffice Calc opens it and saves it again, through the given filter, in `outdir`. */
function saveWithCalc(file: SpreadsheetFile, filter: string, outdir: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'lokadaya-calc-'))
  onTestFinished(() => rmSync(directory, { recursive: true, force: true }))
  const input = join(directory, file.fileName)
  writeFileSync(input, Buffer.from(file.contentBase64, 'base64'))
  const output = outdir === '' ? directory : join(directory, outdir)
  execFileSync(
    'soffice',
    [
      // A profile of its own, so a Calc the user has open (or another test) is neither used nor disturbed.
      `-env:UserInstallation=file://${join(directory, 'profile')}`,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      output,
      input,
    ],
    { stdio: 'ignore', timeout: 150_000 },
  )
  return output
}

/** The first sheet of a workbook as LibreOffice Calc reads it, saved by Calc itself as UTF-8 CSV. */
function readWithCalc(file: SpreadsheetFile): string[][] {
  const directory = saveWithCalc(file, 'csv:Text - txt - csv (StarCalc):44,34,76,1', '')
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

  it.skipIf(!hasLibreOffice)(
    "carries each OMS's contact person; the workbook Calc saves again imports back onto the same OMS and people",
    async () => {
      const { registry, database, hub } = await jawaTimurServices()
      const bina = insertOrganisation(database, hub, organisationInput({ phone: '(0351) 123456' }), {
        status: 'active',
        since: '2019-03-01',
      })
      // Everyone here agreed to be listed and contacted: the export shows only what consent allows.
      const listed = (id: string) => giveConsent(database, id, ['directory', 'contact'])
      listed(insertPerson(database, hub, personInput(bina, { phone: '0812 1111 2222', birthYear: 1990 })))
      listed(insertPerson(database, hub, personInput(bina, { name: 'Ani Lestari', role: 'manager' })))
      const forum = insertOrganisation(
        database,
        hub,
        organisationInput({ name: 'Forum Warga', regencyCode: '35.79' }),
        {
          status: 'candidate',
          since: '2025-01-01',
        },
      )
      listed(
        insertPerson(
          database,
          hub,
          personInput(forum, { name: 'Budi Santoso', gender: 'male', role: 'volunteer', email: 'budi@warga.id' }),
        ),
      )
      const file = await ok<SpreadsheetFile>(registry.invoke('members:exportOrganisations', { format: 'xlsx' }))
      expect(file.fileName).toMatch(/^anggota-oms-\d{4}-\d{2}-\d{2}\.xlsx$/)

      const cells = readWithCalc(file)
      const headers = cells[0] ?? []
      const row = (name: string) => cells.find((line) => line[0] === name) ?? []
      const contact = (name: string, heading: string) => row(name)[headers.indexOf(heading)]
      expect(headers.slice(-9, -1)).toEqual(contactHeadings)
      // The leader, not the manager recorded after her; she keeps the leading 0 of her number.
      expect(contact('Yayasan Bina Desa', 'Nama Kontak')).toBe('Siti Rahayu')
      expect(contact('Yayasan Bina Desa', 'No HP Kontak')).toBe('0812-1111-2222')
      expect(contact('Yayasan Bina Desa', 'Tahun Lahir Kontak')).toBe('1990')
      expect(contact('Forum Warga', 'Nama Kontak')).toBe('Budi Santoso')
      expect(contact('Forum Warga', 'Email Kontak')).toBe('budi@warga.id')

      // Opened and saved in Calc as a secretariat would, then imported again.
      const savedBy = saveWithCalc(file, 'xlsx:Calc MS Excel 2007 XML', 'calc')
      const again = readFileSync(join(savedBy, file.fileName)).toString('base64')
      const people = database.sqlite.prepare('SELECT * FROM people ORDER BY id').all()
      const { opened, preview } = await openAndPreview(registry, 'organisations', again, { fileName: file.fileName })
      expect(opened.mapping.filter((field) => field === null)).toEqual([])
      expect(preview.counts).toEqual(counts({ update: 2, matched: 2, contactsUpdate: 2 }))
      expect(await ok<ImportCommitted>(registry.invoke('members:importCommit', { importId: opened.importId }))).toEqual(
        {
          created: 0,
          updated: 2,
          skipped: 0,
          contactsCreated: 0,
          contactsUpdated: 2,
        },
      )
      const ignoringUpdatedAt = (rows: unknown[]) => rows.map((row) => ({ ...(row as object), updated_at: null }))
      expect(ignoringUpdatedAt(database.sqlite.prepare('SELECT * FROM people ORDER BY id').all())).toEqual(
        ignoringUpdatedAt(people),
      )
    },
    300_000,
  )
})

import { describe, expect, it } from 'vitest'
import type { ImportCommitted, SpreadsheetFile } from '../../../shared/members'
import { readSpreadsheet } from './read'
import { exportFile, organisationTable, personTable } from './export'
import { insertOrganisation } from '../records/organisations'
import { giveConsent } from '../../privacy/testing'
import { insertPerson } from '../records/people'
import { jawaTimurServices, organisationInput, personInput } from '../records/testing'
import { contactHeadings, counts, ok, openAndPreview } from './test-files'
import { defused } from './write'
import type { HandlerRegistry } from '../../ipc/registry'

const now = new Date('2026-11-24T20:00:00Z')
const contactFields = ['name', 'gender', 'birthYear', 'role', 'phone', 'email', 'consent', 'consentOn'].map(
  (field) => `contact.${field}`,
)
const bytes = (file: SpreadsheetFile) => Buffer.from(file.contentBase64, 'base64')

async function directory() {
  const context = await jawaTimurServices({ clock: () => now.getTime() })
  const { database, hub } = context
  const full = organisationInput({
    name: '=Yayasan Bina Désa',
    acronym: 'YBD',
    typeCode: 'foundation',
    legalForm: 'association',
    registrationNumber: 'AHU-0012345.AH.01.07',
    foundedYear: 2001,
    districtCode: '35.19.01',
    address: "-2+3+cmd|' /C calc'!A0 Jl. Raya Dolopo 12",
    phone: '0351 123456',
    email: 'info@binadesa.or.id',
    website: 'www.binadesa.or.id',
    sectorCodes: ['green_economy', 'education'],
    sdgs: [1, 4],
    staffCount: 5,
    volunteerCount: 1200,
    notes: 'Catatan; dengan "kutip", koma',
  })
  const first = insertOrganisation(database, hub, full, { status: 'active', since: '2025-01-15' })
  const second = insertOrganisation(
    database,
    hub,
    // Values that start with apostrophes must come back with every apostrophe they had.
    organisationInput({
      name: 'Forum Warga',
      regencyCode: '35.77',
      phone: '081234567890',
      address: "''+62 Jl. Lama",
      notes: "'=sudah",
    }),
    { status: 'candidate', since: '2025-02-01' },
  )
  const siti = insertPerson(
    database,
    hub,
    personInput(first, { phone: '0812 1111 2222', birthYear: 1995, consent: true, consentOn: '2025-03-01' }),
  )
  const budi = insertPerson(
    database,
    hub,
    personInput(second, { name: 'Budi Santoso', gender: 'male', role: 'volunteer' }),
  )
  // Both agreed to be listed in the directory: only such people are exported.
  for (const id of [siti, budi]) giveConsent(database, id, ['directory'])
  return { ...context, organisationIds: [first, second], personIds: [siti, budi] }
}

const snapshot = (database: { sqlite: { prepare(sql: string): { all(): unknown[] } } }, table: string) =>
  database.sqlite.prepare(`SELECT * FROM ${table} ORDER BY id`).all()

async function reimport(registry: HandlerRegistry, kind: 'organisations' | 'people', file: SpreadsheetFile) {
  const { opened, preview } = await openAndPreview(registry, kind, file.contentBase64, { fileName: file.fileName })
  return {
    opened,
    preview,
    committed: await ok<ImportCommitted>(registry.invoke('members:importCommit', { importId: opened.importId })),
  }
}

describe('export', () => {
  it.each(['xlsx', 'csv'] as const)(
    'writes organisations to %s with Indonesian headings, and they import back unchanged',
    async (format) => {
      const { database, hub, registry, organisationIds } = await directory()
      const file = await exportFile(hub, format, 'oms', organisationTable(database, organisationIds), now)
      expect(file.fileName).toBe(`anggota-oms-2026-11-25.${format}`)
      const sheet = await readSpreadsheet(file.fileName, bytes(file))
      expect(sheet.headers.slice(0, 8)).toEqual([
        'Nama OMS',
        'Singkatan',
        'Jenis Organisasi',
        'Bentuk Badan Hukum',
        'Nomor Registrasi',
        'Tahun Berdiri',
        'Kabupaten/Kota',
        'Kecamatan',
      ])
      expect(sheet.headers.at(-1)).toBe('ID')
      expect(sheet.rows[0]?.cells.slice(0, 8)).toEqual([
        '=Yayasan Bina Désa',
        'YBD',
        'Yayasan',
        'Perkumpulan berbadan hukum',
        'AHU-0012345.AH.01.07',
        '2001',
        'Kabupaten Madiun',
        'Kebonsari',
      ])
      expect(sheet.rows[1]?.cells).toContain('0812-3456-7890')

      const before = snapshot(database, 'organisations')
      const { preview, committed } = await reimport(registry, 'organisations', file)
      // Each OMS's contact person comes back as the person already recorded there.
      expect(preview.counts).toEqual(counts({ update: 2, matched: 2, contactsUpdate: 2 }))
      expect(committed).toEqual({ created: 0, updated: 2, skipped: 0, contactsCreated: 0, contactsUpdated: 2 })
      const after = snapshot(database, 'organisations') as { updated_at: string }[]
      expect(after.map((row) => ({ ...row, updated_at: null }))).toEqual(
        before.map((row) => ({ ...(row as object), updated_at: null })),
      )
    },
  )

  it.each(['xlsx', 'csv'] as const)('writes people to %s, and they import back unchanged', async (format) => {
    const { database, hub, registry, personIds } = await directory()
    const file = await exportFile(hub, format, 'orang', personTable(database, personIds), now)
    const sheet = await readSpreadsheet(file.fileName, bytes(file))
    expect(sheet.headers).toEqual([
      'Nama',
      'Jenis Kelamin',
      'Tahun Lahir',
      'Peran',
      'Nama OMS',
      'ID OMS',
      'Telepon',
      'E-mail',
      'Setuju Berbagi Kontak',
      'Tanggal Persetujuan',
      'Catatan',
      'ID',
    ])
    expect(sheet.rows[0]?.cells.slice(0, 5)).toEqual([
      'Siti Rahayu',
      'Perempuan',
      '1995',
      'Ketua/pimpinan',
      '=Yayasan Bina Désa',
    ])
    const before = snapshot(database, 'people')
    const { preview } = await reimport(registry, 'people', file)
    expect(preview.counts).toEqual(counts({ update: 2, matched: 2 }))
    const after = snapshot(database, 'people') as { updated_at: string }[]
    expect(after.map((row) => ({ ...row, updated_at: null }))).toEqual(
      before.map((row) => ({ ...(row as object), updated_at: null })),
    )
    expect(snapshot(database, 'affiliations')).toHaveLength(2)
  })

  it("writes each OMS's leader, else its first person, in the contact columns the import reads; a re-import updates them, adding nobody", async () => {
    const { database, hub, registry, organisationIds } = await directory()
    const [bina, forum] = organisationIds as [string, string]
    // Recorded after Budi (volunteer) and Siti (leader): neither takes their place as the contact.
    for (const id of [
      insertPerson(database, hub, personInput(forum, { name: 'Agus Salim', gender: 'male', role: 'staff' })),
      insertPerson(database, hub, personInput(bina, { name: 'Rina Wati', role: 'manager' })),
    ])
      giveConsent(database, id, ['directory'])
    const third = insertOrganisation(
      database,
      hub,
      organisationInput({ name: 'Kelompok Tani Makmur', regencyCode: '35.02' }),
      { status: 'active', since: '2025-01-15' },
    )
    const file = await ok<SpreadsheetFile>(registry.invoke('members:exportOrganisations', { format: 'xlsx' }))
    expect(file.rowCount).toBe(3)
    const sheet = await readSpreadsheet(file.fileName, bytes(file))
    expect(sheet.headers.slice(-9)).toEqual([...contactHeadings, 'ID'])
    const contactOf = (id: string) => {
      const cells = sheet.rows.find((row) => row.cells.at(-1) === id)?.cells ?? []
      return cells.slice(-9, -1).map((cell, i) => (i === 1 || i === 3 ? cell.toLowerCase() : cell))
    }
    expect(contactOf(bina)).toEqual([
      'Siti Rahayu',
      'perempuan',
      '1995',
      'ketua/pimpinan',
      '0812-1111-2222',
      '',
      'ya',
      '2025-03-01',
    ])
    expect(contactOf(forum)).toEqual(['Budi Santoso', 'laki-laki', '', 'relawan', '', '', 'tidak', ''])
    expect(contactOf(third)).toEqual(['', '', '', '', '', '', '', ''])

    const people = snapshot(database, 'people')
    const { opened, preview, committed } = await reimport(registry, 'organisations', file)
    expect(opened.mapping.slice(-9)).toEqual([...contactHeadings.map((_, i) => contactFields[i]), 'id'])
    expect(preview.counts).toEqual(counts({ update: 3, matched: 3, contactsUpdate: 2 }))
    expect(committed).toEqual({ created: 0, updated: 3, skipped: 0, contactsCreated: 0, contactsUpdated: 2 })
    const after = snapshot(database, 'people') as { updated_at: string }[]
    expect(after.map((row) => ({ ...row, updated_at: null }))).toEqual(
      people.map((row) => ({ ...(row as object), updated_at: null })),
    )
  })

  it('names a search export apart from the whole list, and says how many rows each holds', async () => {
    const { registry } = await directory()
    const all = await ok<SpreadsheetFile>(registry.invoke('members:exportOrganisations', { format: 'xlsx' }))
    const searched = await ok<SpreadsheetFile>(
      registry.invoke('members:exportOrganisations', { format: 'xlsx', query: 'forum' }),
    )
    const filtered = await ok<SpreadsheetFile>(
      registry.invoke('members:exportPeople', { format: 'csv', filters: { role: 'volunteer' } }),
    )
    const blank = await ok<SpreadsheetFile>(registry.invoke('members:exportPeople', { format: 'csv', query: '  ' }))
    expect([all, searched, filtered, blank].map((file) => [file.fileName, file.rowCount])).toEqual([
      ['anggota-oms-2026-11-25.xlsx', 2],
      ['anggota-oms-pencarian-2026-11-25.xlsx', 1],
      ['anggota-orang-pencarian-2026-11-25.csv', 1],
      ['anggota-orang-2026-11-25.csv', 2],
    ])
  })

  it('follows an OMS merged since the export to the one it was merged into, with a warning', async () => {
    const { database, hub, registry, personIds, organisationIds } = await directory()
    const [mergedAway, survivor] = organisationIds as [string, string]
    const file = await exportFile(hub, 'csv', 'orang', personTable(database, personIds), now)
    await ok(registry.invoke('members:merge', { kind: 'organisation', survivorId: survivor, mergedId: mergedAway }))
    const { preview } = await openAndPreview(registry, 'people', file.contentBase64, { fileName: file.fileName })
    expect(preview.counts).toMatchObject({ update: 2, error: 0, warning: 1 })
    expect(preview.rows[0]?.issues).toEqual([
      {
        field: 'organisationId',
        severity: 'warning',
        message: 'OMS dengan ID ini sudah digabungkan ke "Forum Warga"; orang ini dicatat di sana.',
      },
    ])
    await ok(registry.invoke('members:importCommit', { importId: preview.importId }))
  })

  it('exports the current filtered and sorted list through the registry', async () => {
    const { registry } = await directory()
    const names = async (file: SpreadsheetFile) =>
      (await readSpreadsheet(file.fileName, bytes(file))).rows.map((row) => row.cells[0])
    const all = await ok<SpreadsheetFile>(
      registry.invoke('members:exportOrganisations', { format: 'xlsx', sort: { column: 'name', direction: 'desc' } }),
    )
    expect(all.fileName).toMatch(/^anggota-oms-\d{4}-\d{2}-\d{2}\.xlsx$/)
    expect(await names(all)).toEqual(['Forum Warga', '=Yayasan Bina Désa'])
    const kota = await ok<SpreadsheetFile>(
      registry.invoke('members:exportOrganisations', { format: 'csv', filters: { regencyCode: '35.77' } }),
    )
    expect(await names(kota)).toEqual(['Forum Warga'])
    const searched = await ok<SpreadsheetFile>(
      registry.invoke('members:exportPeople', { format: 'csv', query: 'budi' }),
    )
    expect(await names(searched)).toEqual(['Budi Santoso'])
  })

  it('leaves out whoever did not consent to be listed, and shows contacts only with consent to be contacted', async () => {
    const { registry, database, hub } = await jawaTimurServices()
    const bina = insertOrganisation(database, hub, organisationInput(), { status: 'active', since: '2020-01-01' })
    const person = (name: string, purposes: ('directory' | 'contact')[]) => {
      const id = insertPerson(
        database,
        hub,
        personInput(bina, { name, phone: '0812 1111 2222', email: `${name[0]}@x.id` }),
      )
      giveConsent(database, id, purposes)
      return id
    }
    person('Siti Rahayu', ['directory', 'contact'])
    person('Budi Santoso', ['directory'])
    person('Rina Wati', ['contact'])
    const file = await ok<SpreadsheetFile>(registry.invoke('members:exportPeople', { format: 'csv' }))
    const { rows } = await readSpreadsheet(file.fileName, Buffer.from(file.contentBase64, 'base64'))
    expect(
      rows.map((row) => row.cells.slice(0, 1).concat(row.cells.filter((cell) => /0812|@x\.id/.test(String(cell))))),
    ).toEqual([['Budi Santoso'], ['Siti Rahayu', '0812-1111-2222', 's@x.id']])
    const contacts = await ok<SpreadsheetFile>(registry.invoke('members:exportOrganisations', { format: 'csv' }))
    const [oms] = (await readSpreadsheet(contacts.fileName, Buffer.from(contacts.contentBase64, 'base64'))).rows
    expect(oms?.cells).toContain('Siti Rahayu')
  })

  it('writes ; separated CSV with the UTF-8 BOM Excel needs, keeping would-be formulas inert', async () => {
    const { database, hub, organisationIds } = await directory()
    const file = await exportFile(hub, 'csv', 'oms', organisationTable(database, organisationIds), now)
    const text = bytes(file).toString('utf8')
    expect(text.startsWith('\uFEFFNama OMS;Singkatan;')).toBe(true)
    expect(text).toContain("\r\n'=Yayasan Bina Désa;YBD;")
    expect(text).toContain(";'-2+3+cmd|' /C calc'!A0 Jl. Raya Dolopo 12;")
    expect(text).toContain('"Catatan; dengan ""kutip"", koma"')
  })

  it.each([
    ['+HYPERLINK("http://contoh.id")', '\'+HYPERLINK("http://contoh.id")'],
    ['-1+cmd', "'-1+cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['+62 812 3456 7890', '+62 812 3456 7890'],
    ['-12,5', '-12,5'],
    ['-7', '-7'],
    ["'=sudah", "''=sudah"],
    ["'-5", "''-5"],
    ["'Pak Budi", "'Pak Budi"],
    ['Jl. Mawar -2', 'Jl. Mawar -2'],
    [42, 42],
  ])('defuses %j for CSV as %j', (value, written) => {
    expect(defused(value)).toBe(written)
  })
})

describe('import template', () => {
  it.each(['xlsx', 'csv'] as const)(
    'gives the import headings and an example row the dry run skips with a warning (%s)',
    async (format) => {
      const { registry } = await jawaTimurServices()
      const template = await ok<SpreadsheetFile>(
        registry.invoke('members:importTemplate', { kind: 'organisations', format }),
      )
      expect(template.fileName).toBe(`templat-impor-oms.${format}`)
      const { opened, preview } = await openAndPreview(registry, 'organisations', template.contentBase64, {
        fileName: template.fileName,
      })
      expect(opened.headers).not.toContain('ID')
      expect(Object.values(opened.mapping).every((field) => field !== null)).toBe(true)
      expect(preview.counts).toEqual(counts({ skip: 1, warning: 1 }))
      expect(preview.rows[0]?.issues).toEqual([
        {
          field: 'notes',
          severity: 'warning',
          message: 'Ini baris contoh dari templat (Catatan "CONTOH"); baris ini dilewati.',
        },
      ])
      // With the mark gone, the example is a row the import takes as it is, its contact person too.
      const unmarked = await openAndPreview(registry, 'organisations', template.contentBase64, {
        fileName: template.fileName,
        edits: { '2': { notes: '' } },
      })
      expect(unmarked.preview.counts).toEqual(counts({ create: 1, contactsCreate: 1 }))
    },
  )

  it("names one of the hub's own OMS in the people template, so its example imports once unmarked", async () => {
    const { registry } = await directory()
    const template = await ok<SpreadsheetFile>(
      registry.invoke('members:importTemplate', { kind: 'people', format: 'csv' }),
    )
    const { preview } = await openAndPreview(registry, 'people', template.contentBase64, {
      fileName: template.fileName,
      edits: { '2': { notes: '' } },
      onMatch: 'create',
    })
    // The directory already has a Siti Rahayu there: a match the user may still add anew.
    expect(preview.counts).toEqual(counts({ create: 1, matched: 1 }))
  })

  it('explains every column on a "Petunjuk" sheet', async () => {
    const { registry } = await jawaTimurServices()
    const template = await ok<SpreadsheetFile>(
      registry.invoke('members:importTemplate', { kind: 'people', format: 'xlsx' }),
    )
    const { default: readXlsxFile } = await import('read-excel-file/node')
    const sheets = await readXlsxFile(Buffer.from(template.contentBase64, 'base64'))
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Orang', 'Petunjuk'])
    expect(sheets[1]?.data[0]).toEqual(['Kolom', 'Wajib', 'Keterangan', 'Nilai yang diterima'])
    expect(sheets[1]?.data).toContainEqual([
      'Peran',
      'wajib',
      'Peran di OMS.',
      'Ketua/pimpinan; Manajer; Staf; Pelatih; Relawan',
    ])
  })
})

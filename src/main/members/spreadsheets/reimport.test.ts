import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportCommitted, ImportOpened, ImportPreview, SpreadsheetFile } from '../../../shared/members'
import { insertOrganisation } from '../records/organisations'
import { insertPerson } from '../records/people'
import { jawaTimurServices, organisationInput, personInput } from '../records/testing'
import { guessMapping } from './columns'
import { base64, counts, mappingByHeading, ok, openAndPreview } from './test-files'

type Database = Awaited<ReturnType<typeof jawaTimurServices>>['database']
const rows = (database: Database, sql: string, ...params: unknown[]) => database.sqlite.prepare(sql).all(...params)
const total = (database: Database, table: string) =>
  (database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

/** Two OMS already in the directory: one active since 2019, one found by its e-mail. */
async function directory() {
  const context = await jawaTimurServices()
  const { database, hub } = context
  const bina = insertOrganisation(database, hub, organisationInput({ acronym: 'YBD', phone: '0812 3456 7890' }), {
    status: 'active',
    since: '2019-03-01',
  })
  const forum = insertOrganisation(
    database,
    hub,
    organisationInput({ name: 'Forum Warga', regencyCode: '35.79', email: 'forum@warga.id' }),
    { status: 'candidate', since: '2025-01-01' },
  )
  return { ...context, bina, forum }
}

// No ID column: rows 2 and 3 match by the duplicate check's rules, row 4 is new.
const sheet = [
  'Nama OMS;Kabupaten/Kota;Alamat;E-mail',
  'Yys. Bina Desa;Kab. Madiun;Jl. Baru 1;',
  'Forum Warga Batu;Kota Batu;;forum@warga.id',
  'Kelompok Tani Baru;Kota Batu;;',
].join('\n')

describe('re-importing rows the directory already has', () => {
  it('matches them by the duplicate check and skips them unless told otherwise', async () => {
    const { registry, database, bina, forum } = await directory()
    const { opened, preview } = await openAndPreview(registry, 'organisations', base64(sheet))
    expect(preview.counts).toEqual(counts({ create: 1, skip: 2, matched: 2 }))
    expect(preview.rows.map((row) => [row.rowNumber, row.action, row.match, row.issues])).toEqual([
      [
        2,
        'skip',
        { id: bina, name: 'Yayasan Bina Desa', context: 'Kabupaten Madiun', by: ['name'], decision: 'skip' },
        [],
      ],
      [3, 'skip', { id: forum, name: 'Forum Warga', context: 'Kota Batu', by: ['email'], decision: 'skip' }, []],
    ])
    expect(
      await ok<ImportCommitted>(registry.invoke('members:importCommit', { importId: opened.importId })),
    ).toMatchObject({ created: 1, updated: 0, skipped: 2 })
    expect(total(database, 'organisations')).toBe(3)
  })

  it('only warns about an OMS of the same name in another kabupaten: it is not offered as the row itself', async () => {
    const { registry } = await directory()
    const elsewhere = ['Nama OMS;Kabupaten/Kota', 'Yayasan Bina Desa;Kota Batu'].join('\n')
    const { preview } = await openAndPreview(registry, 'organisations', base64(elsewhere))
    expect(preview.counts).toEqual(counts({ create: 1, warning: 1 }))
    expect(preview.rows.map((row) => [row.action, row.match, row.issues])).toEqual([
      [
        'create',
        null,
        [
          {
            field: 'name',
            severity: 'warning',
            message: 'Mungkin sama dengan data yang sudah tercatat: Yayasan Bina Desa.',
          },
        ],
      ],
    ])
  })

  it('updates with the file default, creates where a row says so, and changes only the columns the file fills', async () => {
    const { registry, database, bina, forum } = await directory()
    const before = rows(database, 'SELECT * FROM organisations WHERE id = ?', forum)
    const { opened, preview } = await openAndPreview(registry, 'organisations', base64(sheet), {
      onMatch: 'update',
      decisions: { '3': 'create' },
    })
    expect(preview.counts).toEqual(counts({ create: 2, update: 1, matched: 2 }))
    expect(preview.rows.map((row) => [row.rowNumber, row.action, row.match?.decision])).toEqual([
      [2, 'update', 'update'],
      [3, 'create', 'create'],
    ])
    expect(await ok<ImportCommitted>(registry.invoke('members:importCommit', { importId: opened.importId }))).toEqual({
      created: 2,
      updated: 1,
      skipped: 0,
      contactsCreated: 0,
      contactsUpdated: 0,
    })

    expect(
      rows(
        database,
        'SELECT name, acronym, phone, address, status, status_since FROM organisations WHERE id = ?',
        bina,
      ),
    ).toEqual([
      {
        name: 'Yys. Bina Desa',
        acronym: 'YBD',
        phone: '+6281234567890',
        address: 'Jl. Baru 1',
        status: 'active',
        status_since: '2019-03-01',
      },
    ])
    expect(rows(database, 'SELECT * FROM organisations WHERE id = ?', forum)).toEqual(before)
    expect(rows(database, 'SELECT name FROM organisations WHERE email = ? ORDER BY name', 'forum@warga.id')).toEqual([
      { name: 'Forum Warga' },
      { name: 'Forum Warga Batu' },
    ])
    expect(total(database, 'organisations')).toBe(4)
    expect(total(database, 'membership_changes')).toBe(4)
  })

  it('writes updates and new rows in one transaction: a failing row leaves everything as it was', async () => {
    const { registry, database, bina } = await directory()
    database.sqlite.exec(`CREATE TEMP TRIGGER refuse_new BEFORE INSERT ON organisations
      WHEN NEW.name = 'Kelompok Tani Baru' BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
    const { opened, preview } = await openAndPreview(registry, 'organisations', base64(sheet), { onMatch: 'update' })
    expect(preview.counts).toMatchObject({ update: 2, create: 1 })
    const failed = await registry.invoke('members:importCommit', { importId: opened.importId })
    expect(failed).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(rows(database, 'SELECT name, address FROM organisations WHERE id = ?', bina)).toEqual([
      { name: 'Yayasan Bina Desa', address: null },
    ])
    expect(total(database, 'organisations')).toBe(2)
  })

  it('re-imports an export: by default each row updates the record its ID names; skipped, only the chosen row is written', async () => {
    const { registry, database, bina, forum } = await directory()
    const file = await ok<SpreadsheetFile>(registry.invoke('members:exportOrganisations', { format: 'csv' }))
    const exported = await openAndPreview(registry, 'organisations', file.contentBase64, { fileName: file.fileName })
    expect(exported.preview.counts).toEqual(counts({ update: 2, matched: 2 }))

    const forumRow = String(exported.preview.rows.find((row) => row.match?.id === forum)?.rowNumber)
    const untouched = rows(database, 'SELECT * FROM organisations WHERE id = ?', bina)
    const { opened, preview } = await openAndPreview(registry, 'organisations', file.contentBase64, {
      fileName: file.fileName,
      onMatch: 'skip',
      decisions: { [forumRow]: 'update' },
      edits: { [forumRow]: { notes: 'Dicek ulang 2025' } },
    })
    expect(preview.counts).toEqual(counts({ update: 1, skip: 1, matched: 2 }))
    await ok(registry.invoke('members:importCommit', { importId: opened.importId }))
    expect(total(database, 'organisations')).toBe(2)
    expect(rows(database, 'SELECT notes FROM organisations WHERE id = ?', forum)).toEqual([
      { notes: 'Dicek ulang 2025' },
    ])
    expect(rows(database, 'SELECT * FROM organisations WHERE id = ?', bina)).toEqual(untouched)
  })

  it('matches people the same way: the person named in the same OMS is updated, not added again', async () => {
    const { registry, database, hub, bina } = await directory()
    const siti = insertPerson(database, hub, personInput(bina, { phone: '0812 1111 2222' }))
    const people = 'Nama;Jenis Kelamin;Peran;Nama OMS;Tahun Lahir\nSiti Rahayu;P;ketua;Yayasan Bina Desa;1990\n'
    const { opened, preview } = await openAndPreview(registry, 'people', base64(people), {
      onMatch: 'update',
    })
    expect(preview.counts).toEqual(counts({ update: 1, matched: 1 }))
    expect(preview.rows[0]?.match).toMatchObject({ id: siti, context: 'Yayasan Bina Desa, Kabupaten Madiun' })
    await ok(registry.invoke('members:importCommit', { importId: opened.importId }))
    expect(rows(database, 'SELECT id, birth_year, phone FROM people')).toEqual([
      { id: siti, birth_year: 1990, phone: '+6281211112222' },
    ])
    expect(total(database, 'affiliations')).toBe(1)
  })
})

describe('one-sheet import: each OMS row with its contact person', () => {
  // Saved by LibreOffice Calc 7 from a CSV: the second contact's phone became the number 81233334444.
  const oneSheet = readFileSync(join(__dirname, 'reader', 'fixtures', 'one-sheet.xlsx')).toString('base64')
  const open = (registry: Parameters<typeof openAndPreview>[0], options: Parameters<typeof openAndPreview>[3] = {}) =>
    openAndPreview(registry, 'organisations', oneSheet, { fileName: 'satu-lembar.xlsx', ...options })

  it('creates each OMS and its contact, affiliated; a second import matches both instead of adding them again', async () => {
    const { registry, database } = await jawaTimurServices()
    const { opened, preview } = await open(registry)
    expect(mappingByHeading(opened)).toEqual({
      'Nama OMS': 'name',
      'Kabupaten/Kota': 'regency',
      Alamat: 'address',
      'Nama Kontak': 'contact.name',
      'Jenis Kelamin': 'contact.gender',
      'No HP Kontak': 'contact.phone',
      'Email Kontak': 'contact.email',
      Jabatan: 'contact.role',
    })
    expect(preview.counts).toEqual(counts({ create: 3, contactsCreate: 2 }))
    expect(await ok<ImportCommitted>(registry.invoke('members:importCommit', { importId: opened.importId }))).toEqual({
      created: 3,
      updated: 0,
      skipped: 0,
      contactsCreated: 2,
      contactsUpdated: 0,
    })

    const contacts = `SELECT p.name, p.gender, p.role, p.phone, p.email, o.name AS organisation, a.role AS affiliated_as
      FROM people p JOIN organisations o ON o.id = p.organisation_id
      JOIN affiliations a ON a.person_id = p.id AND a.organisation_id = o.id AND a.until_on IS NULL ORDER BY p.name`
    const created = [
      {
        name: 'Budi Hartono',
        gender: 'male',
        // "Sekretaris": the OMS's secretary manages it, the ketua leads it.
        role: 'manager',
        phone: '+6281233334444',
        email: null,
        organisation: 'Kelompok Tani Subur',
        affiliated_as: 'manager',
      },
      {
        name: 'Siti Aminah',
        gender: 'female',
        role: 'leader',
        phone: '+6281211113333',
        email: 'siti@sumberair.or.id',
        organisation: 'Yayasan Sumber Air',
        affiliated_as: 'leader',
      },
    ]
    expect(rows(database, contacts)).toEqual(created)

    const again = await open(registry)
    expect(again.preview.counts).toEqual(counts({ skip: 3, matched: 3 }))
    const updating = await open(registry, {
      onMatch: 'update',
      edits: { '3': { 'contact.email': 'budi@tanisubur.id' } },
    })
    expect(updating.preview.counts).toEqual(counts({ update: 3, matched: 3, contactsUpdate: 2 }))
    await ok(registry.invoke('members:importCommit', { importId: updating.opened.importId }))
    expect(rows(database, contacts)).toEqual([{ ...created[0], email: 'budi@tanisubur.id' }, created[1]])
    expect([total(database, 'organisations'), total(database, 'people'), total(database, 'affiliations')]).toEqual([
      3, 2, 2,
    ])
  })

  it("adds a new contact to an OMS it updates, and reports a contact's errors on the contact's own cells", async () => {
    const { registry, database, hub } = await jawaTimurServices()
    const sumber = insertOrganisation(
      database,
      hub,
      organisationInput({ name: 'Yayasan Sumber Air', regencyCode: '35.19' }),
      { status: 'active', since: '2020-01-01' },
    )
    const { opened, preview } = await open(registry, {
      onMatch: 'update',
      edits: { '3': { 'contact.gender': 'X' }, '4': { 'contact.phone': '0812 9999 0000' } },
    })
    expect(preview.counts).toMatchObject({ update: 1, error: 2, contactsUpdate: 0 })
    expect(preview.rows.map((row) => [row.rowNumber, row.action, row.issues])).toEqual([
      [2, 'update', []],
      [3, 'error', [{ field: 'contact.gender', severity: 'error', message: 'Orang kontak: Pilih jenis kelamin.' }]],
      [
        4,
        'error',
        [
          { field: 'contact.name', severity: 'error', message: expect.stringMatching(/^Orang kontak: .*nama/i) },
          { field: 'contact.gender', severity: 'error', message: 'Orang kontak: Pilih jenis kelamin.' },
          { field: 'contact.role', severity: 'error', message: expect.stringMatching(/^Orang kontak: /) },
        ],
      ],
    ])
    await ok(
      registry.invoke('members:importPreview', {
        importId: opened.importId,
        mapping: opened.mapping,
        onMatch: 'update',
        edits: { '3': { 'contact.gender': 'laki-laki' } },
      }),
    )
    await ok(registry.invoke('members:importCommit', { importId: opened.importId }))
    expect(rows(database, 'SELECT name FROM people WHERE organisation_id = ?', sumber)).toEqual([
      { name: 'Siti Aminah' },
    ])
    expect(total(database, 'organisations')).toBe(3)
  })

  it('asks for every required contact column once one is mapped, or for none', async () => {
    const { registry } = await jawaTimurServices()
    const opened = await ok<ImportOpened>(
      registry.invoke('members:importOpen', {
        kind: 'organisations',
        fileName: 'oms.csv',
        contentBase64: base64('Nama OMS;Kabupaten/Kota;Narahubung;Jabatan\nForum A;Kota Batu;Ani;ketua\n'),
      }),
    )
    expect(opened.mapping).toEqual(['name', 'regency', 'contact.name', 'contact.role'])
    expect(
      await registry.invoke('members:importPreview', { importId: opened.importId, mapping: opened.mapping }),
    ).toMatchObject({
      ok: false,
      error: {
        message:
          'Untuk mengimpor orang kontak, kolom "Jenis Kelamin Kontak" perlu dipetakan juga. Atau abaikan kolom kontak untuk mengimpor OMS saja.',
      },
    })
    const withoutContact = await ok<ImportPreview>(
      registry.invoke('members:importPreview', { importId: opened.importId, mapping: ['name', 'regency', null, null] }),
    )
    expect(withoutContact.counts).toEqual(counts({ create: 1 }))
    expect(opened.fields.filter((field) => field.group === 'contact').map((field) => field.name)).toEqual([
      'contact.name',
      'contact.gender',
      'contact.role',
      'contact.birthYear',
      'contact.phone',
      'contact.email',
      'contact.consent',
      'contact.consentOn',
    ])
  })

  it.each([
    ['Nama Lembaga', 'Kab/Kota', 'No. HP', 'Nama Narahubung', 'L/P', 'Jabatan', 'No. HP Kontak', 'E-mail Kontak'],
    ['Organisation', 'Regency', 'Phone', 'Contact Person', 'Gender', 'Position', 'Contact Phone', 'Contact Email'],
  ])('recognises the layout from its headings: %s, …', (...headings) => {
    const contact = ['name', 'gender', 'role', 'phone', 'email'].map((field) => `contact.${field}`)
    expect(guessMapping('organisations', headings)).toEqual(['name', 'regency', 'phone', ...contact])
  })
})

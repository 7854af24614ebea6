import { describe, expect, it, onTestFinished } from 'vitest'
import { createDb } from '../../db'
import { createAppRegistry } from '../../handlers'
import type { ImportCommitted, ImportOpened, ImportPreview, ImportProgress } from '../../../shared/members'
import { insertOrganisation } from '../records/organisations'
import { jawaTimurServices, organisationInput } from '../records/testing'
import { cancelJob, findSession } from './sessions'
import { base64, counts, mappingByHeading, ok, openAndPreview, xlsxBase64 } from './test-files'

const count = (database: { sqlite: { prepare(sql: string): { get(): unknown } } }, table: string) =>
  (database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

const messyOrganisations = [
  '\uFEFFNama OMS;Singkatan;Kab/Kota;E-mail;Jenis;Status',
  'Yayasan Bina Desa;YBD;kab. madiun;info@binadesa.or.id;Yayasan;aktif',
  '',
  'Perkumpulan Tani Makmur;;KABUPATEN PONOROGO;;organisasi tani lokal;calon',
  'LSM Suara Warga;;Kota Surabaya;;NGO/LSM;',
  'Kelompok Nelayan Sido Rukun;;35.07;;fisher_group;',
  'Perkumpulan Tani Makmur;;KABUPATEN PONOROGO;;organisasi tani lokal;calon',
  '',
  'Forum Warga Madiun;FWM;Madiun;;;',
  'Forum Pemuda Kota Madiun;;madiun;;;',
].join('\r\n')

describe('organisation import', () => {
  it('reads a messy ; CSV: tolerant regency names, blank lines, duplicate rows, ambiguous Madiun asked', async () => {
    const { registry, database } = await jawaTimurServices()
    const { opened, preview } = await openAndPreview(registry, 'organisations', base64(messyOrganisations))
    expect(mappingByHeading(opened)).toMatchObject({
      'Nama OMS': 'name',
      'Kab/Kota': 'regency',
      'E-mail': 'email',
      Jenis: 'type',
    })
    expect(opened.mappingRemembered).toBe(false)
    expect(preview.counts).toEqual(counts({ create: 4, skip: 1, error: 2, warning: 1 }))
    expect(preview.ambiguousRegencies).toEqual([
      {
        value: 'Madiun',
        rowCount: 1,
        candidates: [
          { code: '35.19', name: 'Kabupaten Madiun' },
          { code: '35.77', name: 'Kota Madiun' },
        ],
      },
      expect.objectContaining({ value: 'madiun', rowCount: 1 }),
    ])
    const byRow = new Map(preview.rows.map((row) => [row.rowNumber, row]))
    expect(byRow.get(7)).toMatchObject({
      action: 'skip',
      issues: [{ severity: 'warning', message: expect.stringContaining('baris 4') }],
    })
    expect(byRow.get(9)).toMatchObject({
      action: 'error',
      issues: [
        {
          field: 'regency',
          severity: 'error',
          message: '"Madiun" bisa berarti Kabupaten Madiun / Kota Madiun. Pilih salah satu.',
        },
      ],
    })

    const chosen = await ok<ImportPreview>(
      registry.invoke('members:importPreview', {
        importId: opened.importId,
        mapping: opened.mapping,
        regencyChoices: { Madiun: '35.19', madiun: '35.77' },
      }),
    )
    expect(chosen.counts).toMatchObject({ create: 6, error: 0, skip: 1 })
    expect(await ok<ImportCommitted>(registry.invoke('members:importCommit', { importId: opened.importId }))).toEqual({
      created: 6,
      updated: 0,
      skipped: 1,
      contactsCreated: 0,
      contactsUpdated: 0,
    })
    const rows = database.sqlite
      .prepare('SELECT name, regency_code, type_code, status, email FROM organisations ORDER BY name')
      .all()
    expect(rows).toEqual([
      { name: 'Forum Pemuda Kota Madiun', regency_code: '35.77', type_code: null, status: 'candidate', email: null },
      { name: 'Forum Warga Madiun', regency_code: '35.19', type_code: null, status: 'candidate', email: null },
      {
        name: 'Kelompok Nelayan Sido Rukun',
        regency_code: '35.07',
        type_code: 'fisher_group',
        status: 'candidate',
        email: null,
      },
      { name: 'LSM Suara Warga', regency_code: '35.78', type_code: 'ngo', status: 'candidate', email: null },
      {
        name: 'Perkumpulan Tani Makmur',
        regency_code: '35.02',
        type_code: 'farmer_organisation',
        status: 'candidate',
        email: null,
      },
      {
        name: 'Yayasan Bina Desa',
        regency_code: '35.19',
        type_code: 'foundation',
        status: 'active',
        email: 'info@binadesa.or.id',
      },
    ])
  })

  it('shows a bad row, takes the inline fix, and refuses to commit before that', async () => {
    const { registry, database } = await jawaTimurServices()
    const file =
      'Nama OMS,Kabupaten/Kota,E-mail\nYayasan Bina Desa,Kab. Madiun,info@binadesa\nLSM Suara Warga,Kabupaten Bandung,\nForum Warga,Kota Batu,\n'
    const { opened, preview } = await openAndPreview(registry, 'organisations', base64(file))
    expect(preview.rows).toEqual([
      expect.objectContaining({
        rowNumber: 2,
        action: 'error',
        issues: [expect.objectContaining({ field: 'email', message: expect.stringContaining('e-mail tidak valid') })],
      }),
      expect.objectContaining({
        rowNumber: 3,
        action: 'error',
        issues: [
          expect.objectContaining({
            field: 'regency',
            message: 'Kabupaten/kota "Kabupaten Bandung" tidak berada di provinsi hub ini (Jawa Timur).',
          }),
        ],
      }),
    ])
    const refused = await registry.invoke('members:importCommit', { importId: opened.importId })
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('2 baris') } })

    const fixed = await ok<ImportPreview>(
      registry.invoke('members:importPreview', {
        importId: opened.importId,
        mapping: opened.mapping,
        edits: { '2': { email: 'info@binadesa.or.id' } },
        skipped: [3],
      }),
    )
    expect(fixed.counts).toEqual(counts({ create: 2, skip: 1 }))
    await ok(registry.invoke('members:importCommit', { importId: opened.importId }))
    expect(database.sqlite.prepare('SELECT email FROM organisations WHERE name = ?').get('Yayasan Bina Desa')).toEqual({
      email: 'info@binadesa.or.id',
    })
    expect(count(database, 'organisations')).toBe(2)
    expect(count(database, 'membership_changes')).toBe(2)
  })

  it('updates the record a row names by ID, skips rows that only resemble one, leaves unmapped fields alone', async () => {
    const { registry, database, hub } = await jawaTimurServices()
    const id = insertOrganisation(database, hub, organisationInput({ acronym: 'YBD', phone: '0812 3456 7890' }), {
      status: 'active',
      since: '2025-01-01',
    })
    const file = `ID,Nama OMS,Kabupaten/Kota,Telepon\n${id},Yayasan Bina Desa Madiun,Kab. Madiun,\n,Yys. Bina Desa,Kab. Madiun,\n,Forum Lain,Kota Batu,081234567890\n`
    const { opened, preview } = await openAndPreview(registry, 'organisations', base64(file))
    // Nobody chose (the command line): a named record is updated, a resemblance is not acted on.
    expect(preview.counts).toEqual(counts({ update: 1, skip: 2, matched: 3 }))
    expect(preview.rows.map((row) => [row.rowNumber, row.action, row.match?.by, row.match?.decision])).toEqual([
      [2, 'update', 'id', 'update'],
      [3, 'skip', ['name'], 'skip'],
      [4, 'skip', ['phone'], 'skip'],
    ])
    await ok(registry.invoke('members:importCommit', { importId: opened.importId }))
    expect(count(database, 'organisations')).toBe(1)
    expect(
      database.sqlite.prepare('SELECT name, acronym, phone, status FROM organisations WHERE id = ?').get(id),
    ).toEqual({
      name: 'Yayasan Bina Desa Madiun',
      acronym: 'YBD',
      phone: null,
      status: 'active',
    })
  })

  it('remembers the mapping for the same headings, whatever their order', async () => {
    const { registry } = await jawaTimurServices()
    const opened = await ok<ImportOpened>(
      registry.invoke('members:importOpen', {
        kind: 'organisations',
        fileName: 'a.csv',
        contentBase64: base64('Lembaga,Wilayah,Info\nYayasan A,Kota Batu,x\n'),
      }),
    )
    expect(opened.mapping).toEqual(['name', null, null])
    const mapping = ['name', 'regency', 'notes']
    await ok(registry.invoke('members:importPreview', { importId: opened.importId, mapping }))
    const again = await ok<ImportOpened>(
      registry.invoke('members:importOpen', {
        kind: 'organisations',
        fileName: 'b.csv',
        contentBase64: base64('INFO;wilayah;Lembaga\nx;Kota Batu;Yayasan B\n'),
      }),
    )
    expect(again).toMatchObject({ mappingRemembered: true, mapping: ['notes', 'regency', 'name'] })
  })

  it('maps columns headed __proto__ or constructor like any other, and remembers them', async () => {
    const { registry } = await jawaTimurServices()
    const open = async () =>
      ok<ImportOpened>(
        registry.invoke('members:importOpen', {
          kind: 'organisations',
          fileName: 'a.csv',
          contentBase64: base64('__proto__;constructor;toString;Kabupaten/Kota\nYayasan Proto;catatan;x;Kota Batu\n'),
        }),
      )
    const opened = await open()
    expect(opened.mapping).toEqual([null, null, null, 'regency'])
    const mapping = ['name', 'notes', null, 'regency']
    const preview = await ok<ImportPreview>(
      registry.invoke('members:importPreview', { importId: opened.importId, mapping }),
    )
    expect(preview.counts).toMatchObject({ create: 1, error: 0 })
    const again = await open()
    expect(again).toMatchObject({ mappingRemembered: true, mapping })
  })

  it('runs a dry run on a database this user may only read, and refuses only the commit, plainly', async () => {
    const { services } = await jawaTimurServices()
    const { path } = services.database
    services.database.close()
    const readOnly = createDb(path, { canWrite: (file) => file !== path })
    onTestFinished(() => readOnly.close())
    const registry = createAppRegistry({ ...services, database: readOnly })
    const { opened, preview } = await openAndPreview(
      registry,
      'organisations',
      base64('Nama OMS;Kabupaten/Kota\nYayasan A;Kota Batu\n'),
    )
    expect(preview.counts).toMatchObject({ create: 1, error: 0 })
    expect(await registry.invoke('members:importCommit', { importId: opened.importId })).toMatchObject({
      ok: false,
      error: { code: 'READ_ONLY' },
    })
  })

  it('refuses a mapping without a required field or with a field twice', async () => {
    const { registry } = await jawaTimurServices()
    const opened = await ok<ImportOpened>(
      registry.invoke('members:importOpen', {
        kind: 'organisations',
        fileName: 'a.csv',
        contentBase64: base64('Nama,Kota,Alias\nA,Batu,B\n'),
      }),
    )
    const unmapped = await registry.invoke('members:importPreview', {
      importId: opened.importId,
      mapping: ['name'],
    })
    expect(unmapped).toMatchObject({
      ok: false,
      error: { message: 'Kolom wajib "Kabupaten/Kota" belum dipetakan ke kolom mana pun.' },
    })
    const twice = await registry.invoke('members:importPreview', {
      importId: opened.importId,
      mapping: ['name', 'regency', 'name'],
    })
    expect(twice).toMatchObject({ ok: false, error: { message: expect.stringContaining('dua kolom') } })
  })

  it('imports windows-1252 names with accents and refuses commit once the data changed', async () => {
    const { registry, database, hub } = await jawaTimurServices()
    const file = Buffer.concat([
      Buffer.from('Nama OMS;Kabupaten/Kota\nYayasan Jos'),
      Buffer.from([0xe9]),
      Buffer.from(' Mar'),
      Buffer.from([0xed]),
      Buffer.from('a;Kota Batu\n'),
    ])
    const { opened, preview } = await openAndPreview(registry, 'organisations', base64(file))
    expect(preview.counts.create).toBe(1)
    insertOrganisation(database, hub, organisationInput({ name: 'Another' }), { status: 'active', since: '2025-01-01' })
    const stale = await registry.invoke('members:importCommit', { importId: opened.importId })
    expect(stale).toMatchObject({ ok: false, error: { message: expect.stringContaining('uji coba lagi') } })
    await ok(registry.invoke('members:importPreview', { importId: opened.importId, mapping: opened.mapping }))
    await ok(registry.invoke('members:importCommit', { importId: opened.importId }))
    expect(database.sqlite.prepare("SELECT name FROM organisations WHERE name LIKE 'Yayasan%'").get()).toEqual({
      name: 'Yayasan José María',
    })
  })

  it('writes nothing when one row fails while saving', async () => {
    const { registry, database } = await jawaTimurServices()
    database.sqlite.exec(`CREATE TEMP TRIGGER refuse_one BEFORE INSERT ON organisations WHEN NEW.name = 'Forum Gagal'
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
    const rows = Array.from({ length: 30 }, (_, i) => `Forum Warga ${i + 1},Kota Batu`)
    rows.splice(20, 0, 'Forum Gagal,Kota Batu')
    const { opened } = await openAndPreview(
      registry,
      'organisations',
      base64(`Nama OMS,Kabupaten/Kota\n${rows.join('\n')}`),
    )
    const failed = await registry.invoke('members:importCommit', { importId: opened.importId })
    expect(failed).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(count(database, 'organisations')).toBe(0)
    expect(count(database, 'membership_changes')).toBe(0)
    expect(
      await ok<ImportProgress>(registry.invoke('members:importProgress', { importId: opened.importId })),
    ).toMatchObject({ phase: 'failed' })
  })

  it('cancels a dry run, leaving nothing behind; the write says it is saving and cannot be cancelled', async () => {
    const { registry, database } = await jawaTimurServices()
    const rows = Array.from({ length: 2000 }, (_, i) => `Forum Warga ${i + 1},Kota Batu`)
    const opened = await ok<ImportOpened>(
      registry.invoke('members:importOpen', {
        kind: 'organisations',
        fileName: 'a.csv',
        contentBase64: base64(`Nama OMS,Kab/Kota\n${rows.join('\n')}`),
      }),
    )
    const request = { importId: opened.importId, mapping: opened.mapping }
    const running = registry.invoke('members:importPreview', request)
    await ok(registry.invoke('members:importCancel', { importId: opened.importId }))
    expect(await running).toMatchObject({
      ok: false,
      error: { message: 'Impor dibatalkan. Tidak ada data yang diubah.' },
    })
    expect(
      await ok<ImportProgress>(registry.invoke('members:importProgress', { importId: opened.importId })),
    ).toMatchObject({ phase: 'cancelled' })

    await ok(registry.invoke('members:importPreview', request))
    const phases: string[] = []
    const progressNow = () => registry.invoke('members:importProgress', { importId: opened.importId })
    // Runs inside the write, where nothing else in main can: what a poll or a cancel would meet then.
    database.sqlite.function('probe', () => {
      const session = findSession(database, opened.importId)
      if (phases.length === 0) phases.push(session.progress.phase, cancelJob(session).phase)
      return null
    })
    database.sqlite.exec('CREATE TEMP TRIGGER probe_write BEFORE INSERT ON organisations BEGIN SELECT probe(); END')
    expect(await ok<ImportProgress>(progressNow())).toMatchObject({ phase: 'done', done: 2000 })
    const committing = registry.invoke('members:importCommit', { importId: opened.importId })
    expect(await ok<ImportProgress>(progressNow())).toEqual({ phase: 'saving', done: 0, total: 2000 })
    expect(await ok<ImportProgress>(registry.invoke('members:importCancel', { importId: opened.importId }))).toEqual({
      phase: 'saving',
      done: 0,
      total: 2000,
    })
    expect(await committing).toMatchObject({ ok: true, value: { created: 2000 } })
    expect(phases).toEqual(['saving', 'saving'])
    expect(await ok<ImportProgress>(progressNow())).toMatchObject({ phase: 'done' })
    expect(count(database, 'organisations')).toBe(2000)
  })

  it('keeps only the latest five files open', async () => {
    const { registry } = await jawaTimurServices()
    const ids: string[] = []
    for (let i = 0; i < 6; i++) {
      const contentBase64 = base64(`Nama OMS,Kabupaten/Kota\nForum ${i},Kota Batu\n`)
      const opened = await ok<ImportOpened>(
        registry.invoke('members:importOpen', { kind: 'organisations', fileName: 'a.csv', contentBase64 }),
      )
      ids.push(opened.importId)
    }
    const progress = await Promise.all(ids.map((importId) => registry.invoke('members:importProgress', { importId })))
    expect(progress.map((result) => result.ok)).toEqual([false, true, true, true, true, true])
  })

  it('answers for an import session that is gone', async () => {
    const { registry } = await jawaTimurServices()
    const missing = await registry.invoke('members:importProgress', {
      importId: '01900000-0000-7000-8000-000000000000',
    })
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('Pilih berkasnya lagi') },
    })
  })
})

describe('people import', () => {
  it('finds each OMS by name, reads labels and XLSX phone numbers, and reports unknown or ambiguous OMS', async () => {
    const { registry, database, hub } = await jawaTimurServices()
    const bina = insertOrganisation(database, hub, organisationInput(), { status: 'active', since: '2025-01-01' })
    insertOrganisation(database, hub, organisationInput({ name: 'Forum Warga', regencyCode: '35.77' }), {
      status: 'active',
      since: '2025-01-01',
    })
    insertOrganisation(database, hub, organisationInput({ name: 'Forum Warga', regencyCode: '35.79' }), {
      status: 'active',
      since: '2025-01-01',
    })
    const file = await xlsxBase64([
      ['Nama', 'L/P', 'Jabatan', 'Nama Organisasi', 'No. HP', 'Tahun Lahir', 'Persetujuan', 'Tanggal Persetujuan'],
      ['Siti Rahayu', 'P', 'Ketua', 'YAYASAN BINA DESA', 81234567890, 1995, 'ya', '01/02/2025'],
      ['Budi Santoso', 'laki-laki', 'relawan', 'Yys. Bina Desa', null, null, 'tidak', null],
      ['Agus', 'L', 'staf', 'Forum Warga', null, null, null, null],
      ['Dewi', 'perempuan', 'pelatih', 'Tidak Ada', null, null, null, null],
    ])
    const { opened, preview } = await openAndPreview(registry, 'people', file, { fileName: 'orang.xlsx' })
    expect(mappingByHeading(opened)).toMatchObject({
      'L/P': 'gender',
      Jabatan: 'role',
      'Nama Organisasi': 'organisation',
      'No. HP': 'phone',
    })
    expect(preview.counts).toMatchObject({ create: 2, error: 2 })
    expect(preview.rows.map((row) => [row.rowNumber, row.issues.map((issue) => issue.message)])).toEqual([
      [4, ['Ada beberapa OMS bernama "Forum Warga". Pakai kolom ID OMS untuk memilih yang dimaksud.']],
      [5, ['OMS "Tidak Ada" tidak ditemukan di hub ini.']],
    ])
    await ok(
      registry.invoke('members:importPreview', { importId: opened.importId, mapping: opened.mapping, skipped: [4, 5] }),
    )
    await ok(registry.invoke('members:importCommit', { importId: opened.importId }))
    expect(
      database.sqlite
        .prepare(
          'SELECT name, gender, role, organisation_id, phone, birth_year, consent, consent_on FROM people ORDER BY name',
        )
        .all(),
    ).toEqual([
      {
        name: 'Budi Santoso',
        gender: 'male',
        role: 'volunteer',
        organisation_id: bina,
        phone: null,
        birth_year: null,
        consent: 0,
        consent_on: null,
      },
      {
        name: 'Siti Rahayu',
        gender: 'female',
        role: 'leader',
        organisation_id: bina,
        phone: '+6281234567890',
        birth_year: 1995,
        consent: 1,
        consent_on: '2025-02-01',
      },
    ])
    expect(count(database, 'affiliations')).toBe(2)
  })

  it('answers in English when the user chose English', async () => {
    const { registry, services } = await jawaTimurServices()
    services.language = 'en'
    const { preview } = await openAndPreview(
      registry,
      'people',
      base64('Nama,Jenis Kelamin,Peran,Nama OMS\nSiti,X,ketua,Tidak Ada\n'),
    )
    expect(preview.rows[0]?.issues.map((issue) => issue.message)).toEqual([
      'OMS "Tidak Ada" was not found in this hub.',
      'Choose a gender.',
    ])
  })
})

describe('roles and headings as OMS lists write them', () => {
  it('reads each common title as its role, says which titles it read by their first words, and names an unknown one', async () => {
    const { registry, database, hub } = await jawaTimurServices()
    insertOrganisation(database, hub, organisationInput(), { status: 'active', since: '2025-01-01' })
    const titles = [
      ['Ketua', 'leader'],
      ['Direktur Eksekutif', 'leader'],
      ['Koordinator', 'leader'],
      ['Sekretaris', 'manager'],
      ['Bendahara', 'manager'],
      ['Bendahara II', 'manager'],
      ['Pengelola', 'manager'],
      ['Koordinator Program', 'manager'],
      ['Staf', 'staff'],
      ['Anggota', 'staff'],
      ['Fasilitator', 'trainer'],
      ['Pelatih', 'trainer'],
      ['Relawan', 'volunteer'],
      ['Ketua/pimpinan', 'leader'],
    ]
    const rows = titles.map(([title], i) => `Orang ${i + 1};P;${title};Yayasan Bina Desa`)
    rows.push('Orang Baru;P;Staf Keuangan;Yayasan Bina Desa', 'Orang Lain;P;Humas;Yayasan Bina Desa')
    const { opened, preview } = await openAndPreview(
      registry,
      'people',
      base64(`Nama;Jenis Kelamin;Jabatan;Nama OMS\n${rows.join('\n')}\n`),
    )
    expect(preview.counts).toEqual(counts({ create: titles.length + 1, error: 1, warning: 1 }))
    expect(preview.rows.map((row) => [row.rowNumber, row.action, row.issues])).toEqual([
      [
        titles.length + 2,
        'create',
        [
          {
            field: 'role',
            severity: 'warning',
            message:
              'Jabatan "Staf Keuangan" dicatat sebagai peran "Staf". Bila keliru, ganti dengan peran yang tepat.',
          },
        ],
      ],
      [
        titles.length + 3,
        'error',
        [
          {
            field: 'role',
            severity: 'error',
            message: expect.stringMatching(/^Peran "Humas" tidak dikenali\. Tulis salah satu: ketua\/pimpinan, /),
          },
        ],
      ],
    ])
    await ok(
      registry.invoke('members:importPreview', {
        importId: opened.importId,
        mapping: opened.mapping,
        edits: { [titles.length + 3]: { role: 'Relawan' } },
      }),
    )
    await ok(registry.invoke('members:importCommit', { importId: opened.importId }))
    const stored = database.sqlite.prepare('SELECT name, role FROM people').all() as { name: string; role: string }[]
    const roleOf = new Map(stored.map((row) => [row.name, row.role]))
    expect(titles.map(([title], i) => [title, roleOf.get(`Orang ${i + 1}`)])).toEqual(titles)
    expect([roleOf.get('Orang Baru'), roleOf.get('Orang Lain')]).toEqual(['staff', 'volunteer'])
  })

  it("reports a contact person's unknown title on the contact's column, never saving a default", async () => {
    const { registry, database } = await jawaTimurServices()
    const file = [
      'Nama OMS;Kabupaten/Kota;Nama Kontak;Jenis Kelamin Kontak;Jabatan Kontak',
      'Forum A;Kota Batu;Ani;P;Bendahara',
      'Forum B;Kota Batu;Budi;L;Penasihat',
    ].join('\n')
    const { opened, preview } = await openAndPreview(registry, 'organisations', base64(file))
    expect(preview.counts).toEqual(counts({ create: 1, error: 1, contactsCreate: 1 }))
    expect(preview.rows[0]?.issues).toEqual([
      {
        field: 'contact.role',
        severity: 'error',
        message: expect.stringMatching(/^Orang kontak: Peran "Penasihat" tidak dikenali\./),
      },
    ])
    await ok(
      registry.invoke('members:importPreview', { importId: preview.importId, mapping: opened.mapping, skipped: [3] }),
    )
    await ok(registry.invoke('members:importCommit', { importId: preview.importId }))
    expect(database.sqlite.prepare('SELECT name, role FROM people').all()).toEqual([{ name: 'Ani', role: 'manager' }])
  })

  it('answers about an unknown title in English when the user chose English', async () => {
    const { registry, services, database, hub } = await jawaTimurServices()
    insertOrganisation(database, hub, organisationInput(), { status: 'active', since: '2025-01-01' })
    services.language = 'en'
    const { preview } = await openAndPreview(
      registry,
      'people',
      base64(
        'Nama,Jenis Kelamin,Peran,Nama OMS\nSiti,P,Humas,Yayasan Bina Desa\nAni,P,Staf Keuangan,Yayasan Bina Desa\n',
      ),
    )
    expect(preview.rows.map((row) => row.issues.map((issue) => issue.message))).toEqual([
      [expect.stringMatching(/^Role "Humas" is not recognised\. Write one of: leader \(ketua\/pimpinan\)/)],
      ['Title "Staf Keuangan" is recorded as the role "Staff". If that is wrong, replace it with the right role.'],
    ])
  })

  it.each([
    ['No. Telp Lembaga'],
    ['No. Telp'],
    ['No HP'],
    ['Telepon Lembaga'],
    ['Nomor Telepon'],
    ['Telp. Kantor'],
    ['No. Tlp'],
  ])("takes %j as the organisation's phone", async (heading) => {
    const { registry, database } = await jawaTimurServices()
    const file = `Nama Lembaga;Kab/Kota;${heading};E-mail Lembaga\nForum A;Kota Batu;(0341) 551234;forum@contoh.id\n`
    const { opened } = await openAndPreview(registry, 'organisations', base64(file))
    expect(opened.mapping).toEqual(['name', 'regency', 'phone', 'email'])
    await ok(registry.invoke('members:importCommit', { importId: opened.importId }))
    expect(database.sqlite.prepare('SELECT phone FROM organisations').get()).toEqual({ phone: '+62341551234' })
  })
})

import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import readXlsxFile from 'read-excel-file/node'
import writeXlsxFile, { type SheetData } from 'write-excel-file/node'
import { millionRows, unusedBombs } from '../../src/main/members/spreadsheets/reader/hostile-files'
import { expect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'
import { createOrganisation, useEnglish } from './records-seed'

test.use({ hubSetup: jawaTimurHub })

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

async function openImport(page: Page, url: string) {
  await page.goto(`${url}#/members/import/organisations`)
  await expect(page.getByRole('heading', { level: 1, name: 'Impor OMS dari spreadsheet' })).toBeVisible()
}

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page
    .getByLabel('Berkas spreadsheet')
    .setInputFiles({ name, mimeType: name.endsWith('.csv') ? 'text/csv' : xlsx, buffer })
}

/** Main reads a file and runs a dry run on a worker thread or in chunks: seconds on a busy machine. */
const waitForMain = { timeout: 20_000 }

const count = (page: Page, label: string) =>
  page
    .locator('.import-count')
    .filter({ has: page.getByRole('term').filter({ hasText: label }) })
    .getByRole('definition')

test('imports an XLSX with one bad row: the error shows on that row, is fixed inline, then all rows land', async ({
  page,
  harness,
}) => {
  const rows: SheetData = [
    ['Nama OMS', 'Singkatan', 'Kab/Kota', 'No. HP', 'E-mail', 'Jenis Organisasi'],
    ['Yayasan Bina Desa', 'YBD', 'Kab. Madiun', 81234567890, 'info@binadesa.or.id', 'Yayasan'],
    ['Perkumpulan Tani Makmur', null, 'KABUPATEN PONOROGO', null, 'tani@makmur', 'organisasi tani lokal'],
    ['LSM Suara Warga', null, 'Kota Surabaya', null, null, 'NGO/LSM'],
  ]
  await openImport(page, harness.url)
  await chooseFile(page, 'anggota.xlsx', await writeXlsxFile(rows).toBuffer())

  await expect(page.getByText('anggota.xlsx: 3 baris data.')).toBeVisible()
  await expect(page.getByLabel('Isian: Kab/Kota')).toHaveValue('regency')
  await page.getByRole('button', { name: 'Jalankan uji coba' }).click()

  const results = page.getByRole('region', { name: '3. Hasil uji coba' })
  await expect(results).toBeVisible()
  await expect(count(page, 'Akan dibuat')).toHaveText('2')
  await expect(count(page, 'Galat')).toHaveText('1')
  const badRow = results.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '3', exact: true }) })
  await expect(badRow).toContainText('Alamat e-mail tidak valid')
  await expect(page.getByRole('button', { name: 'Impor semua' })).toBeDisabled()

  const fix = page.getByRole('textbox', { name: 'Perbaiki E-mail di baris 3' })
  await expect(fix).toHaveValue('tani@makmur')
  await fix.fill('tani@makmur.or.id')
  await expect(page.getByText('Ada perubahan sejak uji coba terakhir.')).toBeVisible()
  await page.getByRole('button', { name: 'Jalankan uji coba lagi' }).click()
  await expect(count(page, 'Galat')).toHaveText('0')
  await expect(count(page, 'Akan dibuat')).toHaveText('3')
  await page.getByRole('button', { name: 'Impor semua' }).click()

  await expect(page.getByRole('heading', { name: 'Impor selesai' })).toBeVisible()
  await expect(page.getByText('3 dibuat, 0 diperbarui, 0 dilewati.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Kembali ke daftar anggota' }).first()).toHaveAttribute(
    'href',
    '#/members',
  )

  const list = await harness.registry.invoke('members:listOrganisations', {
    sort: { column: 'name', direction: 'asc' },
  })
  expect(list).toMatchObject({
    ok: true,
    value: {
      total: 3,
      rows: [
        { name: 'LSM Suara Warga', regencyName: 'Kota Surabaya' },
        { name: 'Perkumpulan Tani Makmur', regencyName: 'Kabupaten Ponorogo', email: 'tani@makmur.or.id' },
        { name: 'Yayasan Bina Desa', regencyName: 'Kabupaten Madiun', phone: '+6281234567890' },
      ],
    },
  })
})

test('asks which Madiun a bare "Madiun" means instead of guessing', async ({ page, harness }) => {
  await openImport(page, harness.url)
  await chooseFile(
    page,
    'oms.csv',
    Buffer.from(
      'Nama OMS;Kabupaten/Kota\r\nForum Warga Madiun;Madiun\r\nForum Batu;Kota Batu\r\nForum Batu;Kota Batu\r\n',
    ),
  )
  await page.getByRole('button', { name: 'Jalankan uji coba' }).click()
  await expect(count(page, 'Galat')).toHaveText('1')
  // An exact duplicate is skipped by the check itself, and its box says so.
  const duplicate = page.getByRole('checkbox', { name: 'Lewati baris 4' })
  await expect(duplicate).toBeChecked()
  await expect(duplicate).toBeDisabled()
  await expect(page.getByText('"Madiun" bisa berarti Kabupaten Madiun / Kota Madiun. Pilih salah satu.')).toBeVisible()

  const choice = page.getByLabel('"Madiun" (1 baris) bisa berarti lebih dari satu kabupaten/kota.')
  await choice.selectOption({ label: 'Kota Madiun' })
  await page.getByRole('button', { name: 'Jalankan uji coba lagi' }).click()
  await expect(count(page, 'Galat')).toHaveText('0')
  await page.getByRole('button', { name: 'Impor semua' }).click()
  await expect(page.getByText('2 dibuat, 0 diperbarui, 1 dilewati.')).toBeVisible()
})

/** The alert that says something: the export part of the page keeps an empty one, ready to speak. */
const spokenAlert = (page: Page) => page.getByRole('alert').filter({ hasText: /\S/ })

test('refuses a file that is not a spreadsheet, with the reason', async ({ page, harness }) => {
  await openImport(page, harness.url)
  await chooseFile(page, 'laporan.xlsx', Buffer.from('%PDF-1.7 not really a workbook'))
  await expect(spokenAlert(page)).toContainText('Berkas "laporan.xlsx" bukan CSV atau XLSX.')
})

test('refuses a ZIP bomb and a million-row file with what to do, in both languages', async ({ page, harness }) => {
  // Builds the files itself and sends 7 MB through the page: more than the usual 30 s on a busy machine.
  test.slow()
  await openImport(page, harness.url)
  await chooseFile(page, 'anggota.xlsx', unusedBombs())
  const alert = spokenAlert(page)
  await expect(alert).toContainText('Berkas "anggota.xlsx" tidak dibuka: isinya akan membengkak menjadi 480 MB')
  await expectAccessible(page)
  await chooseFile(page, 'daftar.xlsx', await millionRows())
  // Reading stops at the 50,001st row, but sending 7 MB and reading that far takes seconds on a busy machine.
  await expect(alert).toContainText('Berkas berisi lebih dari 50.000 baris data, batas satu impor.', {
    timeout: 20_000,
  })

  await page.goto(`${harness.url}#/settings`)
  await page.getByRole('button', { name: 'English' }).click()
  await page.goto(`${harness.url}#/members/import/organisations`)
  await page
    .getByLabel('Spreadsheet file')
    .setInputFiles({ name: 'anggota.xlsx', mimeType: xlsx, buffer: unusedBombs() })
  await expect(alert).toContainText('The file "anggota.xlsx" was not opened: it would swell to 480 MB')
  await expectAccessible(page)
})

test('maps columns headed __proto__ and constructor by keyboard and imports them', async ({ page, harness }) => {
  await openImport(page, harness.url)
  const rows = Array.from({ length: 1_200 }, (_, n) => `Yayasan Proto ${n + 1};catatan proto;Kota Batu`)
  await chooseFile(page, 'aneh.csv', Buffer.from(['__proto__;constructor;Kabupaten/Kota', ...rows].join('\n')))
  await expect(page.getByText('aneh.csv: 1.200 baris data.')).toBeVisible()
  // The file read, focus lands on the next step; the first column's field is one Tab away.
  await expect(page.getByRole('heading', { name: '2. Cocokkan kolom' })).toBeFocused()
  await page.keyboard.press('Tab')
  const proto = page.getByLabel('Isian: __proto__')
  await expect(proto).toBeFocused()
  await proto.selectOption('name')
  await page.getByLabel('Isian: constructor').selectOption('notes')
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Jalankan uji coba' }).press('Enter')
  await expect(count(page, 'Akan dibuat')).toHaveText('1.200')
  await expect(page.getByText('Belum ada data yang disimpan. Periksa hasilnya, lalu pilih Impor semua.')).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Impor semua' }).press('Enter')
  await expect(page.getByText('1.200 dibuat, 0 diperbarui, 0 dilewati.')).toBeVisible()
  const list = await harness.registry.invoke('members:listOrganisations', { query: 'Proto 1200' })
  expect(list).toMatchObject({ ok: true, value: { rows: [{ name: 'Yayasan Proto 1200', regencyName: 'Kota Batu' }] } })
})

test('downloads the import template with the headings the import knows', async ({ page, harness }) => {
  await openImport(page, harness.url)
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Templat XLSX' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('templat-impor-oms.xlsx')
  const sheets = await readXlsxFile(await readFile(await download.path()))
  expect(sheets.map((sheet) => sheet.sheet)).toEqual(['OMS', 'Petunjuk'])
  expect(sheets[0]?.data[0]).toEqual(
    expect.arrayContaining(['Nama OMS', 'Singkatan', 'Jenis Organisasi', 'Kabupaten/Kota']),
  )
})

test('exports the organisation list to XLSX and CSV with Indonesian headings', async ({ page, harness }) => {
  const opened = await harness.registry.invoke('members:importOpen', {
    kind: 'organisations',
    fileName: 'oms.csv',
    contentBase64: Buffer.from('Nama OMS,Kabupaten/Kota\nYayasan Bina Desa,Kab. Madiun\n').toString('base64'),
  })
  if (!opened.ok) throw new Error(opened.error.message)
  const { importId, mapping } = opened.value as { importId: string; mapping: (string | null)[] }
  await harness.registry.invoke('members:importPreview', { importId, mapping })
  expect(await harness.registry.invoke('members:importCommit', { importId })).toMatchObject({ ok: true })

  await openImport(page, harness.url)
  const xlsxDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Ekspor XLSX' }).click()
  const workbook = await xlsxDownload
  expect(workbook.suggestedFilename()).toMatch(/^anggota-oms-\d{4}-\d{2}-\d{2}\.xlsx$/)
  const [sheet] = await readXlsxFile(await readFile(await workbook.path()))
  expect(sheet?.data[0]?.slice(0, 7)).toEqual([
    'Nama OMS',
    'Singkatan',
    'Jenis Organisasi',
    'Bentuk Badan Hukum',
    'Nomor Registrasi',
    'Tahun Berdiri',
    'Kabupaten/Kota',
  ])
  expect(sheet?.data[1]?.[0]).toBe('Yayasan Bina Desa')

  const csvDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Ekspor CSV' }).click()
  const csv = await readFile(await (await csvDownload).path(), 'utf8')
  expect(csv.startsWith('\uFEFFNama OMS;Singkatan;Jenis Organisasi;')).toBe(true)
  expect(csv).toContain('Yayasan Bina Desa;;;;;;Kabupaten Madiun')
})

test('reads Sekretaris and Bendahara as managers, and stops at a title it does not know until the user says what it is', async ({
  page,
  harness,
}) => {
  await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  await page.goto(`${harness.url}#/members/import/people`)
  const file = Buffer.from(
    [
      'Nama;Jenis Kelamin;Jabatan;Nama OMS',
      'Siti Aminah;P;Ketua;Yayasan Bina Desa',
      'Ani Lestari;P;Sekretaris;Yayasan Bina Desa',
      'Budi Santoso;L;Bendahara;Yayasan Bina Desa',
      'Citra Dewi;P;Humas;Yayasan Bina Desa',
      'Dodi Pratama;L;Staf Keuangan;Yayasan Bina Desa',
    ].join('\n'),
  )
  await chooseFile(page, 'pengurus.csv', file)
  await expect(page.getByRole('heading', { name: '2. Cocokkan kolom' })).toBeFocused(waitForMain)
  await expect(page.getByLabel('Isian: Jabatan')).toHaveValue('role')
  await page.getByRole('button', { name: 'Jalankan uji coba' }).press('Enter')
  const results = page.getByRole('region', { name: '3. Hasil uji coba' })
  await expect(count(page, 'Galat')).toHaveText('1', waitForMain)
  await expect(count(page, 'Akan dibuat')).toHaveText('4')
  await expect(count(page, 'Dengan peringatan')).toHaveText('1')
  const row = (number: string) =>
    results.getByRole('row').filter({ has: page.getByRole('rowheader', { name: number, exact: true }) })
  await expect(row('5')).toContainText(
    'Peran "Humas" tidak dikenali. Tulis salah satu: ketua/pimpinan, manajer, staf, pelatih, atau relawan',
  )
  await expect(row('6')).toContainText('Jabatan "Staf Keuangan" dicatat sebagai peran "Staf".')
  await expect(page.getByRole('button', { name: 'Impor semua' })).toBeDisabled()
  await expectAccessible(page)

  // Corrected in place, by keyboard.
  const fix = results.getByRole('textbox', { name: 'Perbaiki Peran di baris 5' })
  await tabTo(fix)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('Relawan')
  await page.getByRole('button', { name: 'Jalankan uji coba lagi' }).press('Enter')
  await expect(count(page, 'Galat')).toHaveText('0', waitForMain)
  await page.getByRole('button', { name: 'Impor semua' }).press('Enter')
  await expect(page.getByText('5 dibuat, 0 diperbarui, 0 dilewati.')).toBeVisible(waitForMain)

  const people = await harness.registry.invoke('members:listPeople', { sort: { column: 'name', direction: 'asc' } })
  if (!people.ok) throw new Error(people.error.message)
  expect((people.value as { rows: { name: string; role: string }[] }).rows.map((p) => [p.name, p.role])).toEqual([
    ['Ani Lestari', 'manager'],
    ['Budi Santoso', 'manager'],
    ['Citra Dewi', 'volunteer'],
    ['Dodi Pratama', 'staff'],
    ['Siti Aminah', 'leader'],
  ])

  // The same finding in English.
  await useEnglish(page, harness)
  await page.goto(`${harness.url}#/members/import/people`)
  await page.getByLabel('Spreadsheet file').setInputFiles({ name: 'pengurus.csv', mimeType: 'text/csv', buffer: file })
  await page.getByRole('button', { name: 'Run the check' }).click()
  await expect(page.getByText('Role "Humas" is not recognised.', { exact: false })).toBeVisible(waitForMain)
  await expectAccessible(page)
})

test('takes "No. Telp Lembaga" as the OMS phone column', async ({ page, harness }) => {
  await openImport(page, harness.url)
  await chooseFile(
    page,
    'lembaga.csv',
    Buffer.from('Nama Lembaga;Kab/Kota;No. Telp Lembaga;Telepon Kontak\nForum Warga Batu;Kota Batu;(0341) 551234;\n'),
  )
  await expect(page.getByLabel('Isian: No. Telp Lembaga')).toHaveValue('phone', waitForMain)
  await expect(page.getByLabel('Isian: Telepon Kontak')).toHaveValue('contact.phone')
  await page.getByLabel('Isian: Telepon Kontak').selectOption('')
  await page.getByRole('button', { name: 'Jalankan uji coba' }).click()
  await expect(count(page, 'Akan dibuat')).toHaveText('1', waitForMain)
  await page.getByRole('button', { name: 'Impor semua' }).click()
  await expect(page.getByText('1 dibuat, 0 diperbarui, 0 dilewati.')).toBeVisible(waitForMain)
  expect(await harness.registry.invoke('members:listOrganisations', {})).toMatchObject({
    ok: true,
    value: { rows: [{ name: 'Forum Warga Batu', phone: '+62341551234' }] },
  })
})

import { giveConsent } from '../../src/main/privacy/testing'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Download, Locator, Page } from '@playwright/test'
import readXlsxFile from 'read-excel-file/node'
import type { Harness } from '../../scripts/harness/server'
import type { OrganisationRow, Page as ListPage, PersonListRow, SaveResult } from '../../src/shared/members'
import { expect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'
import { createPerson, useEnglish } from './records-seed'

test.use({ hubSetup: jawaTimurHub })

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
// Saved by LibreOffice Calc from a CSV, as a secretariat's own list would be.
const oneSheetFixture = join(__dirname, '../../src/main/members/spreadsheets/reader/fixtures/one-sheet.xlsx')

async function invoke<T>(harness: Harness, channel: string, input: unknown): Promise<T> {
  const result = await harness.registry.invoke(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as T
}

async function createOrganisation(harness: Harness, name: string, regencyCode: string, phone: string) {
  const saved = await invoke<SaveResult>(harness, 'members:createOrganisation', { name, regencyCode, phone })
  if (!saved.saved) throw new Error(`${name} looked like a duplicate`)
  return saved.id
}

const organisations = (harness: Harness) =>
  invoke<ListPage<OrganisationRow>>(harness, 'members:listOrganisations', {
    sort: { column: 'name', direction: 'asc' },
  })

const count = (page: Page, label: string) =>
  page
    .locator('.import-count')
    .filter({ has: page.getByRole('term').filter({ hasText: label }) })
    .getByRole('definition')

const saved = async (download: Download) => readFile(await download.path())

/** Main reads a file and runs a dry run on a worker thread or in chunks: seconds on a busy machine. */
const waitForMain = { timeout: 20_000 }

async function importFile(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('Berkas spreadsheet').setInputFiles({ name, mimeType: xlsx, buffer })
  await expect(page.getByRole('heading', { name: '2. Cocokkan kolom' })).toBeFocused(waitForMain)
}

test('re-importing the exported directory matches every row: skipped by default, one row updated, nothing duplicated', async ({
  page,
  harness,
}) => {
  // Export, import, two dry runs and a commit, each checked with axe: more than 30 s on a busy machine.
  test.slow()
  const bina = await createOrganisation(harness, 'Yayasan Bina Desa', '35.19', '0812-1111-0001')
  const forum = await createOrganisation(harness, 'Forum Warga Batu', '35.79', '0812-1111-0002')
  await createOrganisation(harness, 'Kelompok Tani Makmur', '35.02', '0812-1111-0003')

  await page.goto(`${harness.url}#/members`)
  const main = page.getByRole('main')
  const menu = main.getByRole('button', { name: 'Ekspor…' })
  await menu.click()
  await expect(menu).toHaveAttribute('aria-expanded', 'true')
  await expectAccessible(page)
  const exporting = page.waitForEvent('download')
  await main.getByRole('button', { name: 'Ekspor XLSX – semua OMS' }).click()
  const exported = await saved(await exporting)
  // Done, the menu closes and focus is back on its button.
  await expect(menu).toBeFocused()
  await expect(menu).toHaveAttribute('aria-expanded', 'false')

  // Changed after the export: the file's old phone numbers must not come back unless asked for.
  for (const [id, name, regencyCode] of [
    [bina, 'Yayasan Bina Desa', '35.19'],
    [forum, 'Forum Warga Batu', '35.79'],
  ])
    await invoke(harness, 'members:updateOrganisation', {
      id,
      name,
      regencyCode,
      phone: '0813-9999-0000',
      allowDuplicates: true,
    })

  await main.getByRole('link', { name: 'Impor' }).click()
  await importFile(page, 'anggota-oms.xlsx', exported)
  await page.getByRole('button', { name: 'Jalankan uji coba' }).click()
  const results = page.getByRole('region', { name: '3. Hasil uji coba' })
  await expect(count(page, 'Cocok dengan data yang ada')).toHaveText('3', waitForMain)
  await expect(count(page, 'Dilewati')).toHaveText('3')
  await expect(count(page, 'Akan dibuat')).toHaveText('0')
  await expect(results.getByRole('radio', { name: 'Lewati: biarkan data yang ada' })).toBeChecked()
  // Rows in the export's order, by name: row 4 is Yayasan Bina Desa.
  const binaRow = results.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '4', exact: true }) })
  await expect(binaRow).toContainText('Cocok dengan Yayasan Bina Desa (Kabupaten Madiun): ID sama')
  await expectAccessible(page)

  const action = results.getByRole('combobox', { name: 'Tindakan untuk baris 4' })
  await expect(action).toHaveValue('skip')
  await action.selectOption({ label: 'Perbarui' })
  await expect(page.getByText('Ada perubahan sejak uji coba terakhir.')).toBeVisible()
  await page.getByRole('button', { name: 'Jalankan uji coba lagi' }).click()
  await expect(count(page, 'Akan diperbarui')).toHaveText('1', waitForMain)
  await expect(count(page, 'Dilewati')).toHaveText('2')
  await expect(results.getByRole('combobox', { name: 'Tindakan untuk baris 4' })).toHaveValue('update')
  await page.getByRole('button', { name: 'Impor semua' }).click()
  await expect(page.getByText('0 dibuat, 1 diperbarui, 2 dilewati.')).toBeVisible(waitForMain)

  const after = await organisations(harness)
  expect(after.total).toBe(3)
  expect(after.rows.map((row) => [row.name, row.phone])).toEqual([
    ['Forum Warga Batu', '+6281399990000'],
    ['Kelompok Tani Makmur', '+6281211110003'],
    ['Yayasan Bina Desa', '+6281211110001'],
  ])
})

/** Two OMS in the directory, searched down to one: what each export button then holds differs. */
async function directorySearchedForBina(page: Page, harness: Harness): Promise<Locator> {
  await createOrganisation(harness, 'Yayasan Bina Desa', '35.19', '0812-1111-0001')
  await createOrganisation(harness, 'Forum Warga Batu', '35.79', '0812-1111-0002')
  await page.goto(`${harness.url}#/members`)
  const main = page.getByRole('main')
  await main.getByRole('searchbox', { name: 'Cari OMS dan orang' }).fill('bina')
  await expect(main.getByRole('status').filter({ hasText: 'hasil' })).toHaveText('1 hasil')
  return main
}

test('says on each export button what it holds, and offers the search and everything in both places', async ({
  page,
  harness,
}) => {
  const main = await directorySearchedForBina(page, harness)
  await main.getByRole('button', { name: 'Ekspor…' }).press('Enter')
  await expect(main.getByRole('button', { name: 'Ekspor XLSX – hasil pencarian (1)' })).toBeVisible()
  await expect(main.getByRole('button', { name: 'Ekspor XLSX – semua OMS' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(main.getByRole('button', { name: 'Ekspor…' })).toBeFocused()
  await expect(main.getByRole('button', { name: 'Ekspor XLSX – semua OMS' })).toBeHidden()

  // The import page offers the directory's search too, and says so.
  await main.getByRole('link', { name: 'Impor' }).click()
  const exportSection = page.getByRole('region', { name: 'Ekspor daftar' })
  await expect(exportSection).toContainText('Hanya yang cocok dengan pencarian dan saringan di daftar anggota')
  const searched = page.waitForEvent('download')
  await exportSection.getByRole('button', { name: 'Ekspor XLSX – hasil pencarian (1)' }).click()
  const [searchSheet] = await readXlsxFile(await saved(await searched))
  expect(searchSheet?.data.slice(1).map((row) => row[0])).toEqual(['Yayasan Bina Desa'])
  const everything = page.waitForEvent('download')
  await exportSection.getByRole('button', { name: 'Ekspor XLSX – semua OMS' }).click()
  const [allSheet] = await readXlsxFile(await saved(await everything))
  expect(allSheet?.data.slice(1).map((row) => row[0])).toEqual(['Forum Warga Batu', 'Yayasan Bina Desa'])
  await expectAccessible(page)
})

test('imports a one-sheet list of OMS with their contact people: each row creates both', async ({ page, harness }) => {
  test.slow()
  await page.goto(`${harness.url}#/members/import/organisations`)
  await importFile(page, 'satu-lembar.xlsx', await readFile(oneSheetFixture))
  await expect(page.getByLabel('Isian: Nama Kontak')).toHaveValue('contact.name')
  await expect(page.getByLabel('Isian: Jenis Kelamin')).toHaveValue('contact.gender')
  await expect(page.getByLabel('Isian: No HP Kontak')).toHaveValue('contact.phone')
  await expect(page.getByLabel('Isian: Jabatan')).toHaveValue('contact.role')
  await expect(page.getByLabel('Isian: Nama OMS')).toHaveValue('name')
  await expectAccessible(page)

  // Without a gender column the contacts cannot be saved: the screen says what to map, or to leave them out.
  await page.getByLabel('Isian: Jenis Kelamin').selectOption('')
  await expect(page.getByText('Untuk mengimpor orang kontak, petakan juga: Kontak: Jenis kelamin.')).toBeVisible()
  await page.getByLabel('Isian: Jenis Kelamin').selectOption('contact.gender')

  await page.getByRole('button', { name: 'Jalankan uji coba' }).click()
  await expect(count(page, 'Akan dibuat')).toHaveText('3', waitForMain)
  await expect(count(page, 'Orang kontak baru')).toHaveText('2')
  await expect(count(page, 'Galat')).toHaveText('0')
  await page.getByRole('button', { name: 'Impor semua' }).click()
  await expect(page.getByText('3 dibuat, 0 diperbarui, 0 dilewati.')).toBeVisible(waitForMain)
  await expect(page.getByText('Orang kontak: 2 dibuat, 0 diperbarui.')).toBeVisible()

  expect((await organisations(harness)).total).toBe(3)
  const people = await invoke<ListPage<PersonListRow>>(harness, 'members:listPeople', {
    sort: { column: 'name', direction: 'asc' },
  })
  expect(people.rows.map((row) => [row.name, row.gender, row.role, row.organisationName, row.phone])).toEqual([
    // "Sekretaris" in the file: the secretary manages the OMS, the "Ketua" leads it.
    ['Budi Hartono', 'male', 'manager', 'Kelompok Tani Subur', '+6281233334444'],
    ['Siti Aminah', 'female', 'leader', 'Yayasan Sumber Air', '+6281211113333'],
  ])
})

const exportName = (scope: string) => new RegExp(`^anggota-oms${scope}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`)

test('names a search export apart from the whole list, and says on screen what each export saved, in both languages', async ({
  page,
  harness,
}) => {
  // Two exports and a language switch: 22 s in CI, too near the 30 s default on a busy machine.
  test.slow()
  const main = await directorySearchedForBina(page, harness)

  // By keyboard: the menu, the search's button, then the menu closes and says what was saved.
  const menu = main.getByRole('button', { name: 'Ekspor…' })
  await tabTo(menu)
  await page.keyboard.press('Enter')
  const searchButton = main.getByRole('button', { name: 'Ekspor XLSX – hasil pencarian (1)' })
  await tabTo(searchButton)
  const searched = page.waitForEvent('download')
  await page.keyboard.press('Enter')
  const searchFile = (await searched).suggestedFilename()
  expect(searchFile).toMatch(exportName('-pencarian'))
  await expect(menu).toBeFocused()
  const confirmation = main.getByRole('status').filter({ hasText: 'Ekspor selesai' })
  await expect(confirmation).toHaveText(`Ekspor selesai: ${searchFile} berisi 1 OMS.`)
  await expect(confirmation).toBeVisible()
  await expectAccessible(page)

  await menu.press('Enter')
  const everything = page.waitForEvent('download')
  await main.getByRole('button', { name: 'Ekspor XLSX – semua OMS' }).click()
  const allFile = (await everything).suggestedFilename()
  expect(allFile).toMatch(exportName(''))
  await expect(confirmation).toHaveText(`Ekspor selesai: ${allFile} berisi 2 OMS.`)

  // On the import page the confirmation stays beside the buttons, and leaves with the page.
  await main.getByRole('link', { name: 'Impor' }).click()
  const exportSection = page.getByRole('region', { name: 'Ekspor daftar' })
  await expect(exportSection.getByRole('status')).toHaveText('')
  const fromImport = page.waitForEvent('download')
  await exportSection.getByRole('button', { name: 'Ekspor XLSX – hasil pencarian (1)' }).click()
  await expect(exportSection.getByRole('status')).toHaveText(
    `Ekspor selesai: ${(await fromImport).suggestedFilename()} berisi 1 OMS.`,
  )
  await expect(exportSection.getByRole('button', { name: 'Ekspor XLSX – hasil pencarian (1)' })).toBeFocused()
  await expectAccessible(page)

  await useEnglish(page, harness)
  await page.goto(`${harness.url}#/members/import/organisations`)
  const englishSection = page.getByRole('region', { name: 'Export the list' })
  const english = page.waitForEvent('download')
  await englishSection.getByRole('button', { name: 'Export XLSX – all OMS' }).click()
  await expect(englishSection.getByRole('status')).toHaveText(
    `Export done: ${(await english).suggestedFilename()} holds 2 OMS.`,
  )
  await expectAccessible(page)
})

test('exports each OMS with its leader as the contact person; re-importing that file updates them and adds nobody', async ({
  page,
  harness,
}) => {
  test.slow()
  const bina = await createOrganisation(harness, 'Yayasan Bina Desa', '35.19', '0812-1111-0001')
  const forum = await createOrganisation(harness, 'Forum Warga Batu', '35.79', '0812-1111-0002')
  // Each agreed to be listed in the directory and contacted: only such people are exported.
  const listed = async (organisation: string, fields: Record<string, unknown>) =>
    giveConsent(harness.services.database, await createPerson(harness, organisation, fields), ['directory', 'contact'])
  await listed(bina, { name: 'Rina Wati', role: 'manager' })
  await listed(bina, { name: 'Siti Rahayu', role: 'leader', phone: '0812-2222-3333' })
  await listed(forum, { name: 'Budi Santoso', gender: 'male', role: 'volunteer' })

  await page.goto(`${harness.url}#/members/import/organisations`)
  const exportSection = page.getByRole('region', { name: 'Ekspor daftar' })
  const exporting = page.waitForEvent('download')
  await exportSection.getByRole('button', { name: 'Ekspor XLSX – semua OMS' }).click()
  const exported = await saved(await exporting)
  const [sheet] = await readXlsxFile(exported)
  const headings = (sheet?.data[0] ?? []) as string[]
  const cell = (row: number, heading: string) => sheet?.data[row]?.[headings.indexOf(heading)]
  expect(headings).toEqual(expect.arrayContaining(['Nama Kontak', 'Jabatan Kontak', 'No HP Kontak']))
  // Sorted by name: Forum Warga Batu, then Yayasan Bina Desa, whose leader is the contact.
  expect([cell(1, 'Nama Kontak'), cell(2, 'Nama Kontak'), cell(2, 'No HP Kontak')]).toEqual([
    'Budi Santoso',
    'Siti Rahayu',
    '0812-2222-3333',
  ])

  await importFile(page, 'anggota-oms.xlsx', exported)
  await expect(page.getByLabel('Isian: Nama Kontak')).toHaveValue('contact.name')
  await page.getByRole('button', { name: 'Jalankan uji coba' }).click()
  await expect(count(page, 'Cocok dengan data yang ada')).toHaveText('2', waitForMain)
  // Skipped, as by default, a matching OMS leaves its contact alone too; updated, the contact is found.
  await expect(count(page, 'Orang kontak baru')).toHaveText('0')
  await page.getByRole('radio', { name: /^Perbarui data yang ada/ }).check()
  await page.getByRole('button', { name: 'Jalankan uji coba lagi' }).click()
  await expect(count(page, 'Akan diperbarui')).toHaveText('2', waitForMain)
  await expect(count(page, 'Orang kontak diperbarui')).toHaveText('2')
  await expect(count(page, 'Orang kontak baru')).toHaveText('0')
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Impor semua' }).click()
  await expect(page.getByText('Orang kontak: 0 dibuat, 2 diperbarui.')).toBeVisible(waitForMain)

  const people = await invoke<ListPage<PersonListRow>>(harness, 'members:listPeople', {
    sort: { column: 'name', direction: 'asc' },
  })
  expect(people.rows.map((row) => [row.name, row.role, row.organisationName])).toEqual([
    ['Budi Santoso', 'volunteer', 'Forum Warga Batu'],
    ['Rina Wati', 'manager', 'Yayasan Bina Desa'],
    ['Siti Rahayu', 'leader', 'Yayasan Bina Desa'],
  ])
})

import type { Page } from '@playwright/test'
import { localDate } from '../../src/shared/format'
import type { Result } from '../../src/shared/errors'
import type { InitiativeDetail, InitiativePage } from '../../src/shared/initiatives'
import type { Harness } from '../../scripts/harness/server'
import { expect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'
import { createOrganisation, useEnglish } from './records-seed'

test.use({ hubSetup: jawaTimurHub })
// Several runs of axe per test, on a shared two-core machine.
test.slow()

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })
const initiativePage = /#\/initiatives\/[0-9a-f-]{36}$/

async function value<T>(call: Promise<unknown>): Promise<T> {
  const result = (await call) as Result<T>
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

const createInitiative = (harness: Harness, input: Record<string, unknown>) =>
  value<InitiativeDetail>(harness.registry.invoke('initiatives:create', { regencyCode: '35.19', ...input }))
const initiativeCount = async (harness: Harness) =>
  (await value<InitiativePage>(harness.registry.invoke('initiatives:list', {}))).total

/** The titles in the list's rows, top to bottom. */
const titles = (page: Page) => page.getByRole('table', { name: 'Daftar inisiatif' }).getByRole('link').allTextContents()

test('by keyboard alone: an initiative is formulated through the form and saved with all its fields', async ({
  page,
  harness,
}) => {
  const partner = await createOrganisation(harness, { name: 'Kelompok Tani Sumber Rejeki' })
  await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  await page.goto(`${harness.url}#/initiatives`)
  await expect(heading(page, 'Inisiatif')).toBeVisible()
  await expect(page.getByText('Belum ada inisiatif.')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: '0 inisiatif' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Isu payung' })).toHaveAttribute('href', '#/initiatives/clusters')
  await expect(page.getByRole('link', { name: 'Panduan 6 langkah' })).toHaveAttribute('href', '#/initiatives/guide')
  await expectAccessible(page)
  await tabTo(page.getByRole('link', { name: 'Tambah inisiatif' }).first())
  await page.keyboard.press('Enter')
  await expect(heading(page, 'Inisiatif baru')).toBeFocused()

  await tabTo(page.getByLabel('Cari OMS pelaksana di direktori'))
  await page.keyboard.type('bina desa')
  await tabTo(page.getByRole('button', { name: 'Pilih Yayasan Bina Desa sebagai pelaksana' }))
  await page.keyboard.press('Enter')
  await expect(page.locator('strong', { hasText: 'Yayasan Bina Desa' })).toBeVisible()
  await tabTo(page.getByLabel('Cari OMS mitra di direktori'))
  await page.keyboard.type('sumber rejeki')
  await tabTo(page.getByRole('button', { name: 'Tambahkan Kelompok Tani Sumber Rejeki sebagai mitra' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Hapus Kelompok Tani Sumber Rejeki dari mitra' })).toBeVisible()
  await tabTo(page.getByLabel('Judul', { exact: true }))
  await page.keyboard.type('Bank Sampah Desa Tambakmas')
  await tabTo(page.getByLabel('Masalah, hambatan, atau tantangan lokal'))
  await page.keyboard.type('Sampah plastik dibakar di pekarangan.')
  await tabTo(page.getByLabel('Jumlah penerima manfaat'))
  await page.keyboard.type('1.250')
  await tabTo(page.getByLabel('Kabupaten/kota'))
  await page.keyboard.type('Kabupaten Madiun')
  await expect(page.getByLabel('Kabupaten/kota')).toHaveValue('35.19')
  await tabTo(page.getByLabel('Kecamatan'))
  await page.keyboard.press('ArrowDown')
  await expect(page.getByLabel('Kecamatan')).toHaveValue(/^35\.19\.\d\d$/)
  // An initiative's place comes from the reference lists only: nothing to type instead.
  await expect(page.getByRole('option', { name: 'Tidak ada di daftar — ketik sendiri' })).toHaveCount(0)
  await tabTo(page.getByRole('checkbox', { name: '12. Konsumsi dan Produksi yang Bertanggung Jawab' }))
  await page.keyboard.press('Space')
  await tabTo(page.getByLabel('Tanggal mulai'))
  await page.keyboard.type('18/05/2026')
  await expect(page.getByText('Dipilih: 18 Mei 2026.')).toBeVisible()
  await tabTo(page.getByLabel('Tanggal selesai'))
  await page.keyboard.type('31/12/2026')
  await expectAccessible(page)
  await tabTo(page.getByRole('button', { name: 'Simpan' }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(initiativePage)

  const id = decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '')
  const saved = await value<InitiativeDetail>(harness.registry.invoke('initiatives:get', { id }))
  expect(saved).toMatchObject({
    title: 'Bank Sampah Desa Tambakmas',
    leadName: 'Yayasan Bina Desa',
    partners: [{ id: partner, name: 'Kelompok Tani Sumber Rejeki' }],
    problem: 'Sampah plastik dibakar di pekarangan.',
    beneficiaryCount: 1250,
    regencyCode: '35.19',
    sdgs: [12],
    startsOn: '2026-05-18',
    endsOn: '2026-12-31',
    status: 'draft',
  })
})

test('the list finds initiatives by search, filter and sort, each row in Indonesian words and formats', async ({
  page,
  harness,
}) => {
  const lead = await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  const partner = await createOrganisation(harness, { name: 'Kelompok Tani Sumber Rejeki' })
  const { id } = await createInitiative(harness, {
    leadOrganisationId: lead,
    title: 'Bank Sampah Desa Tambakmas',
    sdgs: [12],
    startsOn: '2026-05-18',
  })
  // Two more: one earlier and cancelled, one not yet dated.
  await value(harness.registry.invoke('initiatives:updateStep', { initiativeId: id, step: 1, done: true }))
  await value(
    harness.registry.invoke('initiatives:createNeed', {
      initiativeId: id,
      form: 'funds',
      description: 'Timbangan',
      targetRupiah: 2_000_000,
    }),
  )
  const water = await createInitiative(harness, {
    leadOrganisationId: partner,
    title: 'Air bersih Dusun Krajan',
    regencyCode: '35.77',
    sdgs: [6],
    startsOn: '2025-06-01',
  })
  await value(
    harness.registry.invoke('initiatives:changeStatus', {
      initiativeId: water.id,
      status: 'cancelled',
      effectiveOn: localDate(new Date(), 'WIB'),
    }),
  )
  await createInitiative(harness, { leadOrganisationId: partner, title: 'Perpustakaan anak' })

  await page.goto(`${harness.url}#/initiatives`)
  await expect(page.getByRole('status').filter({ hasText: '3 inisiatif' })).toBeVisible()
  const row = page.getByRole('row').filter({ hasText: 'Bank Sampah Desa Tambakmas' })
  await expect(row.getByRole('cell')).toHaveText([
    'Bank Sampah Desa Tambakmas',
    'Yayasan Bina Desa',
    'Kabupaten Madiun',
    'Draf',
    '1/6',
    '0%',
    '18 Mei 2026',
  ])
  await expect(row.getByRole('link')).toHaveAttribute('href', `#/initiatives/${id}`)
  await expect(page.getByRole('row').filter({ hasText: 'Perpustakaan anak' })).toContainText('Belum ada kebutuhan')
  expect(await titles(page)).toEqual(['Air bersih Dusun Krajan', 'Bank Sampah Desa Tambakmas', 'Perpustakaan anak'])
  await expectAccessible(page)

  await tabTo(page.getByLabel('Cari inisiatif'))
  await page.keyboard.type('tambak')
  await expect(page.getByRole('status').filter({ hasText: '1 inisiatif' })).toBeVisible()
  expect(await titles(page)).toEqual(['Bank Sampah Desa Tambakmas'])
  await page.keyboard.type('xyz')
  await expect(page.getByText('Tidak ada yang cocok dengan pencarian atau saringan ini.')).toBeVisible()
  await page.getByLabel('Cari inisiatif').fill('')

  await page.getByLabel('SDG/TPB').selectOption({ label: '6. Air Bersih dan Sanitasi Layak' })
  await expect(page.getByRole('status').filter({ hasText: '1 inisiatif' })).toBeVisible()
  expect(await titles(page)).toEqual(['Air bersih Dusun Krajan'])
  await page.getByLabel('Status').selectOption({ label: 'Draf' })
  await expect(page.getByText('Tidak ada yang cocok dengan pencarian atau saringan ini.')).toBeVisible()
  await page.getByRole('button', { name: 'Hapus saringan' }).click()
  await expect(page.getByLabel('Status')).toBeFocused()
  await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kota Madiun' })
  await expect(page.getByRole('status').filter({ hasText: '1 inisiatif' })).toBeVisible()
  await page.getByRole('button', { name: 'Hapus saringan' }).click()
  await expect(page.getByRole('status').filter({ hasText: '3 inisiatif' })).toBeVisible()

  // Undated initiatives come last either way.
  await page.getByRole('button', { name: 'Mulai' }).click()
  await expect(page.getByRole('columnheader', { name: 'Mulai' })).toHaveAttribute('aria-sort', 'ascending')
  await expect
    .poll(() => titles(page))
    .toEqual(['Air bersih Dusun Krajan', 'Bank Sampah Desa Tambakmas', 'Perpustakaan anak'])
  await page.getByRole('button', { name: 'Mulai' }).click()
  await expect
    .poll(() => titles(page))
    .toEqual(['Bank Sampah Desa Tambakmas', 'Air bersih Dusun Krajan', 'Perpustakaan anak'])
  await page.getByRole('button', { name: 'Status' }).click()
  await expect
    .poll(() => titles(page))
    .toEqual(['Bank Sampah Desa Tambakmas', 'Perpustakaan anak', 'Air bersih Dusun Krajan'])
})

test('bad input is refused at its field with its own message, focus on the first, nothing saved', async ({
  page,
  harness,
}) => {
  const lead = await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  await createOrganisation(harness, { name: 'Yayasan Bina Warga' })
  await page.goto(`${harness.url}#/initiatives/new`)
  await expect(heading(page, 'Inisiatif baru')).toBeFocused()
  await page.getByRole('button', { name: 'Simpan' }).click()
  await expect(page.getByRole('alert')).toHaveText('Ada isian yang perlu diperbaiki.')
  await expect(page.getByLabel('Cari OMS pelaksana di direktori')).toBeFocused()
  await expect(page.getByText('Pilih OMS pelaksana inisiatif ini.')).toBeVisible()
  await expect(page.getByText('Judul inisiatif wajib diisi.')).toBeVisible()
  await expect(page.getByText('Pilih kabupaten/kota tempat inisiatif dilaksanakan.')).toBeVisible()

  await page.getByLabel('Cari OMS pelaksana di direktori').fill('bina desa')
  await page.getByRole('button', { name: 'Pilih Yayasan Bina Desa sebagai pelaksana' }).click()
  await expect(page.getByText('Pilih OMS pelaksana inisiatif ini.')).toHaveCount(0)
  await page.getByLabel('Judul', { exact: true }).fill('Bank Sampah Desa Tambakmas')
  await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kabupaten Madiun' })
  await page.getByLabel('Jumlah penerima manfaat').fill('1,5')
  await page.getByLabel('Tanggal mulai').fill('31/12/2026')
  await page.getByLabel('Tanggal selesai').fill('01/01/2026')
  await page.getByRole('button', { name: 'Simpan' }).click()
  await expect(page.getByLabel('Jumlah penerima manfaat')).toBeFocused()
  await expect(page.getByText('Jumlah penerima manfaat harus bilangan bulat, 0 atau lebih.')).toBeVisible()
  await expect(page.getByText('Tanggal selesai tidak boleh sebelum tanggal mulai.')).toBeVisible()
  await expect(page.getByText('Judul inisiatif wajib diisi.')).toHaveCount(0)
  await expectAccessible(page)
  expect(await initiativeCount(harness)).toBe(0)

  // What only main knows: the lead OMS was deleted on another screen meanwhile.
  await page.getByLabel('Jumlah penerima manfaat').fill('1.250')
  await page.getByLabel('Tanggal selesai').fill('31/01/2027')
  await value(harness.registry.invoke('members:deleteRecord', { kind: 'organisation', id: lead }))
  await page.getByRole('button', { name: 'Simpan' }).click()
  await expect(page.getByLabel('Cari OMS pelaksana di direktori')).toBeFocused()
  await expect(
    page.getByText('OMS pelaksana tidak ditemukan; mungkin sudah dihapus. Pilih OMS lain dari direktori.'),
  ).toBeVisible()
  expect(await initiativeCount(harness)).toBe(0)

  await page.getByLabel('Cari OMS pelaksana di direktori').fill('bina warga')
  await page.getByRole('button', { name: 'Pilih Yayasan Bina Warga sebagai pelaksana' }).click()
  await page.getByRole('button', { name: 'Simpan' }).click()
  await expect(page).toHaveURL(initiativePage)
  expect(await initiativeCount(harness)).toBe(1)
})

test('an initiative is edited from its saved values; list and form speak English when chosen', async ({
  page,
  harness,
}) => {
  const lead = await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  const partner = await createOrganisation(harness, { name: 'Kelompok Tani Sumber Rejeki' })
  const saved = await createInitiative(harness, {
    leadOrganisationId: lead,
    partnerOrganisationIds: [partner],
    title: 'Bank Sampah Desa Tambakmas',
    beneficiaryCount: 1250,
    sdgs: [12],
    startsOn: '2026-05-18',
  })
  await page.goto(`${harness.url}#/initiatives/${saved.id}/edit`)
  await expect(heading(page, 'Ubah inisiatif')).toBeFocused()
  await expect(page.getByLabel('Judul', { exact: true })).toHaveValue('Bank Sampah Desa Tambakmas')
  await expect(page.getByLabel('Jumlah penerima manfaat')).toHaveValue('1250')
  await expect(page.getByLabel('Kabupaten/kota')).toHaveValue('35.19')
  await expect(page.getByLabel('Tanggal mulai')).toHaveValue('18/05/2026')
  await expect(page.getByRole('checkbox', { name: '12. Konsumsi dan Produksi yang Bertanggung Jawab' })).toBeChecked()
  await expect(page.getByRole('link', { name: 'Batal' })).toHaveAttribute('href', `#/initiatives/${saved.id}`)
  await page.getByRole('button', { name: 'Hapus Kelompok Tani Sumber Rejeki dari mitra' }).click()
  await page.getByLabel('Judul', { exact: true }).fill('Bank Sampah Induk Tambakmas')
  await page.getByRole('button', { name: 'Simpan' }).click()
  await expect(page).toHaveURL(new RegExp(`#/initiatives/${saved.id}$`))
  const edited = await value<InitiativeDetail>(harness.registry.invoke('initiatives:get', { id: saved.id }))
  expect(edited).toMatchObject({ title: 'Bank Sampah Induk Tambakmas', partners: [], beneficiaryCount: 1250 })
  expect(await initiativeCount(harness)).toBe(1)

  await useEnglish(page, harness)
  await page.goto(`${harness.url}#/initiatives`)
  await expect(heading(page, 'Initiatives')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: '1 initiative' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Add initiative' })).toBeVisible()
  await expect(page.getByRole('columnheader')).toHaveText([
    /^Title/,
    'Lead OMS',
    'Regency/city',
    'Status',
    'Steps',
    'Progress',
    'Starts',
  ])
  await expect(page.getByRole('row').filter({ hasText: 'Bank Sampah Induk Tambakmas' })).toContainText('Draft')
  await expect(page.getByRole('row').filter({ hasText: 'Bank Sampah Induk Tambakmas' })).toContainText('18 May 2026')
  await expect(page.getByLabel('SDG')).toContainText('12. Responsible Consumption and Production')
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Add initiative' }).click()
  await expect(heading(page, 'New initiative')).toBeFocused()
  await expect(page.getByLabel('Find the lead OMS in the directory')).toBeVisible()
  await expect(page.getByRole('group', { name: 'Location' })).toContainText('Regency/city')
  await expect(page.getByRole('checkbox', { name: '12. Responsible Consumption and Production' })).toBeVisible()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Choose the OMS that leads this initiative.')).toBeVisible()
  await expectAccessible(page)
})

test('a few hundred initiatives scroll as a virtualised list, fetched page by page', async ({ page, harness }) => {
  const lead = await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  for (let number = 1; number <= 250; number++)
    await createInitiative(harness, { leadOrganisationId: lead, title: `Inisiatif ${String(number).padStart(3, '0')}` })
  await page.goto(`${harness.url}#/initiatives`)
  await expect(page.getByRole('status').filter({ hasText: '250 inisiatif' })).toBeVisible({ timeout: 15_000 })
  const table = page.getByRole('table', { name: 'Daftar inisiatif' })
  await expect(table).toHaveAttribute('aria-rowcount', '251')
  await expect(table.getByRole('link', { name: 'Inisiatif 001' })).toBeVisible()
  expect(await table.getByRole('row').count()).toBeLessThan(60)
  await table.evaluate((element) => element.scrollTo({ top: element.scrollHeight }))
  await expect(table.getByRole('link', { name: 'Inisiatif 250' })).toBeVisible()
  expect(await table.getByRole('row').count()).toBeLessThan(60)
  await expect(table.getByRole('link', { name: 'Inisiatif 001' })).toHaveCount(0)
})

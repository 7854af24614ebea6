import type { Page } from '@playwright/test'
import type { Result } from '../../src/shared/errors'
import type { SupporterPage } from '../../src/shared/pledges'
import type { Harness } from '../../scripts/harness/server'
import { expect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'
import { seedFulfilment, seedInitiative, seedPledge, seedSupporter } from './pledges-seed'
import { createOrganisation, useEnglish } from './records-seed'

test.use({ hubSetup: jawaTimurHub })
// Several runs of axe per test, on a shared two-core machine.
test.slow()

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })

async function value<T>(call: Promise<unknown>): Promise<T> {
  const result = (await call) as Result<T>
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

const supporterCount = async (harness: Harness) =>
  (await value<SupporterPage>(harness.registry.invoke('supporters:list', {}))).total

test('by keyboard alone: a pemerintah desa and a company are added, a near-duplicate is warned of and saved anyway', async ({
  page,
  harness,
}) => {
  await page.goto(`${harness.url}#/galangDaya`)
  await expect(heading(page, 'Galang Daya')).toBeVisible()
  await expect(page.getByText('Belum ada pendukung.')).toBeVisible()
  await tabTo(page.getByRole('link', { name: 'Tambah pendukung' }))
  await page.keyboard.press('Enter')
  await expect(heading(page, 'Tambah pendukung')).toBeFocused()

  await tabTo(page.getByLabel('Nama pendukung'))
  await page.keyboard.type('Pemerintah Desa Sukorejo')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Jenis pendukung')).toBeFocused()
  await page.keyboard.type('Pemerintah')
  await expect(page.getByLabel('Jenis pendukung')).toHaveValue('government')
  await tabTo(page.getByLabel('Kabupaten/kota'))
  await page.keyboard.type('Kabupaten Madiun')
  await expect(page.getByLabel('Kabupaten/kota')).toHaveValue('35.19')
  await tabTo(page.getByLabel('Telepon'))
  await page.keyboard.type('0351-123456')
  await tabTo(page.getByRole('checkbox', { name: 'Pendukung setuju data kontaknya dicatat' }))
  await page.keyboard.press('Space')
  await expect(page.getByLabel('Tanggal persetujuan')).not.toHaveValue('')
  await expectAccessible(page)
  await tabTo(page.getByRole('button', { name: 'Simpan' }))
  await page.keyboard.press('Enter')
  await expect(heading(page, 'Pemerintah Desa Sukorejo')).toBeFocused()
  await expect(page.getByText('Pemerintah (desa/daerah: Dana Desa, APBD)')).toBeVisible()
  await expect(page.getByText('Kabupaten Madiun')).toBeVisible()
  await expect(page.getByText(/^Setuju sejak \d{1,2} \w+ \d{4}$/)).toBeVisible()

  await page.goto(`${harness.url}#/galangDaya/supporter/new`)
  await expect(heading(page, 'Tambah pendukung')).toBeFocused()
  await tabTo(page.getByLabel('Nama pendukung'))
  await page.keyboard.type('PT Sinar Jaya Abadi')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Perusahaan')
  await expect(page.getByLabel('Jenis pendukung')).toHaveValue('company')
  await tabTo(page.getByRole('button', { name: 'Simpan' }))
  await page.keyboard.press('Enter')
  await expect(heading(page, 'PT Sinar Jaya Abadi')).toBeFocused()

  // The same company again under a shorter name: warned while typing, held back on saving.
  await page.goto(`${harness.url}#/galangDaya/supporter/new`)
  await expect(heading(page, 'Tambah pendukung')).toBeFocused()
  await tabTo(page.getByLabel('Nama pendukung'))
  await page.keyboard.type('Sinar Jaya Abadi')
  const hint = page.getByText('Mungkin sudah tercatat:').locator('..')
  await expect(hint.getByRole('link', { name: 'PT Sinar Jaya Abadi' })).toBeVisible()
  await tabTo(page.getByLabel('Jenis pendukung'))
  await page.keyboard.type('Perusahaan')
  await tabTo(page.getByRole('button', { name: 'Simpan' }))
  await page.keyboard.press('Enter')
  const notice = page.getByRole('region', { name: 'Ada 1 pendukung yang mirip' })
  await expect(notice.getByRole('heading')).toBeFocused()
  await expect(notice.getByRole('link', { name: 'PT Sinar Jaya Abadi' })).toBeVisible()
  await expect(notice).toContainText('nama sama')
  expect(await supporterCount(harness)).toBe(2)
  await expectAccessible(page)
  await tabTo(notice.getByRole('button', { name: 'Tetap simpan' }))
  await page.keyboard.press('Enter')
  await expect(heading(page, 'Sinar Jaya Abadi')).toBeFocused()
  expect(await supporterCount(harness)).toBe(3)

  // Or the existing one is opened from the warning instead.
  await page.goto(`${harness.url}#/galangDaya/supporter/new`)
  await tabTo(page.getByLabel('Nama pendukung'))
  await page.keyboard.type('Sinar Jaya Abadi')
  await tabTo(page.getByLabel('Jenis pendukung'))
  await page.keyboard.type('Perusahaan')
  await tabTo(page.getByRole('button', { name: 'Simpan' }))
  await page.keyboard.press('Enter')
  const both = page.getByRole('region', { name: 'Ada 2 pendukung yang mirip' })
  await expect(both.getByRole('heading')).toBeFocused()
  await tabTo(both.getByRole('link', { name: 'PT Sinar Jaya Abadi' }))
  await page.keyboard.press('Enter')
  await expect(heading(page, 'PT Sinar Jaya Abadi')).toBeVisible()
  expect(await supporterCount(harness)).toBe(3)
})

test('bad input is refused at its field with its own message, focus on the first, nothing saved', async ({
  page,
  harness,
}) => {
  await page.goto(`${harness.url}#/galangDaya/supporter/new`)
  await expect(heading(page, 'Tambah pendukung')).toBeFocused()
  await page.getByRole('button', { name: 'Simpan' }).click()
  const name = page.getByLabel('Nama pendukung')
  await expect(name).toBeFocused()
  await expect(page.getByText('Isi nama pendukung (sedikitnya dua huruf atau angka).')).toBeVisible()
  await expect(page.getByText('Pilih jenis pendukung.')).toBeVisible()

  await name.fill('Forum Warga Peduli')
  await page.getByLabel('Jenis pendukung').selectOption('organisation')
  await page.getByLabel('E-mail').fill('forum@')
  await page.getByRole('checkbox', { name: 'Pendukung setuju data kontaknya dicatat' }).check()
  await page.getByLabel('Tanggal persetujuan').fill('')
  await page.getByRole('button', { name: 'Simpan' }).click()
  const email = page.getByLabel('E-mail')
  await expect(page.getByText('Alamat e-mail tidak valid. Contoh: sekretariat@contoh.or.id.')).toBeVisible()
  await expect(email).toBeFocused()
  // The rules across fields are checked once every field reads right on its own.
  await email.fill('forum@wargapeduli.or.id')
  await expect(page.getByText('Alamat e-mail tidak valid. Contoh: sekretariat@contoh.or.id.')).toHaveCount(0)
  await page.getByRole('button', { name: 'Simpan' }).click()
  await expect(
    page.getByText('Pilih OMS anggota dari direktori: pendukung berjenis OMS harus tercatat di sana.'),
  ).toBeVisible()
  await expect(page.getByRole('group', { name: 'OMS di direktori anggota' })).toBeFocused()
  await expect(page.getByText('Isi tanggal persetujuan pendukung untuk menyimpan datanya.')).toBeVisible()
  await expectAccessible(page)
  expect(await supporterCount(harness)).toBe(0)

  // Chosen from the directory, the OMS is saved with its link.
  await createOrganisation(harness, { name: 'Forum Warga Peduli Madiun' })
  await page.getByLabel('Cari OMS anggota').fill('Forum Warga')
  await page.getByRole('button', { name: 'Pilih Forum Warga Peduli Madiun' }).click()
  await page.getByRole('checkbox', { name: 'Pendukung setuju data kontaknya dicatat' }).uncheck()
  await page.getByRole('button', { name: 'Simpan' }).click()
  await expect(heading(page, 'Forum Warga Peduli')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Forum Warga Peduli Madiun' })).toBeVisible()
  await expect(page.getByText('Belum ada persetujuan tercatat.')).toBeVisible()

  // Edited into another kind, it lets go of the OMS it was linked to.
  await page.getByRole('link', { name: 'Ubah' }).click()
  await expect(heading(page, 'Ubah pendukung')).toBeFocused()
  await expect(page.getByLabel('Nama pendukung')).toHaveValue('Forum Warga Peduli')
  await expect(page.getByText('Forum Warga Peduli Madiun')).toBeVisible()
  await page.getByLabel('Jenis pendukung').selectOption('community')
  await page.getByRole('button', { name: 'Simpan' }).click()
  await expect(heading(page, 'Forum Warga Peduli')).toBeVisible()
  await expect(page.getByText('Kelompok masyarakat')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Forum Warga Peduli Madiun' })).toHaveCount(0)
  expect(await supporterCount(harness)).toBe(1)
})

test('a few hundred supporters: a virtualised list, searched, filtered by kind and sorted, in both languages', async ({
  page,
  harness,
}) => {
  const kinds = ['individual', 'community', 'umkm', 'company', 'government', 'philanthropy', 'media', 'other']
  for (let number = 1; number <= 320; number++)
    await seedSupporter(harness, {
      name: `Pendukung ${String(number).padStart(3, '0')}`,
      kind: kinds[number % kinds.length],
      regencyCode: '35.19',
    })
  await seedSupporter(harness, { name: 'CV Batik Tulungagung', kind: 'umkm', contactPerson: 'Bu Endang' })

  await page.goto(`${harness.url}#/galangDaya`)
  const table = page.getByRole('table', { name: 'Daftar pendukung' })
  await expect(table).toHaveAttribute('aria-rowcount', '322')
  await expect(table.getByRole('link', { name: 'CV Batik Tulungagung' })).toBeVisible()
  // Only the rows in view are in the page.
  expect(await table.getByRole('row').count()).toBeLessThan(60)
  await expectAccessible(page)

  await page.getByLabel('Cari pendukung').fill('batik')
  await expect(page.getByRole('status').filter({ hasText: '1 pendukung ditemukan' })).toBeVisible()
  await expect(table.getByRole('cell', { name: 'Bu Endang' })).toBeVisible()
  await page.getByLabel('Cari pendukung').fill('')
  await page.getByLabel('Jenis', { exact: true }).selectOption('media')
  await expect(page.getByRole('status').filter({ hasText: '40 pendukung ditemukan' })).toBeVisible()
  await expect(table.getByRole('row').nth(1)).toContainText('Pendukung 006')
  await page.getByLabel('Urutkan').selectOption('newest')
  await expect(table.getByRole('row').nth(1)).toContainText('Pendukung 318')
  await page.getByLabel('Cari pendukung').fill('tidak ada')
  await expect(page.getByText('Tidak ada pendukung yang cocok.')).toBeVisible()

  await useEnglish(page, harness)
  await page.goto(`${harness.url}#/galangDaya`)
  await expect(heading(page, 'Galang Daya')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Add supporter' })).toBeVisible()
  const englishTable = page.getByRole('table', { name: 'Supporters' })
  await expect(page.getByRole('navigation', { name: 'Galang Daya sections' })).toBeVisible()
  await expect(page.getByRole('columnheader', { name: 'Contact person' })).toBeVisible()
  await page.getByLabel('Kind', { exact: true }).selectOption('government')
  await expect(
    englishTable.getByRole('cell', { name: 'Government (village/regional: Dana Desa, APBD)' }).first(),
  ).toBeVisible()
  await expectAccessible(page)
})

test('a supporter page sums what was pledged and received by form, the nav counts overdue pledges, deleting is refused', async ({
  page,
  harness,
}) => {
  const { id: initiativeId } = await seedInitiative(
    harness,
    { startsOn: '2025-01-01', endsOn: '2027-12-31' },
    'Yayasan Air Bersih Madiun',
  )
  const supporterId = await seedSupporter(harness, { name: 'PT Sinar Jaya Abadi', phone: '0812-3456-7890' })
  const funds = await seedPledge(harness, {
    supporterId,
    initiativeId,
    form: 'funds',
    rupiah: 3_750_000,
    pledgedOn: '2025-01-10',
    dueOn: '2025-02-10',
    instalmentCount: 3,
    instalmentInterval: 'monthly',
  })
  await seedFulfilment(harness, {
    pledgeId: funds.id,
    receivedOn: '2025-02-10',
    rupiah: 1_250_000,
  })
  const goods = await seedPledge(harness, {
    supporterId,
    initiativeId,
    form: 'goods',
    quantity: 100,
    unit: 'sak',
    valuationRupiah: 7_500_000,
    pledgedOn: '2025-01-10',
    dueOn: '2025-03-01',
  })
  await seedFulfilment(harness, {
    pledgeId: goods.id,
    receivedOn: '2025-03-01',
    quantity: 40,
    valuationRupiah: 3_000_000,
  })

  await page.goto(`${harness.url}#/galangDaya/supporter/${supporterId}`)
  await expect(heading(page, 'PT Sinar Jaya Abadi')).toBeFocused()
  const totals = page.getByRole('table', { name: 'Janji dan penerimaan' })
  await expect(totals.getByRole('row', { name: /Dana/ })).toContainText('Rp 3.750.000')
  await expect(totals.getByRole('row', { name: /Dana/ })).toContainText('Rp 1.250.000')
  await expect(totals.getByRole('row', { name: /Barang/ })).toContainText('100 sak')
  await expect(totals.getByRole('row', { name: /Barang/ })).toContainText('40 sak')
  await expect(totals.getByRole('row', { name: /Barang/ })).toContainText('Rp 3.000.000')
  await expect(page.getByText('+62 812-3456-7890')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Catat janji' })).toHaveAttribute(
    'href',
    `#/galangDaya/pledge/new/supporter/${supporterId}`,
  )
  await expectAccessible(page)

  await tabTo(page.getByRole('button', { name: 'Hapus pendukung' }))
  await page.keyboard.press('Enter')
  await page.getByRole('dialog').getByRole('button', { name: 'Hapus' }).press('Enter')
  await expect(
    page.getByRole('alert').filter({ hasText: 'Pendukung ini masih tercatat pada 2 janji dukungan.' }),
  ).toBeVisible()
  expect(await supporterCount(harness)).toBe(1)

  // Both pledges fell behind their schedule long ago: the navigation says so on the way there.
  await page.goto(`${harness.url}#/galangDaya`)
  const nav = page.getByRole('navigation', { name: 'Bagian Galang Daya' })
  await expect(nav.getByRole('link', { name: 'Pendukung' })).toHaveAttribute('aria-current', 'page')
  const overdue = nav.getByRole('link', { name: 'Janji terlambat (2 janji terlambat)' })
  await expect(overdue).toHaveText(/^Janji terlambat2/)
  await expectAccessible(page)

  await useEnglish(page, harness)
  await page.goto(`${harness.url}#/galangDaya/supporter/${supporterId}`)
  const english = page.getByRole('table', { name: 'Pledged and received' })
  await expect(english.getByRole('row', { name: /Goods/ })).toContainText('100 sak')
  await expect(page.getByText('Funds received')).toBeVisible()
})

test('a supporter without pledges is deleted after one more question', async ({ page, harness }) => {
  const id = await seedSupporter(harness, { name: 'Toko Makmur', kind: 'umkm' })
  await page.goto(`${harness.url}#/galangDaya/supporter/${id}`)
  await expect(page.getByText('Belum ada janji dukungan dari pendukung ini.')).toBeVisible()
  await page.getByRole('button', { name: 'Hapus pendukung' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Hapus' }).click()
  await expect(heading(page, 'Galang Daya')).toBeVisible()
  expect(await supporterCount(harness)).toBe(0)
})

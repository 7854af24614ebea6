import type { Page } from '@playwright/test'
import { expect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'
import { useEnglish } from './records-seed'
import { seedDashboard } from './reports-seed'

test.use({ hubSetup: jawaTimurHub })
// Seeding three held ToTs and a pledge, then axe on the dashboard and its dialog.
test.slow()

/** The period that does not move with the calendar: the seeded weeks may straddle a new year. */
async function allTime(page: Page, label = 'Periode', option = 'Sepanjang waktu'): Promise<void> {
  const period = page.getByRole('combobox', { name: label })
  await tabTo(period)
  await period.selectOption({ label: option })
}

const figure = (page: Page, name: RegExp) => page.getByRole('button', { name })

test('Beranda: indicators from the data, a number opened by keyboard, a filter applied, a chart as a table', async ({
  page,
  harness,
}) => {
  await seedDashboard(harness)
  await page.goto(`${harness.url}#/home`)
  await expect(page.getByRole('heading', { level: 2, name: 'Indikator program' })).toBeVisible()
  await allTime(page)
  await expect(page.getByText('Periode: sepanjang waktu')).toBeVisible()

  await expect(figure(page, /^Orang terlatih: 6\. Lihat datanya$/)).toBeVisible()
  await expect(figure(page, /^Pemimpin & pengelola terlatih: 2\./)).toBeVisible()
  await expect(figure(page, /^Lulusan ToT: 4\./)).toBeVisible()
  await expect(figure(page, /^Dana dijanjikan: Rp 5\.000\.000\./)).toBeVisible()
  await expect(figure(page, /^Dana diterima: Rp 1\.250\.000\./)).toBeVisible()
  await expect(figure(page, /^Rata-rata kenaikan nilai: 28,6 poin\./)).toBeVisible()
  await expect(page.getByText('Perempuan di antara pemimpin & pengelola terlatih: 50%')).toContainText(
    'target tercapai',
  )
  await expectAccessible(page)

  // The number opens the people behind it, each a link to their page; Escape returns to the number.
  const trained = figure(page, /^Orang terlatih: 6\./)
  await tabTo(trained)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Orang terlatih' })
  await expect(dialog.getByText('Menampilkan 6 dari 6')).toBeVisible()
  await expect(dialog.getByRole('rowheader')).toHaveText([
    'Agus Prasetyo',
    'Budi Santoso',
    'Joko Susilo',
    'Rudi Hartono',
    'Siti Rahayu',
    'Wati Lestari',
  ])
  await expect(dialog.getByRole('link', { name: 'Siti Rahayu' })).toHaveAttribute('href', /^#\/members\/person\//)
  await expectAccessible(page)
  // The same number split by any of its dimensions; a bucket opens its own records.
  await dialog.getByRole('combobox', { name: 'Rincian menurut' }).selectOption({ label: 'Jenis kelamin' })
  await expect(dialog.getByRole('row', { name: /Laki-laki/ })).toContainText('4')
  await dialog.getByRole('button', { name: 'Perempuan' }).click()
  const trainedWomen = page.getByRole('dialog', { name: 'Orang terlatih — Perempuan' })
  await expect(trainedWomen.getByRole('rowheader')).toHaveText(['Siti Rahayu', 'Wati Lestari'])
  await page.keyboard.press('Escape')
  await expect(trained).toBeFocused()
  await tabTo(trained, 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(dialog.getByText('Menampilkan 6 dari 6')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(trained).toBeFocused()

  // Kota Madiun's OMS, Makmur Sentosa, sent Wati, Agus and Joko.
  await page.getByRole('combobox', { name: 'Kabupaten/kota' }).selectOption({ label: 'Kota Madiun' })
  await expect(figure(page, /^Orang terlatih: 3\./)).toBeVisible()
  await expect(figure(page, /^Dana diterima: Rp 0\./)).toBeVisible()
  await page.getByRole('combobox', { name: 'Kabupaten/kota' }).selectOption({ label: 'Semua kabupaten/kota' })
  await expect(figure(page, /^Orang terlatih: 6\./)).toBeVisible()

  // A chart's numbers as a table; a bucket opens its own records.
  const byGender = page.getByRole('figure', { name: 'Orang terlatih menurut jenis kelamin' })
  await byGender.getByRole('button', { name: 'Tabel' }).click()
  const table = byGender.getByRole('table')
  await expect(table.getByRole('row', { name: /Laki-laki/ })).toContainText('4')
  await expect(table.getByRole('row', { name: /Perempuan/ })).toContainText('2')
  await table.getByRole('button', { name: 'Perempuan' }).click()
  const women = page.getByRole('dialog', { name: 'Orang terlatih — Perempuan' })
  await expect(women.getByRole('rowheader')).toHaveText(['Siti Rahayu', 'Wati Lestari'])
  await women.getByRole('button', { name: 'Tutup' }).click()
  await expectAccessible(page)
})

test('the dashboard in English: the same numbers, Indonesian formats kept for rupiah', async ({ page, harness }) => {
  await seedDashboard(harness)
  await useEnglish(page, harness)
  await page.goto(`${harness.url}#/home`)
  await expect(page.getByRole('heading', { level: 2, name: 'Program indicators' })).toBeVisible()
  await allTime(page, 'Period', 'All time')
  await expect(page.getByText('Period: all time')).toBeVisible()
  await expect(figure(page, /^People trained: 6\. See the records$/)).toBeVisible()
  await expect(figure(page, /^Funds received: Rp 1\.250\.000\./)).toBeVisible()
  await expect(figure(page, /^Mean score gain: 28\.6 points\./)).toBeVisible()
  await expect(page.getByText('Women among leaders & managers trained: 50%')).toContainText('target met')
  await expectAccessible(page)
})

import type { Result } from '../../src/shared/errors'
import { formatDate } from '../../src/shared/format'
import type { AppInfo } from '../../src/shared/hub'
import { expect, jawaTimurHub, test } from './fixtures'

test.use({ hubSetup: jawaTimurHub })

const sidebar = [
  'Beranda',
  'Anggota',
  'Inisiatif',
  'Galang Daya',
  'CoP & ToT',
  'Sinkronisasi',
  'Laporan',
  'Privasi',
  'Pengaturan',
]

test('Beranda shows the hub and today in its time zone, and indicators computed from nothing yet as zero', async ({
  page,
}) => {
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Beranda' })).toHaveAttribute('aria-current', 'page')
  await expect(main).toContainText('Forum OMS Jawa Timur')
  await expect(main.getByRole('definition').filter({ hasText: 'Jawa Timur' })).toBeVisible()
  await expect(main.getByRole('definition').filter({ hasText: 'WIB (UTC+7)' })).toBeVisible()
  await expect(main.getByRole('definition').filter({ hasText: formatDate(new Date(), 'WIB') })).toBeVisible()
  await expect(main.getByRole('heading', { level: 2, name: 'Indikator program' })).toBeVisible()
  await expect(main.getByRole('button', { name: /^OMS di direktori: 0\. Lihat datanya$/ })).toBeVisible()
  await expect(main.getByRole('button', { name: /^Dana diterima: Rp 0\./ })).toBeVisible()
})

test('the sidebar can be worked with the keyboard alone, through to Pengaturan', async ({ page }) => {
  // A key pressed before the app has rendered would land on the empty document, not on the app.
  const ready = () => expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible()
  await ready()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Langsung ke isi utama' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()

  await page.reload()
  await ready()
  await page.keyboard.press('Tab')
  for (const name of sidebar) {
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name, exact: true })).toBeFocused()
  }
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Pengaturan' })).toBeFocused()
  await expect(page.getByRole('link', { name: 'Pengaturan' })).toHaveAttribute('aria-current', 'page')

  // The language switch is the first control on the screen.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Bahasa Indonesia' })).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'English' })).toBeFocused()
})

test('going straight from one screen to the next shows the next, lazily loaded ones too', async ({ page }) => {
  const main = page.getByRole('main')
  for (const name of ['Anggota', 'Inisiatif', 'Galang Daya', 'Sinkronisasi', 'Anggota']) {
    await page.getByRole('link', { name, exact: true }).click()
    await expect(main.getByRole('heading', { level: 1, name })).toBeFocused()
  }
})

test('every screen is built: Laporan opens on its heading, no stand-in left', async ({ page }) => {
  const main = page.getByRole('main')
  await page.getByRole('link', { name: 'Laporan', exact: true }).click()
  await expect(main.getByRole('heading', { level: 1, name: 'Laporan' })).toBeFocused()
  await expect(page.getByRole('link', { name: 'Laporan', exact: true })).toHaveAttribute('aria-current', 'page')
  await expect(main).not.toContainText('Belum tersedia di versi ini.')
  await expect(main.getByRole('button', { name: 'Buku kerja Excel (XLSX)' })).toBeVisible()
})

test('Pengaturan shows where data and key live, and About carries the ODbL attribution', async ({ page, harness }) => {
  const result = (await harness.registry.invoke('app:info', undefined)) as Result<AppInfo>
  if (!result.ok) throw new Error(result.error.message)
  const info = result.value
  const [areaData] = info.referenceData
  if (!areaData) throw new Error('app:info lists no reference data')

  await page.getByRole('link', { name: 'Pengaturan' }).click()
  const storage = page.getByRole('region', { name: 'Penyimpanan' })
  await expect(storage).toContainText(info.databasePath)
  await expect(storage).toContainText(info.keyStorage.location)
  await expect(storage).toContainText('berkas yang hanya dapat dibaca oleh pengguna ini')

  const about = page.getByRole('region', { name: 'Tentang' })
  await expect(about.getByRole('blockquote')).toHaveText(areaData.attribution)
  await expect(about).toContainText('ODbL-1.0')
  await expect(about).toContainText(areaData.version)
  await expect(about).toContainText('dipakai di bawah Open Database License (ODbL) v1.0')
})

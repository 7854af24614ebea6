import { copyFileSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { startHarness, type Harness } from '../../scripts/harness/server'
import { generateHubKeyPair } from '../../src/main/hub/keys'
import type { Result } from '../../src/shared/errors'
import { formatDate } from '../../src/shared/format'
import type { AppInfo } from '../../src/shared/hub'
import { expect, expectAccessible, jawaTimurHub, test } from './fixtures'

async function appInfo(harness: Harness): Promise<AppInfo> {
  const info = (await harness.registry.invoke('app:info', undefined)) as Result<AppInfo>
  if (!info.ok) throw new Error(info.error.message)
  return info.value
}

const notice = (page: Page, name = 'Perlu perhatian'): Locator =>
  page.getByRole('main').getByRole('region', { name, exact: true })

async function opened(page: Page, home = 'Beranda'): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: home })).toBeVisible()
}

test.describe('a hub already set up', () => {
  test.use({ hubSetup: jawaTimurHub })

  test('a deleted signing key is named at start on every screen, with what to do, in both languages', async ({
    page,
    harness,
  }) => {
    const key = (await appInfo(harness)).keyStorage.location
    const backup = `${key}.backup`
    copyFileSync(key, backup)
    unlinkSync(key)
    await page.reload()
    await opened(page)

    await expect(notice(page)).toHaveText(
      `Kunci tanda tangan hub tidak ditemukan di ${key}. Tanpa kunci ini hub tidak dapat mengirim data ke tim nasional. Pulihkan berkas kunci dari cadangan ke lokasi itu, lalu buka ulang Lokadaya Hub; bila tidak ada cadangan, hubungi tim nasional.`,
    )
    // Today's date, as the hub's province tells it, in Indonesian beside the notice.
    await expect(page.getByRole('definition').filter({ hasText: formatDate(new Date(), 'WIB') })).toBeVisible()
    await expectAccessible(page)

    // By keyboard: the skip link, with its focus ring, lands at the top of main, where the notice is read first.
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Langsung ke isi utama' })
    await expect(skip).toBeFocused()
    // A focused element without its ring is lost to a keyboard user.
    await expect(skip).toHaveCSS('outline-style', 'solid')
    await expect(skip).toHaveCSS('outline-width', '3px')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('main')).toBeFocused()
    await expect(page.getByRole('main').locator(':scope > *').first()).toHaveAccessibleName('Perlu perhatian')

    await page.getByRole('link', { name: 'Anggota' }).click()
    await expect(notice(page)).toBeVisible()
    await page.getByRole('link', { name: 'Pengaturan' }).click()
    await page.getByRole('button', { name: 'English' }).click()
    await expect(notice(page, 'Needs attention')).toHaveText(
      `The hub's signing key was not found at ${key}. Without it the hub cannot send data to the national team. Restore the key file from a backup to that place, then open Lokadaya Hub again; if there is no backup, contact the national team.`,
    )
    await expectAccessible(page)
    await page.getByRole('link', { name: 'Home' }).click()
    await expect(page.getByRole('definition').filter({ hasText: formatDate(new Date(), 'WIB', 'en') })).toBeVisible()

    // Doing what the notice says makes it go.
    copyFileSync(backup, key)
    await page.reload()
    await opened(page, 'Home')
    await expect(page.getByRole('region', { name: 'Needs attention' })).toHaveCount(0)
  })

  test("another hub's key is reported as such and left where it is", async ({ page, harness }) => {
    const key = (await appInfo(harness)).keyStorage.location
    const foreign = generateHubKeyPair().privateKeyPem
    writeFileSync(key, foreign)
    await page.reload()
    await opened(page)
    await expect(notice(page)).toContainText(
      `Berkas kunci di ${key} adalah kunci hub lain, bukan kunci hub ini. Kunci itu tidak dipakai dan tidak ditimpa.`,
    )
    expect(readFileSync(key, 'utf8')).toBe(foreign)
  })

  test('a damaged key is reported as unreadable', async ({ page, harness }) => {
    const key = (await appInfo(harness)).keyStorage.location
    writeFileSync(key, 'rusak')
    await page.reload()
    await opened(page)
    await expect(notice(page)).toContainText(`Kunci tanda tangan hub di ${key} tidak dapat dibaca`)
  })
})

test.describe('a database this user may only read', () => {
  test.use({ hubSetup: jawaTimurHub })

  test('opens for looking, says so, and refuses a save plainly', async ({ page, harness }) => {
    const { databasePath } = await appInfo(harness)
    // Tests run as root, whom file modes do not stop: the read-only harness is told which file it may not write.
    const readOnly = await startHarness({ databasePath, canWrite: (path) => path !== databasePath })
    try {
      await page.goto(readOnly.url)
      await opened(page)
      await expect(notice(page)).toHaveText(
        `Hanya baca: akun pengguna ini tidak boleh mengubah basis data ${databasePath}. Anda dapat melihat dan mengekspor data, tetapi perubahan tidak akan disimpan. Minta pengelola komputer memberi izin tulis pada berkas itu, lalu buka ulang Lokadaya Hub.`,
      )
      await expect(page.getByRole('main')).toContainText('Forum OMS Jawa Timur')

      await page.getByRole('link', { name: 'Pengaturan' }).click()
      await page.getByRole('button', { name: 'English' }).click()
      await expect(page.getByRole('alert').filter({ hasText: 'Perubahan tidak disimpan' })).toHaveText(
        `Perubahan tidak disimpan: akun pengguna ini hanya boleh membaca basis data ${databasePath}. Minta pengelola komputer memberi izin tulis pada berkas itu, lalu buka ulang Lokadaya Hub.`,
      )
      await expect(page.getByRole('button', { name: 'Bahasa Indonesia' })).toHaveAttribute('aria-pressed', 'true')

      // Someone who may write chose English before: the read-only hub speaks it.
      await harness.registry.invoke('settings:setLanguage', { language: 'en' })
      await page.reload()
      await opened(page, 'Settings')
      await expect(notice(page, 'Needs attention')).toContainText(
        `Read-only: this user account may not change the database ${databasePath}.`,
      )
    } finally {
      await readOnly.close()
    }
  })
})

test('a database not set up yet that this user may only read says so before the setup form', async ({
  page,
  harness,
}) => {
  const { databasePath } = await appInfo(harness)
  const readOnly = await startHarness({ databasePath, canWrite: (path) => path !== databasePath })
  try {
    await page.goto(readOnly.url)
    await expect(page.getByRole('heading', { level: 1, name: 'Penyiapan awal' })).toBeVisible()
    await expect(notice(page)).toContainText(
      `Hanya baca: akun pengguna ini tidak boleh mengubah basis data ${databasePath}.`,
    )
    await page.getByLabel('Provinsi', { exact: true }).selectOption({ label: 'Jawa Timur · WIB' })
    await page.getByLabel('Nama organisasi hub').fill('Forum OMS Jawa Timur')
    await page.getByLabel('Nama kontak').fill('Sri Wahyuni')
    await page.getByLabel('Nomor telepon').fill('0812-3456-7890')
    await page.getByRole('button', { name: 'Buat identitas hub' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'Perubahan tidak disimpan' })).toBeVisible()
    await expectAccessible(page)
  } finally {
    await readOnly.close()
  }
})

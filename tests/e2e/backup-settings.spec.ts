import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { writeSetting } from '../../src/main/settings/service'
import { expect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'

/** A backup folder of the test's own, as a USB disk would be. */
function usbFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'lokadaya-usb-'))
  return folder
}

/**
 * Holds the backup call until released, and answers the screen's progress polls meanwhile with
 * 40 of 100 pages: a backup of a test hub takes milliseconds, too quick to see a bar move.
 */
async function holdBackup(page: Page) {
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  let holding = true
  await page.route('**/__harness/invoke', async (route) => {
    const { channel } = route.request().postDataJSON() as { channel: string }
    if (channel === 'backup:run') {
      await held
      holding = false
      return route.continue()
    }
    if (channel === 'backup:progress' && holding)
      return route.fulfill({ json: { ok: true, value: { done: 40, total: 100 } } })
    return route.continue()
  })
  return release
}

test.describe('backups of a provincial hub', () => {
  test.use({ hubSetup: jawaTimurHub })

  test('are set up and made by keyboard, with a moving bar, listed, and dated on Beranda', async ({
    page,
    harness,
  }) => {
    test.slow()
    const folder = usbFolder()
    try {
      // Never backed up: Beranda warns and leads to the settings.
      const warning = page.getByRole('region', { name: 'Cadangan data' })
      await expect(warning).toContainText('Data hub ini belum pernah dicadangkan.')
      await expect(warning).toHaveClass(/backup-age--overdue/)
      await tabTo(warning.getByRole('link', { name: 'Atur folder cadangan' }))
      await page.keyboard.press('Enter')
      // Exact: "Pulihkan dari cadangan", the next section, holds the word too.
      const section = page.getByRole('region', { name: 'Cadangan', exact: true })
      await expect(section.getByRole('heading', { name: 'Cadangan', exact: true })).toBeFocused()
      await expect(section).toContainText('Belum dipilih')
      await expect(section).toContainText('7 harian, 4 mingguan, 12 bulanan')

      harness.dialogs.answerFolder(folder)
      await tabTo(section.getByRole('button', { name: 'Pilih folder…' }))
      await page.keyboard.press('Enter')
      await expect(section.locator('code').first()).toHaveText(folder)
      const schedule = section.getByRole('checkbox', { name: 'Cadangkan otomatis setiap hari' })
      await expect(schedule).toBeChecked()
      await expect(section).toContainText('Belum ada cadangan hub ini di folder ini.')
      await expectAccessible(page)

      const release = await holdBackup(page)
      const button = section.getByRole('button', { name: 'Cadangkan sekarang' })
      await tabTo(button)
      await page.keyboard.press('Enter')
      const bar = section.getByRole('progressbar', { name: 'Membuat cadangan… 40%' })
      await expect(bar).toBeVisible()
      await expect(bar).toHaveAttribute('value', '40')
      await expect(bar).toHaveAttribute('aria-valuetext', '40%')
      await expect(button).toHaveAttribute('aria-disabled', 'true')
      await expect(button).toBeFocused()
      await expectAccessible(page)
      release()

      const saved = section.locator('.notice')
      await expect(saved).toHaveText(
        /^Cadangan tersimpan: cadangan-forum-oms-jawa-timur-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}-\d{4}\.lokadaya-backup \(\d+(,\d)? (KB|MB)\)\.$/,
      )
      await expect(bar).toHaveCount(0)
      const [file] = readdirSync(folder)
      expect(file).toMatch(/\.lokadaya-backup$/)
      expect(existsSync(join(folder, file!))).toBe(true)
      const rows = section.getByRole('table', { name: 'Cadangan hub ini, terbaru di atas' }).getByRole('row')
      await expect(rows).toHaveCount(2)
      await expect(rows.nth(1)).toContainText(file!)
      // "1 Des 2026 15.30 WIB": Indonesian month and time with a dot.
      await expect(rows.nth(1).getByRole('cell').first()).toHaveText(/^\d{1,2} \w{3} \d{4} \d{2}\.\d{2} WIB$/)
      await expect(rows.nth(1).getByRole('cell').last()).toHaveText(/^\d+(,\d)? (KB|MB)$/)
      await expectAccessible(page)

      // With the key: the passphrase is checked at its fields before anything is written.
      await page.unrouteAll()
      await section.getByRole('checkbox', { name: /^Sertakan kunci tanda tangan/ }).check()
      const passphrase = section.getByRole('textbox', { name: 'Kata sandi cadangan', exact: true })
      const repeat = section.getByRole('textbox', { name: 'Ulangi kata sandi cadangan' })
      await passphrase.fill('pendek')
      await button.click()
      await expect(passphrase).toBeFocused()
      await expect(passphrase).toHaveAccessibleDescription(/Kata sandi cadangan minimal 10 karakter/)
      await passphrase.fill('kopi tubruk di pagi hari')
      await repeat.fill('kopi tubruk di pagi har')
      await button.click()
      await expect(repeat).toBeFocused()
      await expect(repeat).toHaveAccessibleDescription(
        'Kedua kata sandi tidak sama. Ketik ulang keduanya dengan teliti.',
      )
      await repeat.fill('kopi tubruk di pagi hari')
      await button.click()
      await expect(saved).toHaveText(/^Cadangan tersimpan bersama kunci tanda tangan: /)
      await expect(passphrase).toHaveValue('')
      await expect(rows).toHaveCount(3)

      await page.goto(`${harness.url}#/home`)
      await expect(page.getByRole('region', { name: 'Cadangan data' })).toHaveText(/^Cadangan terakhir: baru saja/)
      await expect(page.getByRole('region', { name: 'Cadangan data' })).not.toHaveClass(/backup-age--overdue/)

      // Three days on, the age shows, and Beranda warns.
      const last = JSON.parse(
        harness.services.database.sqlite
          .prepare("SELECT value FROM local_settings WHERE key = 'backup_last'")
          .pluck()
          .get() as string,
      ) as { at: string }
      writeSetting(
        harness.services.database.orm,
        'backup_last',
        JSON.stringify({ ...last, at: new Date(Date.now() - 3 * 86_400_000 - 60_000).toISOString() }),
      )
      await page.reload()
      const aged = page.getByRole('region', { name: 'Cadangan data' })
      await expect(aged).toContainText(
        'Cadangan terakhir: 3 hari yang lalu. Sudah lebih dari 2 hari: sebaiknya cadangkan sekarang.',
      )
      await expect(aged).toHaveClass(/backup-age--overdue/)
      await expectAccessible(page)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  test('speak English, with English dates and sizes, and say a missing folder plainly', async ({ page, harness }) => {
    const folder = usbFolder()
    try {
      await page.goto(`${harness.url}#/settings`)
      await page.getByRole('button', { name: 'English' }).click()
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
      const section = page.getByRole('region', { name: 'Backup', exact: true })
      harness.dialogs.answerFolder(folder)
      await section.getByRole('button', { name: 'Choose folder…' }).click()
      await expect(section.getByRole('checkbox', { name: 'Back up automatically every day' })).toBeChecked()
      await section.getByRole('button', { name: 'Back up now' }).click()
      await expect(section.locator('.notice')).toHaveText(
        /^Backup saved: .*\.lokadaya-backup \(\d+(\.\d)? (KB|MB)\)\.$/,
      )
      const cells = section.getByRole('table', { name: "This hub's backups, newest first" }).getByRole('cell')
      await expect(cells.first()).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}\.\d{2} WIB$/)

      // The USB disk is unplugged.
      rmSync(folder, { recursive: true, force: true })
      await section.getByRole('button', { name: 'Back up now' }).click()
      await expect(section.getByRole('alert')).toHaveText(
        `The backup folder ${folder} was not found. If backups go to a USB disk, plug it back in (or choose another folder), then try again. The previous backup is intact.`,
      )
      await expect(section.getByText(/^The last backup failed \(/)).toBeVisible()
      await expect(section.getByText('No backup of this hub in this folder yet.')).toBeVisible()
      await expectAccessible(page)

      await page.goto(`${harness.url}#/home`)
      const home = page.getByRole('region', { name: 'Data backup' })
      await expect(home).toContainText('Last backup: just now')
      await expect(home).toContainText('The last backup failed: The backup folder')
      await expect(home.getByRole('link', { name: 'Open backup settings' })).toBeVisible()
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})

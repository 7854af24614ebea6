import {
  closeSync,
  copyFileSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Result } from '../../src/shared/errors'
import { startHarness, type Harness } from '../../scripts/harness/server'
import { expect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'
import { createOrganisation, createPerson } from './records-seed'

// "1 Des 2026 15.30 WIB": an Indonesian month and a time with a dot.
const INDONESIAN_WHEN = /\d{1,2} (Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des) \d{4} \d{2}\.\d{2} WIB/

async function ok<T>(result: Promise<unknown>): Promise<T> {
  const settled = (await result) as Result<T>
  if (!settled.ok) throw new Error(settled.error.message)
  return settled.value
}

/** Two OMS and a person in the hub, then a backup of it into `folder`; the backup's path. */
async function seedAndBackUp(harness: Harness, folder: string): Promise<string> {
  const first = await createOrganisation(harness, { name: 'Yayasan Kali Brantas' })
  await createOrganisation(harness, { name: 'Perkumpulan Tani Tengger' })
  await createPerson(harness, first, { name: 'Dewi Lestari' })
  harness.dialogs.answerFolder(folder)
  await ok(harness.registry.invoke('backup:chooseFolder', undefined))
  await ok(harness.registry.invoke('backup:run', {}))
  const [file] = readdirSync(folder).filter((name) => name.endsWith('.lokadaya-backup'))
  return join(folder, file!)
}

const organisationNames = (harness: Harness) =>
  harness.services.database.sqlite
    .prepare('SELECT name FROM organisations WHERE deleted_at IS NULL ORDER BY name')
    .pluck()
    .all() as string[]

/**
 * A hub set up with records and a backup beside its database, then damaged as a failing disk does:
 * pages in the middle overwritten, so the quick check at start refuses it.
 */
async function damagedHubWithBackup(
  template: string,
  directory: string,
): Promise<{ database: string; backup: string }> {
  const database = join(directory, 'hub.db')
  copyFileSync(template, database)
  const harness = await startHarness({ databasePath: database })
  let backup: string
  try {
    await ok(harness.registry.invoke('hub:setup', jawaTimurHub))
    backup = await seedAndBackUp(harness, directory)
    harness.services.database.sqlite.pragma('wal_checkpoint(TRUNCATE)')
  } finally {
    await harness.close()
  }
  const size = statSync(database).size
  const descriptor = openSync(database, 'r+')
  for (let offset = 4 * 4096; offset < size - 4096; offset += 4096)
    writeSync(descriptor, Buffer.alloc(4096, 0x5a), 0, 4096, offset)
  closeSync(descriptor)
  return { database, backup }
}

/** The page from the fixture, moved to a harness of the test's own on a database that will not open. */
async function openRecovery(page: Page, database: string): Promise<Harness> {
  const harness = await startHarness({ databasePath: database })
  await page.goto(harness.url)
  return harness
}

test.describe('restoring a backup from Pengaturan', () => {
  test.use({ hubSetup: jawaTimurHub })

  test('shows what the backup holds and replaces, restores by keyboard, and brings the old data back', async ({
    page,
    harness,
  }) => {
    test.slow()
    const folder = mkdtempSync(join(tmpdir(), 'lokadaya-usb-'))
    const elsewhere = mkdtempSync(join(tmpdir(), 'lokadaya-other-'))
    try {
      const backup = await seedAndBackUp(harness, folder)
      // Made after the backup: the restore takes it away.
      await createOrganisation(harness, { name: 'Komunitas Pesisir Pasuruan' })
      await page.goto(`${harness.url}#/settings`)
      const section = page.getByRole('region', { name: 'Pulihkan dari cadangan' })
      const choose = section.getByRole('button', { name: 'Pilih berkas cadangan…' })

      // Cancelled: nothing changes, nothing is said.
      await tabTo(choose)
      await page.keyboard.press('Enter')
      await expect.poll(() => harness.dialogs.asked.at(-1)?.kind).toBe('backup')
      await expect(choose).toBeVisible()
      await expect(section.getByRole('alert').filter({ hasText: /./ })).toHaveCount(0)
      await expect(section.getByRole('group')).toHaveCount(0)

      // Not a backup: said plainly, in Indonesian.
      const notBackup = join(elsewhere, 'anggota.xlsx')
      writeFileSync(notBackup, 'PK\u0003\u0004 not a backup')
      harness.dialogs.answerOpen([notBackup])
      await choose.click()
      await expect(section.getByRole('alert').filter({ hasText: /./ })).toContainText(
        `Berkas ${notBackup} bukan cadangan Lokadaya Hub (mungkin basis data biasa, berkas aplikasi lain, atau terpotong). Pilih berkas berakhiran .lokadaya-backup.`,
      )
      expect(organisationNames(harness)).toHaveLength(3)

      harness.dialogs.answerOpen([backup])
      await choose.focus()
      await page.keyboard.press('Enter')
      const plan = section.getByRole('group', { name: 'Periksa sebelum memulihkan' })
      // The button is gone: the keyboard is taken to the plan, and back to the button on Batal.
      await expect(plan.getByRole('heading', { name: 'Periksa sebelum memulihkan' })).toBeFocused()
      await tabTo(plan.getByRole('button', { name: 'Batal' }))
      await page.keyboard.press('Enter')
      await expect(plan).toHaveCount(0)
      await expect(choose).toBeFocused()
      harness.dialogs.answerOpen([backup])
      await page.keyboard.press('Enter')
      await expect(plan.getByRole('heading', { name: 'Periksa sebelum memulihkan' })).toBeFocused()
      await expect(section.getByRole('alert').filter({ hasText: /./ })).toHaveCount(0)
      await expect(plan).toContainText(new RegExp(`dibuat ${INDONESIAN_WHEN.source} \\(versi aplikasi `))
      await expect(plan).toContainText('Forum OMS Jawa Timur')
      await expect(plan).toContainText('2 OMS, 1 orang, 0 inisiatif, 0 janji dukungan, 0 sesi')
      await expect(plan).toContainText('Data hub saat ini: 3 OMS, 1 orang, 0 inisiatif, 0 janji dukungan, 0 sesi')
      await expect(plan).toContainText(`Sebelum diganti, keadaan sekarang dicadangkan dulu ke ${folder}.`)
      await expectAccessible(page)

      // Escape is the harmless answer.
      const confirm = plan.getByRole('button', { name: 'Pulihkan cadangan ini' })
      await tabTo(confirm)
      await page.keyboard.press('Enter')
      const dialog = page.getByRole('dialog', { name: 'Ganti data hub dengan cadangan ini?' })
      await expect(dialog).toBeVisible()
      await expect(dialog.getByRole('button', { name: 'Batal' })).toBeFocused()
      await expectAccessible(page)
      await page.keyboard.press('Escape')
      await expect(dialog).toHaveCount(0)
      await expect(confirm).toBeFocused()

      await page.keyboard.press('Enter')
      await expect(dialog).toContainText(`Data hub di komputer ini diganti dengan isi cadangan`)
      await tabTo(dialog.getByRole('button', { name: 'Pulihkan cadangan ini' }))
      await page.keyboard.press('Enter')

      const done = section.getByRole('status').filter({ hasText: 'Cadangan dipulihkan' })
      await expect(done.getByRole('heading', { name: 'Cadangan dipulihkan' })).toBeFocused()
      await expect(done.locator('code')).toHaveText(/^\d{5}( \d{5}){5}$/)
      const safety = readdirSync(folder).filter((name) => name !== backup.split('/').at(-1))
      expect(safety).toHaveLength(1)
      await expect(done).toContainText(`Data yang diganti dicadangkan di ${join(folder, safety[0]!)}.`)
      expect(organisationNames(harness)).toEqual(['Perkumpulan Tani Tengger', 'Yayasan Kali Brantas'])

      await tabTo(done.getByRole('button', { name: 'Buka Lokadaya Hub' }))
      await page.keyboard.press('Enter')
      // Afresh, on Beranda: Pengaturan showed the replaced database.
      await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible()
      await expect(page.getByRole('region', { name: 'Cadangan data' })).toContainText('Cadangan terakhir')
      await page.goto(`${harness.url}#/members`)
      await expect(page.getByRole('main').getByRole('link', { name: 'OMS (2)' })).toBeVisible()
      await expect(page.getByText('Komunitas Pesisir Pasuruan')).toHaveCount(0)
    } finally {
      rmSync(folder, { recursive: true, force: true })
      rmSync(elsewhere, { recursive: true, force: true })
    }
  })

  test('with the key in the backup, asks its passphrase: a wrong one changes nothing, the right one vouches for the new key', async ({
    page,
    harness,
  }) => {
    test.slow()
    const folder = mkdtempSync(join(tmpdir(), 'lokadaya-usb-'))
    try {
      await createOrganisation(harness, { name: 'Yayasan Kali Brantas' })
      harness.dialogs.answerFolder(folder)
      await ok(harness.registry.invoke('backup:chooseFolder', undefined))
      const passphrase = 'sawah hijau di kaki gunung'
      await ok(harness.registry.invoke('backup:run', { passphrase }))
      const [file] = readdirSync(folder)
      await createOrganisation(harness, { name: 'Komunitas Pesisir Pasuruan' })
      await page.goto(`${harness.url}#/settings`)
      const section = page.getByRole('region', { name: 'Pulihkan dari cadangan' })
      harness.dialogs.answerOpen([join(folder, file!)])
      await section.getByRole('button', { name: 'Pilih berkas cadangan…' }).click()
      const plan = section.getByRole('group', { name: 'Periksa sebelum memulihkan' })
      const field = plan.getByLabel('Kata sandi cadangan (bila Anda mengingatnya)')
      await expect(field).toBeVisible()
      await expectAccessible(page)

      const restoreWith = async (typed: string) => {
        await field.fill(typed)
        await plan.getByRole('button', { name: 'Pulihkan cadangan ini' }).click()
        const dialog = page.getByRole('dialog', { name: 'Ganti data hub dengan cadangan ini?' })
        await dialog.getByRole('button', { name: 'Pulihkan cadangan ini' }).click()
        await expect(dialog).toHaveCount(0, { timeout: 20_000 })
      }
      await restoreWith('kata sandi yang keliru')
      await expect(section.getByRole('alert').filter({ hasText: /./ })).toContainText('Kata sandi cadangan salah')
      expect(organisationNames(harness)).toHaveLength(2)

      await restoreWith(passphrase)
      const done = section.getByRole('status').filter({ hasText: 'Cadangan dipulihkan' })
      await expect(done).toContainText('Kunci lama dari cadangan menjamin kunci baru')
      expect(organisationNames(harness)).toEqual(['Yayasan Kali Brantas'])
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})

test.describe('the recovery screen at start', () => {
  test('lists the backup beside a damaged database, speaks English on request, and restores it', async ({
    page,
    templateDatabase,
  }) => {
    test.slow()
    const directory = mkdtempSync(join(tmpdir(), 'lokadaya-damaged-'))
    let harness: Harness | undefined
    try {
      const { database, backup } = await damagedHubWithBackup(templateDatabase, directory)
      harness = await openRecovery(page, database)
      const main = page.getByRole('main')
      const heading = main.getByRole('heading', { level: 1, name: 'Basis data hub tidak dapat dibuka' })
      await expect(heading).toBeFocused()
      await expect(main.locator('.alert')).toContainText(`Basis data hub ${database} rusak (`)
      await expect(main).toContainText(`Berkas: ${database}`)
      await expect(main).toContainText('Berkas itu tidak diubah dan tidak dihapus.')
      await expect(main.getByRole('table')).toHaveAccessibleName(
        'Cadangan di folder cadangan dan di samping basis data, terbaru di atas',
      )
      const row = main.getByRole('table').getByRole('row').nth(1)
      await expect(row.getByRole('cell').first()).toHaveText(new RegExp(`^${INDONESIAN_WHEN.source}$`))
      await expect(row).toContainText(backup.split('/').at(-1)!)
      await expect(row.getByRole('cell').nth(2)).toHaveText(/^\d+(,\d)? (KB|MB)$/)
      await expect(main.getByRole('button', { name: 'Pilih berkas cadangan lain…' })).toBeVisible()
      await expectAccessible(page)

      // The language is switched for this session: the setting lives in the damaged database.
      await tabTo(page.getByRole('button', { name: 'English' }))
      await page.keyboard.press('Enter')
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
      await expect(main.getByRole('heading', { level: 1 })).toHaveText('The hub database cannot be opened')
      await expect(main.locator('.alert')).toContainText(database)
      await expect(main.locator('.alert')).not.toContainText(' rusak ')
      await expect(row.getByRole('cell').first()).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}\.\d{2} WIB$/)
      await expect(row.getByRole('cell').nth(2)).toHaveText(/^\d+(\.\d)? (KB|MB)$/)
      await expectAccessible(page)

      await tabTo(row.getByRole('button'))
      await page.keyboard.press('Enter')
      const plan = main.getByRole('group', { name: 'Check before restoring' })
      await expect(plan).toContainText('OMS 2, people 1, initiatives 0, pledges 0, sessions 0')
      await expectAccessible(page)
      await tabTo(plan.getByRole('button', { name: 'Restore this backup' }))
      await page.keyboard.press('Enter')
      const dialog = page.getByRole('dialog')
      await expect(dialog).toBeVisible()
      await expectAccessible(page)
      await tabTo(dialog.getByRole('button', { name: 'Restore this backup' }))
      await page.keyboard.press('Enter')

      const done = main.getByRole('status').filter({ hasText: 'Backup restored' })
      await expect(done.getByRole('heading', { name: 'Backup restored' })).toBeFocused()
      await expect(done).toContainText(`${database}.damaged-`)
      // Mended: the "cannot be opened" heading and alert are gone.
      await expect(main.getByRole('heading', { level: 1 })).toHaveText('The hub database was restored from a backup')
      await expect(main.locator('.alert')).toHaveCount(0)
      expect(readdirSync(directory).some((name) => name.startsWith('hub.db.damaged-'))).toBe(true)
      await expectAccessible(page)

      await tabTo(done.getByRole('button', { name: 'Open Lokadaya Hub' }))
      await page.keyboard.press('Enter')
      // The app starts afresh on the restored database, in its own language.
      await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible()
      await expect(page.getByText('Forum OMS Jawa Timur').first()).toBeVisible()
      await page.goto(`${harness.url}#/members`)
      await expect(page.getByRole('main').getByRole('link', { name: 'OMS (2)' })).toBeVisible()
    } finally {
      await harness?.close()
      rmSync(directory, { recursive: true, force: true })
    }
  })

  test('says so when no backup is found, and offers to choose one elsewhere', async ({ page }) => {
    const directory = mkdtempSync(join(tmpdir(), 'lokadaya-notdb-'))
    let harness: Harness | undefined
    try {
      const database = join(directory, 'hub.db')
      writeFileSync(database, 'Laporan kegiatan 2026\n'.repeat(200))
      harness = await openRecovery(page, database)
      const main = page.getByRole('main')
      await expect(main.getByRole('heading', { level: 1, name: 'Basis data hub tidak dapat dibuka' })).toBeFocused()
      await expect(main.locator('.alert')).toContainText(`Berkas ${database} bukan basis data Lokadaya Hub`)
      await expect(main).toContainText(
        'Tidak ditemukan cadangan di folder cadangan maupun di samping basis data. Pilih berkas cadangan dari disk USB atau folder lain.',
      )
      await expect(main.getByRole('table')).toHaveCount(0)
      const other = main.getByRole('button', { name: 'Pilih berkas cadangan lain…' })
      await tabTo(other)
      await page.keyboard.press('Enter')
      await expect.poll(() => harness!.dialogs.asked.at(-1)?.kind).toBe('backup')
      await expect(main.locator('.restore__plan')).toHaveCount(0)
      await expectAccessible(page)
    } finally {
      await harness?.close()
      rmSync(directory, { recursive: true, force: true })
    }
  })
})

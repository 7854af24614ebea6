import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { createDb } from '../../src/main/db'
import { planExport } from '../../src/main/sync/export'
import { formatDate, formatNumber } from '../../src/shared/format'
import type { HubSetupInput } from '../../src/shared/hub'
import { syncEn } from '../../src/shared/i18n/sync-en'
import { syncId } from '../../src/shared/i18n/sync-id'
import type { Harness } from '../../scripts/harness/server'
import { expect, expectAccessible, jawaTimurHub, tabTo, test as base } from './fixtures'
import { copyHub, exportTo, provinceHub, rowsIn, saveKeyFile, seed, type ProvinceHub } from './sync-province'

const nationalTeam: HubSetupInput = {
  role: 'national',
  name: 'Sekretariat Nasional Lokadaya',
  contactName: 'Dewi Lestari',
  contactPhone: '0812-1111-2222',
}
const sumateraBaratHub: HubSetupInput = { role: 'hub', provinceCode: '13', name: 'Jaringan OMS Sumatera Barat' }
const baliHub: HubSetupInput = { role: 'hub', provinceCode: '51', name: 'Forum OMS Bali' }

const DAY_MS = 24 * 60 * 60 * 1000

/** The page's globals a drop needs (these tests compile without the DOM library). */
interface PageGlobals {
  /** The harness transport's stand-in for the paths Electron's preload gives dropped files. */
  harnessDrops: { set(name: string, path: string): void }
  DataTransfer: new () => { items: { add(file: unknown): void } }
  File: new (parts: string[], name: string) => unknown
}

interface SyncFixtures {
  /** The "USB stick": a folder for key files and bundles. */
  usb: string
  /** Opens a provincial hub's own database there; every one is closed after the test. */
  openHub(setup: HubSetupInput, options?: { file?: string; clock?: () => number }): Promise<ProvinceHub>
}

const test = base.extend<SyncFixtures>({
  // Playwright reads a fixture's dependencies from this destructuring; this one has none.
  // eslint-disable-next-line no-empty-pattern
  usb: async ({}, use) => {
    const directory = mkdtempSync(join(tmpdir(), 'lokadaya-usb-'))
    await use(directory)
    rmSync(directory, { recursive: true, force: true })
  },
  openHub: async ({ templateDatabase, usb }, use) => {
    const opened: ProvinceHub[] = []
    await use(async (setup, options) => {
      const hub = await provinceHub(templateDatabase, usb, setup, options)
      opened.push(hub)
      return hub
    })
    for (const hub of opened) hub.database.close()
  },
})

/** What the national team does by phone: the fingerprint compared, the key enrolled. */
async function enrol(harness: Harness, hub: ProvinceHub): Promise<void> {
  const key = await saveKeyFile(hub, `kunci-${hub.identity.provinceCode}.lokadaya-key`)
  const result = await harness.registry.invoke('sync:enrolKey', { path: key.path, fingerprint: key.fingerprint })
  if (!result.ok) throw new Error(result.error.message)
}

/** A bundle with one byte changed on the way, in its packed rows. */
function tamperedCopy(path: string, target: string): string {
  const bytes = readFileSync(path)
  bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 0xff
  writeFileSync(target, bytes)
  return target
}

async function openSync(page: Page, harness: Harness, section = ''): Promise<void> {
  await page.goto(`${harness.url}#/sync${section}`)
  await expect(page.getByRole('heading', { level: 1, name: /^(Sinkronisasi|Sync)$/ })).toBeVisible()
}

const importResults = (page: Page) => page.locator('.sync-results').getByRole('listitem')

// Each test is a whole flow of the national team or a hub: databases set up, bundles written and
// read, an axe check on each state. That is more than the default allows on a busy machine.
test.describe.configure({ timeout: 60_000 })

test.describe('at the national instance', () => {
  test.use({ hubSetup: nationalTeam })

  test('the trust tab works by keyboard alone: a province key enrolled by its fingerprint, then revoked', async ({
    page,
    harness,
    openHub,
  }) => {
    const jatim = await openHub(jawaTimurHub)
    const key = await saveKeyFile(jatim, 'kunci-jawa-timur.lokadaya-key')
    await openSync(page, harness, '/keys')
    const own = page.getByRole('region', { name: 'Kunci komputer ini' })
    await expect(own).toContainText('Sekretariat Nasional Lokadaya')
    // The national team reads its fingerprint to the provinces, not "to the national team".
    await expect(own.getByRole('region', { name: 'Sidik jari kunci' })).toContainText(
      'kepada sekretariat hub provinsi yang mendaftarkan kunci tim nasional',
    )

    const choose = page.getByRole('button', { name: 'Pilih berkas kunci…' })
    await tabTo(choose)
    await expect(choose).toHaveCSS('outline-style', 'solid')
    harness.dialogs.answerOpen([key.path])
    await page.keyboard.press('Enter')
    const enrolRegion = page.getByRole('region', { name: 'Daftarkan kunci' })
    const details = enrolRegion.locator('dl')
    await expect(details).toContainText('Forum OMS Jawa Timur')
    await expect(details).toContainText('Hub provinsi')
    await expect(details).toContainText('Jawa Timur')
    const fingerprint = page.getByLabel('Sidik jari yang dibacakan pengirim')
    await expect(fingerprint).toBeFocused()
    // What the sender reads out is typed, never copied: the file's own fingerprint is not shown.
    await expect(enrolRegion).not.toContainText(key.fingerprint)

    // Cut short over a bad line: said here, before main is asked.
    await page.keyboard.insertText(key.fingerprint.slice(0, 17))
    await page.keyboard.press('Enter')
    await expect(fingerprint).toHaveAccessibleDescription(/Sidik jari terdiri dari 30 angka; yang diketik 15 angka\./)
    await page.keyboard.press('ControlOrMeta+A')

    // The third group misheard over the phone: nothing is enrolled, and the group is named.
    const misheard = key.fingerprint.replace(
      /^(\d{5} \d{5} )(\d)/,
      (_, head: string, digit: string) => `${head}${(Number(digit) + 1) % 10}`,
    )
    await page.keyboard.insertText(misheard)
    await page.keyboard.press('Enter')
    await expect(fingerprint).toHaveAttribute('aria-invalid', 'true')
    await expect(fingerprint).toHaveAccessibleDescription(
      /Sidik jari tidak cocok\. Kunci tidak didaftarkan\..*Kelompok yang berbeda: 3\.$/,
    )
    const known = page.getByRole('region', { name: 'Kunci yang dikenal' })
    await expect(known.getByRole('row')).toHaveCount(2)
    await expectAccessible(page)

    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.insertText(key.fingerprint.replace(/ /g, ''))
    await page.keyboard.press('Enter')
    await expect(page.getByText('Kunci Forum OMS Jawa Timur sudah terdaftar.')).toBeVisible()
    // The form is gone; the keyboard stays here, ready for the next key file.
    await expect(choose).toBeFocused()
    const row = known.getByRole('row', { name: /Forum OMS Jawa Timur/ })
    await expect(row).toContainText(key.fingerprint)
    await expect(row).toContainText('Tepercaya')

    const revoke = row.getByRole('button', { name: 'Cabut…' })
    await tabTo(revoke)
    await page.keyboard.press('Enter')
    const confirm = page.getByRole('button', { name: 'Cabut kunci', exact: true })
    await expect(confirm).toBeFocused()
    await expect(confirm).toHaveAccessibleDescription(/setiap paket bertanda tangan kunci ini ditolak/)
    await expectAccessible(page)
    // Changing one's mind gives focus back where it was.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(revoke).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(confirm).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByText('Kunci Forum OMS Jawa Timur sudah dicabut.')).toBeVisible()
    await expect(row).toContainText('Dicabut')
    await expect(row.getByRole('button')).toHaveCount(0)
    await expect(row.getByRole('rowheader')).toBeFocused()
  })

  test('imports two bundles from Jawa Timur, one after the other, and refuses a tampered one dropped on it', async ({
    page,
    harness,
    openHub,
    usb,
  }) => {
    const jatim = await openHub(jawaTimurHub)
    await enrol(harness, jatim)
    seed(jatim, 300, 60)
    const first = await exportTo(jatim, 'paket-1.lokadaya')
    seed(jatim, 3, 2)
    const second = await exportTo(jatim, 'paket-2.lokadaya')
    const tampered = tamperedCopy(second.path, join(usb, 'paket-2-diubah.lokadaya'))

    await page.getByRole('link', { name: 'Sinkronisasi' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Sinkronisasi' })).toBeFocused()
    harness.dialogs.answerOpen([first.path, second.path])
    await page.getByRole('button', { name: 'Impor paket…' }).click()
    await expect(page.getByRole('heading', { name: 'Hasil impor' })).toBeFocused()
    await expect(page.getByText('2 paket sudah diperiksa: 2 diterima.')).toBeVisible()
    const results = importResults(page)
    await expect(results).toHaveCount(2)
    await expect(results.nth(0)).toContainText('Diterima — paket-1.lokadaya')
    await expect(results.nth(0)).toContainText('Dari Forum OMS Jawa Timur (Jawa Timur), paket nomor 1')
    const firstRows = formatNumber(rowsIn(first.report))
    expect(firstRows).toMatch(/^\d{1,3}(\.\d{3})+$/)
    await expect(results.nth(0)).toContainText(`${firstRows} baru, 0 diperbarui, 0 tidak berubah, 0 dihapus`)
    await expect(results.nth(1)).toContainText('paket nomor 2')
    await expect(results.nth(1)).toContainText(
      `${formatNumber(rowsIn(second.report) - rowsIn(first.report))} baru, 0 diperbarui, ${firstRows} tidak berubah, 0 dihapus`,
    )
    await expectAccessible(page)

    // Dropped on the window: the harness stands in for the path Electron's preload gives.
    await page.evaluate(({ name, path }) => (globalThis as unknown as PageGlobals).harnessDrops.set(name, path), {
      name: 'paket-2-diubah.lokadaya',
      path: tampered,
    })
    const dataTransfer = await page.evaluateHandle(() => {
      const page = globalThis as unknown as PageGlobals
      const transfer = new page.DataTransfer()
      transfer.items.add(new page.File(['dropped'], 'paket-2-diubah.lokadaya'))
      return transfer
    })
    await page
      .getByText('Atau seret satu atau beberapa berkas paket ke kotak ini.')
      .dispatchEvent('drop', { dataTransfer })
    await expect(results).toHaveCount(1)
    await expect(results.first()).toContainText('Ditolak — paket-2-diubah.lokadaya')
    await expect(results.first()).toContainText(syncId.refused.payloadHash)

    // The key file that came on the same USB stick, chosen by mistake.
    const key = await saveKeyFile(jatim, 'kunci-jawa-timur.lokadaya-key')
    harness.dialogs.answerOpen([key.path])
    await page.getByRole('button', { name: 'Impor paket…' }).click()
    await expect(page.getByText('1 paket sudah diperiksa: 1 tidak diimpor.')).toBeVisible()
    await expect(results.first()).toContainText('Tidak diimpor — kunci-jawa-timur.lokadaya-key')
    await expect(results.first()).toContainText('adalah berkas kunci publik, bukan paket.')
  })

  test('follows Jawa Timur in the province table, writes its ack, and lists every bundle in the history', async ({
    page,
    harness,
    openHub,
    usb,
  }) => {
    const jatim = await openHub(jawaTimurHub)
    await enrol(harness, jatim)
    const seeded = seed(jatim, 300, 60)
    const first = await exportTo(jatim, 'paket-1.lokadaya')
    const added = seed(jatim, 3, 2)
    const second = await exportTo(jatim, 'paket-2.lokadaya')
    const tampered = tamperedCopy(second.path, join(usb, 'paket-2-diubah.lokadaya'))
    for (const path of [first.path, second.path, tampered])
      await harness.registry.invoke('sync:importBundle', { path, acceptDrift: false })

    await openSync(page, harness, '/provinces')
    const table = page.getByRole('table')
    await expect(table.getByRole('row')).toHaveCount(1 + 38)
    const jawaTimur = table.getByRole('row', { name: /^Jawa Timur / })
    await expect(jawaTimur).toContainText('Forum OMS Jawa Timur')
    await expect(jawaTimur).toContainText(`No. 2, ${formatDate(new Date(), 'WIB')}`)
    await expect(jawaTimur).toContainText('Hari ini')
    await expect(jawaTimur).toContainText('Tidak ada')
    const cells = jawaTimur.getByRole('cell')
    await expect(cells.nth(4)).toHaveText(formatNumber(seeded.organisations + added.organisations))
    await expect(cells.nth(5)).toHaveText(formatNumber(seeded.people + added.people))
    await expect(cells.nth(6)).toHaveText('0')
    await expect(table.getByRole('row', { name: /^Aceh / })).toContainText('Belum ada hub terdaftar')
    await expect(page.getByText('1 dari 38 provinsi punya hub terdaftar.')).toBeVisible()
    await expect(page.getByText('Tidak ada yang perlu ditindaklanjuti:')).toBeVisible()
    await expectAccessible(page)

    harness.dialogs.answerSave(join(usb, 'tanda-terima.lokadaya'))
    const ackButton = jawaTimur.getByRole('button', { name: 'Buat tanda terima…' })
    await expect(ackButton).toHaveAccessibleDescription('Jawa Timur')
    await ackButton.click()
    await expect(
      page.getByText(
        'Tanda terima untuk Forum OMS Jawa Timur disimpan: tanda-terima.lokadaya. Kirim berkas itu ke hub tersebut.',
      ),
    ).toBeVisible()
    expect(existsSync(join(usb, 'tanda-terima.lokadaya'))).toBe(true)

    await page.getByRole('link', { name: 'Riwayat' }).click()
    const rows = page.getByRole('table').getByRole('row')
    await expect(rows).toHaveCount(1 + 4)
    await expect(rows.nth(1)).toContainText('KeluarForum OMS Jawa Timur (Jawa Timur)Tanda terima')
    await expect(rows.nth(2)).toContainText('Ditolak')
    await expect(rows.nth(2)).toContainText(syncId.refused.payloadHash)
    await expect(rows.nth(4)).toContainText(`Diterima${formatNumber(rowsIn(first.report))} baru`)
    await expectAccessible(page)
  })

  test('a clock ahead is accepted only explicitly; a copied database raises an alarm', async ({
    page,
    harness,
    openHub,
  }) => {
    const bali = await openHub(baliHub, { file: 'bali.db', clock: () => Date.now() + 3 * DAY_MS })
    const jatim = await openHub(jawaTimurHub)
    await enrol(harness, bali)
    await enrol(harness, jatim)
    const ahead = await exportTo(bali, 'bali.lokadaya')
    const copy = await copyHub(jatim, 'jatim-salinan.db')
    seed(jatim, 2, 0)
    seed(copy, 3, 0)
    const original = await exportTo(jatim, 'jatim.lokadaya')
    const copied = await exportTo(copy, 'jatim-salinan.lokadaya')
    copy.database.close()

    await openSync(page, harness)
    harness.dialogs.answerOpen([ahead.path, original.path, copied.path])
    await page.getByRole('button', { name: 'Impor paket…' }).click()
    const results = importResults(page)
    await expect(results).toHaveCount(3)
    await expect(results.nth(0)).toContainText('Ditolak — bali.lokadaya')
    await expect(results.nth(0)).toContainText(/Jam pengirim sekitar 72 jam lebih maju daripada jam komputer ini\./)
    await expect(results.nth(1)).toContainText('Diterima — jatim.lokadaya')
    const alarm = results.nth(2).getByRole('alert')
    await expect(alarm).toContainText('PERINGATAN: ditolak — jatim-salinan.lokadaya')
    await expect(alarm).toContainText(syncId.refused.sequenceReused.replace('{{sequence}}', '1'))
    await expectAccessible(page)

    await results.nth(0).getByRole('button', { name: 'Terima paket ini meskipun jam pengirim lebih maju' }).click()
    await expect(results.nth(0)).toContainText('Diterima — bali.lokadaya')
    await expect(results.nth(0)).toContainText('Selisih jam pengirim diterima secara khusus (tercatat di riwayat).')

    await page.getByRole('link', { name: 'Provinsi' }).click()
    const jawaTimur = page.getByRole('row', { name: /^Jawa Timur / })
    await expect(jawaTimur.getByRole('cell').nth(6)).toHaveText('1')
    // Above the 38 rows, in words: who needs a call, and why.
    const followUp = page.locator('.sync-attention').getByRole('listitem')
    await expect(followUp).toHaveCount(1)
    await expect(followUp).toContainText('Jawa Timur (Forum OMS Jawa Timur)')
    await expect(followUp).toContainText('1 paket ditolak dengan PERINGATAN')
    await expectAccessible(page)
    await page.getByRole('link', { name: 'Buka Riwayat' }).click()
    await expect(page.getByRole('link', { name: 'Riwayat', exact: true })).toHaveAttribute('aria-current', 'page')
  })

  test('speaks English when chosen: results, refusals and a province gone quiet', async ({
    page,
    harness,
    openHub,
  }) => {
    const jatim = await openHub(jawaTimurHub, { clock: () => Date.now() - 20 * DAY_MS })
    const sumbar = await openHub(sumateraBaratHub, { file: 'sumbar.db' })
    await enrol(harness, jatim)
    seed(jatim, 300, 0)
    const late = await exportTo(jatim, 'jatim.lokadaya')
    const unknown = await exportTo(sumbar, 'sumbar.lokadaya')

    await page.goto(`${harness.url}#/settings`)
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
    await page.getByRole('link', { name: 'Sync' }).click()
    await expect(page.getByRole('link', { name: 'Send & receive' })).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('region', { name: 'Send data' })).toBeVisible()
    harness.dialogs.answerOpen([late.path, unknown.path])
    await page.getByRole('button', { name: 'Import bundles…' }).click()
    const results = importResults(page)
    await expect(page.getByText('2 bundles checked: 1 accepted and 1 refused.')).toBeVisible()
    await expect(results.nth(0)).toContainText('Accepted — jatim.lokadaya')
    await expect(results.nth(0)).toContainText('From Forum OMS Jawa Timur (Jawa Timur), bundle number 1')
    const rows = rowsIn(late.report).toLocaleString('en')
    await expect(results.nth(0)).toContainText(`${rows} new, 0 updated, 0 unchanged, 0 deleted`)
    await expect(results.nth(1)).toContainText('Refused — sumbar.lokadaya')
    await expect(results.nth(1)).toContainText(syncEn.refused.unknownKey.split('{{keyId}}')[0] as string)
    await expectAccessible(page)

    await page.getByRole('link', { name: 'Provinces' }).click()
    const jawaTimur = page.getByRole('row', { name: /^Jawa Timur / })
    await expect(jawaTimur.getByRole('cell').nth(2)).toHaveText('20 days late')
    await expect(jawaTimur).toHaveClass(/sync-row--attention/)
    await expect(page.locator('.sync-attention')).toContainText(
      'Jawa Timur (Forum OMS Jawa Timur)Last bundle made 20 days ago (late).',
    )
    await expect(page.getByRole('row', { name: /^Sumatera Barat / })).toContainText('No hub enrolled yet')
    await expectAccessible(page)
  })
})

test.describe('at a provincial hub', () => {
  test.use({ hubSetup: jawaTimurHub })

  test('exports a bundle through the save dialog and sees what it held', async ({ page, harness, usb }) => {
    const info = await harness.registry.invoke('app:info', undefined)
    if (!info.ok) throw new Error(info.error.message)
    // Members recorded here beforehand, some without consent to share their phone and e-mail.
    const database = createDb((info.value as { databasePath: string }).databasePath)
    const seeded = seed({ database }, 40, 1_010)
    const plan = planExport(database)
    database.close()
    expect(plan.peopleWithheld).toBeGreaterThan(0)

    await openSync(page, harness)
    const send = page.getByRole('region', { name: 'Kirim data' })
    await expect(send).toContainText('Semua data hub ini.')
    await expect(send.getByRole('listitem').filter({ hasText: /^Orang/ })).toContainText(
      `${formatNumber(seeded.people)} baris`,
    )
    await expect(send.getByRole('listitem').filter({ hasText: /^OMS/ })).toContainText(
      `${formatNumber(seeded.organisations)} baris`,
    )
    const withheld = (table: string) => plan.withheld.find((group) => group.table === table)?.rows ?? 0
    await expect(send).toContainText('Yang tidak ikut dikirim (tetap tersimpan di sini):')
    await expect(send).toContainText(
      `nama dan catatan ${formatNumber(withheld('people'))} orang yang belum setuju datanya dibagikan ke tim nasional`,
    )

    await expectAccessible(page)

    // Cancelled in the save dialog: nothing written.
    await page.getByRole('button', { name: 'Ekspor paket…' }).click()
    await expect(send.getByRole('status')).toHaveText('Ekspor dibatalkan; tidak ada paket yang ditulis.')

    const target = join(usb, 'paket-jawa-timur.lokadaya')
    harness.dialogs.answerSave(target)
    await page.getByLabel('Semua data (lengkap)').check()
    await page.getByRole('button', { name: 'Ekspor paket…' }).click()
    const done = send.getByRole('status')
    await expect(done).toContainText('Paket sudah ditulis')
    const total = Object.values(plan.tables).reduce((sum, n) => sum + n, 0)
    await expect(done).toContainText(`Berkas paket-jawa-timur.lokadaya: paket nomor 1, ${formatNumber(total)} baris.`)
    await expect(done).toContainText(`Orang ${formatNumber(seeded.people)} baris`)
    await expect(done).toContainText('Kirim berkas ini ke tim nasional')
    expect(readFileSync(target).subarray(0, 8).toString()).toBe('LOKADAYA')
    expect(harness.dialogs.asked.at(-1)?.suggestedName).toMatch(/^paket-jawa-timur-\d{4}-\d{2}-\d{2}\.lokadaya$/)
    await expectAccessible(page)

    // The bundle just written, chosen to be imported by mistake: made here, nothing to import.
    harness.dialogs.answerOpen([target])
    await page.getByRole('button', { name: 'Impor paket…' }).click()
    await expect(importResults(page).first()).toContainText('Dibuat di sini — paket-jawa-timur.lokadaya')
    await expect(importResults(page).first()).toContainText('tidak perlu diimpor di sini')

    await page.getByRole('link', { name: 'Riwayat' }).click()
    await expect(page.getByRole('table').getByRole('row').nth(2)).toContainText(
      `Komputer ini1Diekspor${formatNumber(total)} baris`,
    )
    await expect(page.getByRole('link', { name: 'Provinsi' })).toHaveCount(0)
  })
})

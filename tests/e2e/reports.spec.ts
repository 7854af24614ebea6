import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { readStoredWorkbook, recordsOf } from '../../src/main/reports/workbook/test-xlsx'
import { expect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'
import { daysFromToday } from './pledges-seed'
import { seedDashboard } from './reports-seed'

test.use({ hubSetup: jawaTimurHub })
// Seeding, a workbook built sheet by sheet, and a PDF printed by Chromium.
test.slow()

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

const workIn = () => mkdtempSync(join(tmpdir(), 'lokadaya-reports-'))

async function openReports(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/reports`)
  await expect(page.getByRole('heading', { level: 1, name: 'Laporan' })).toBeVisible()
  const period = page.getByRole('combobox', { name: 'Periode' })
  await tabTo(period)
  await period.selectOption({ label: 'Sepanjang waktu' })
}

test('a province adds its own target by keyboard, and the dashboard measures against it', async ({ page, harness }) => {
  await seedDashboard(harness)
  await openReports(page, harness.url)
  await expect(page.getByText('Belum ada target.')).toBeVisible()
  await tabTo(page.getByRole('button', { name: 'Tambah target' }))
  await page.keyboard.press('Enter')

  // A period that ends before it starts is refused, field by field, and nothing is saved.
  await page.getByRole('combobox', { name: 'Indikator' }).selectOption({ label: 'Orang terlatih' })
  await page.getByLabel('Periode dari').fill('31/12/2026')
  await page.getByLabel('Periode sampai').fill('01/01/2026')
  await page.getByLabel('Target', { exact: true }).fill('10')
  await page.getByRole('button', { name: 'Simpan target' }).click()
  await expect(page.getByText('Tanggal akhir tidak boleh sebelum tanggal awal.').first()).toBeVisible()
  await expectAccessible(page)

  await page.getByLabel('Periode dari').fill(`01/01/${daysFromToday(-60).slice(0, 4)}`)
  await page.getByLabel('Periode sampai').fill(`31/12/${daysFromToday(0).slice(0, 4)}`)
  await tabTo(page.getByRole('button', { name: 'Simpan target' }))
  await page.keyboard.press('Enter')
  await expect(page.getByText('Target disimpan.')).toBeVisible()
  const row = page.getByRole('row', { name: /Orang terlatih/ })
  await expect(row.getByRole('cell').first()).toHaveText('Provinsi Forum OMS Jawa Timur')
  await expect(row).toContainText('10')

  await page.goto(`${harness.url}#/home`)
  const progress = page.getByRole('button', { name: /^Orang terlatih: 6 dari 10 \(60%\)\. Lihat datanya$/ })
  await expect(progress).toBeVisible()
  await tabTo(progress)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Orang terlatih' }).getByText('Menampilkan 6 dari 6')).toBeVisible()
})

test('the XLSX workbook: built with a progress bar, then read back cell by cell', async ({ page, harness }) => {
  await seedDashboard(harness)
  await openReports(page, harness.url)
  const folder = workIn()
  try {
    harness.dialogs.answerSave(join(folder, 'laporan.xlsx'))
    await tabTo(page.getByRole('button', { name: 'Buku kerja Excel (XLSX)' }))
    await page.keyboard.press('Enter')
    await expect(page.getByText('Tersimpan: laporan.xlsx')).toBeVisible({ timeout: 30_000 })
    expect(harness.dialogs.asked.at(-1)?.kind).toBe('xlsx')
    await expectAccessible(page)

    const sheets = readStoredWorkbook(join(folder, 'laporan.xlsx'))
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'Indikator',
      'Filter',
      'OMS',
      'Orang',
      'Inisiatif',
      'Kebutuhan',
      'Janji Dukungan',
      'Penerimaan',
      'Cerita Perubahan',
      'Sesi',
      'Kehadiran',
    ])
    const sheet = (name: string) => recordsOf(sheets.find((found) => found.name === name)!)
    const indicator = (label: string) => sheet('Indikator').find((cells) => cells.Indikator?.text === label)!
    expect(indicator('Orang terlatih').Nilai).toMatchObject({ number: 6 })
    expect(indicator('Dana diterima').Nilai).toMatchObject({ number: 1_250_000, format: '"Rp" #,##0' })
    expect(indicator('Dana dijanjikan').Nilai).toMatchObject({ number: 5_000_000, format: '"Rp" #,##0' })

    const [receipt] = sheet('Penerimaan')
    expect(receipt?.Dana).toMatchObject({ number: 1_250_000, format: '"Rp" #,##0' })
    // A date cell holds Excel's day number, shown as a date.
    const serial = (Date.parse(`${daysFromToday(-5)}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000
    expect(receipt?.['Tanggal terima']).toMatchObject({ number: serial, format: 'dd/mm/yyyy' })
    expect(sheet('Kehadiran').filter((cells) => cells['Nama']?.text === 'Wati Lestari')).toHaveLength(2)
    expect(sheet('OMS').map((cells) => cells['Nama OMS']?.text)).toContain('KSM Makmur Sentosa')
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})

test('the PDF summary: printed by Chromium, with its pages and the hub named', async ({ page, harness }) => {
  test.skip(!hasPdftotext, 'pdftotext not found (apt-get install poppler-utils)')
  await seedDashboard(harness)
  await openReports(page, harness.url)
  const folder = workIn()
  try {
    harness.dialogs.answerSave(join(folder, 'ringkasan.pdf'))
    await tabTo(page.getByRole('button', { name: 'Ringkasan PDF' }))
    await page.keyboard.press('Enter')
    await expect(page.getByText('Tersimpan: ringkasan.pdf')).toBeVisible({ timeout: 60_000 })
    const text = execFileSync('pdftotext', ['-layout', join(folder, 'ringkasan.pdf'), '-'], { encoding: 'utf8' })
    for (const expected of [
      'Forum OMS Jawa Timur',
      'Periode: sepanjang waktu',
      'Orang terlatih',
      'Rp 1.250.000',
      'Orang terlatih menurut jenis kelamin',
      'Inisiatif dengan dukungan terbesar',
      'Air bersih',
    ])
      expect(text).toContain(expected)
    const info = execFileSync('pdfinfo', [join(folder, 'ringkasan.pdf')], { encoding: 'utf8' })
    expect(info).toMatch(/\(A4\)/)
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(2)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})

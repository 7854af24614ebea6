import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import sharp from 'sharp'
import type { Result } from '../../src/shared/errors'
import type { InitiativeDetail } from '../../src/shared/initiatives'
import type { SupporterSaveResult } from '../../src/shared/pledges'
import type { Harness } from '../../scripts/harness/server'
import { expect, expectAccessible, jawaTimurHub, test } from './fixtures'
import { monthsFromToday } from './pledges-seed'
import { createOrganisation } from './records-seed'

test.use({ hubSetup: jawaTimurHub })
// One user's whole afternoon: a dozen saves, a print and a photo, on a shared two-core machine.
test.describe.configure({ timeout: 240_000 })

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })

async function created<T>(call: Promise<unknown>, what: string): Promise<T> {
  const result = (await call) as Result<T>
  if (!result.ok) throw new Error(`could not create ${what}: ${result.error.message}`)
  return result.value
}

/** What the hub already had before this user sat down: a member OMS, its draft, two supporters. */
async function hubWithADraft(harness: Harness) {
  const leadOrganisationId = await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  const initiative = await created<InitiativeDetail>(
    harness.registry.invoke('initiatives:create', {
      leadOrganisationId,
      title: 'Air bersih Desa Sukorejo',
      problem: 'Warga mengambil air dari sungai pada musim kemarau.',
      regencyCode: '35.19',
    }),
    'the initiative',
  )
  for (const [name, kind] of [
    ['Pemerintah Desa Sukorejo', 'government'],
    ['PT Semen Gresik', 'company'],
  ] as const)
    await created<SupporterSaveResult>(harness.registry.invoke('supporters:create', { name, kind }), name)
  return initiative.id
}

/** Types into a type-to-find field and takes the match with Enter. */
async function pick(page: Page, label: string, typed: string, expected: string) {
  const field = page.getByRole('combobox', { name: label })
  await field.fill(typed)
  await expect(page.getByRole('option', { name: new RegExp(expected) })).toHaveAttribute('aria-selected', 'true')
  await field.press('Enter')
  await expect(field).toHaveValue(expected)
}

/** Picks the need a pledge answers by its description, whatever its form is called. */
async function chooseNeed(page: Page, description: string) {
  const select = page.getByLabel('Kebutuhan yang dijawab (pilihan)')
  const value = await select.locator('option', { hasText: description }).getAttribute('value')
  await select.selectOption(value ?? '')
}

test('a new user formulates an initiative, gathers two pledges, records what came, prints a receipt and tells the story', async ({
  page,
  harness,
}) => {
  const initiativeId = await hubWithADraft(harness)
  await page.goto(`${harness.url}#/initiatives`)
  await page.getByRole('link', { name: 'Air bersih Desa Sukorejo' }).click()
  await expect(heading(page, /^Air bersih Desa Sukorejo/)).toBeFocused()

  // Formulation: the six steps, each ticked with a note.
  const steps = page.getByRole('region', { name: 'Panduan 6 Langkah Formulasi Inisiatif Layanan Lokal' })
  for (const number of [1, 2, 3, 4, 5, 6]) {
    const step = steps.getByRole('form', { name: new RegExp(`^Langkah ${number}:`) })
    await step.getByRole('checkbox', { name: 'Langkah ini selesai' }).check()
    await step.getByLabel('Catatan').fill(`Dibahas bersama warga Sukorejo (${number}).`)
    await step.getByRole('button', { name: `Simpan langkah ${number}` }).click()
    await expect(step.getByRole('status')).toHaveText('Tersimpan')
  }
  await expect(steps).toContainText('6 dari 6 langkah selesai')

  // Needs in three forms, each in its own measure.
  const needs = page.getByRole('region', { name: 'Kebutuhan' })
  const addNeed = async (form: string, description: string, fields: Record<string, string>) => {
    await needs.getByRole('button', { name: 'Tambah kebutuhan' }).click()
    await needs.getByLabel('Bentuk dukungan', { exact: true }).selectOption(form)
    await needs.getByLabel('Uraian kebutuhan').fill(description)
    for (const [label, typed] of Object.entries(fields)) await needs.getByLabel(label, { exact: true }).fill(typed)
    await needs.getByRole('button', { name: 'Simpan kebutuhan' }).click()
    await expect(needs.getByRole('status')).toHaveText(`Kebutuhan "${description}" tersimpan.`)
  }
  await addNeed('funds', 'Pipa dan tandon', { 'Target dana (rupiah)': '5.000.000' })
  await addNeed('goods', 'Semen', { Jumlah: '300', Satuan: 'sak' })
  await addNeed('time', 'Tukang pasang pipa', { 'Jumlah orang': '10', 'Jam per orang': '8' })
  await expect(needs).toContainText('Rp 5.000.000')
  await expect(needs).toContainText('300 sak')
  await expect(needs).toContainText('10 orang × 8 jam')

  const status = page.getByRole('region', { name: 'Status' })
  await status.getByRole('button', { name: 'Terbitkan' }).click()
  await expect(status.getByRole('status')).toContainText('Status kini Terbit sejak')
  await expectAccessible(page)

  // The village government's Rp 3.000.000 in three monthly instalments, from the initiative's page.
  await page.getByRole('link', { name: 'Catat janji dukungan' }).click()
  await expect(heading(page, 'Catat janji dukungan')).toBeFocused()
  await expect(page.getByRole('combobox', { name: 'Inisiatif' })).toHaveValue('Air bersih Desa Sukorejo')
  await pick(page, 'Pendukung', 'Sukorejo', 'Pemerintah Desa Sukorejo')
  await chooseNeed(page, 'Pipa dan tandon')
  await expect(page.getByLabel('Bentuk dukungan')).toHaveValue('funds')
  await page.getByLabel('Jumlah (Rp)').fill('3.000.000')
  await page.getByLabel('Jadwal', { exact: true }).selectOption('instalments')
  await page.getByLabel('Jatuh tempo cicilan pertama').fill(monthsFromToday(1).split('-').reverse().join('/'))
  await page.getByLabel('Jumlah cicilan').fill('3')
  await expect(page.getByRole('table', { name: 'Jadwal cicilan' }).getByRole('row')).toHaveCount(4)
  await page.getByRole('button', { name: 'Simpan', exact: true }).click()
  await expect(heading(page, 'Janji Pemerintah Desa Sukorejo')).toBeFocused()
  await expect(page.locator('.pledge-status')).toHaveText('dijanjikan')

  // Part of it arrives: Rp 1.000.000, with the village's receipt number and a photo of the slip.
  const slip = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#f5f0e6' } })
    .png()
    .toBuffer()
  await page.getByLabel('Foto atau pindaian bukti (pilihan)').setInputFiles({
    name: 'bukti-transfer.png',
    mimeType: 'image/png',
    buffer: slip,
  })
  await expect(page.getByLabel('Foto atau pindaian bukti (pilihan)')).toHaveAccessibleDescription(
    'Foto bukti terlampir.',
  )
  await page.getByLabel('Nomor kuitansi atau bukti (pilihan)').fill('Kuitansi Desa 017')
  await page.getByLabel('Jumlah (Rp)').fill('1.000.000')
  await page.getByLabel('Jumlah (Rp)').press('Enter')
  await expect(page.locator('.pledge-status')).toHaveText('sebagian terpenuhi')
  await expect(page.getByText('Terpenuhi Rp 1.000.000 dari Rp 3.000.000')).toBeVisible()

  // Its receipt, printed to a PDF that reads what was received.
  const folder = mkdtempSync(join(tmpdir(), 'lokadaya-journey-'))
  try {
    harness.dialogs.answerSave(join(folder, 'tanda-terima.pdf'))
    await page.getByRole('button', { name: /^Cetak tanda terima/ }).click()
    await expect(page.getByRole('status').filter({ hasText: 'tanda-terima.pdf' })).toBeVisible({ timeout: 30_000 })
    const text = execFileSync('pdftotext', ['-layout', join(folder, 'tanda-terima.pdf'), '-'], { encoding: 'utf8' })
    for (const expected of ['Forum OMS Jawa Timur', 'Pemerintah Desa Sukorejo', 'Rp 1.000.000', 'Kuitansi Desa 017'])
      expect(text).toContain(expected)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }

  // A company's 200 sak of cement, started from the supporter.
  await page.goto(`${harness.url}#/galangDaya`)
  await page.getByRole('link', { name: 'PT Semen Gresik' }).click()
  await expect(heading(page, /PT Semen Gresik/)).toBeFocused()
  await page.getByRole('main').getByRole('link', { name: 'Catat janji dukungan' }).click()
  await pick(page, 'Inisiatif', 'Sukorejo', 'Air bersih Desa Sukorejo')
  await chooseNeed(page, 'Semen')
  await expect(page.getByLabel('Satuan')).toHaveValue('sak')
  await page.getByLabel('Jumlah barang').fill('200')
  await page.getByLabel('Nilai taksiran (Rp, pilihan)').fill('12.000.000')
  await page.getByRole('button', { name: 'Simpan', exact: true }).click()
  await expect(heading(page, 'Janji PT Semen Gresik')).toBeFocused()

  // Back on the initiative: both pledges with their status, and the funds need a fifth met.
  await page.goto(`${harness.url}#/initiatives/${initiativeId}`)
  await expect(heading(page, /^Air bersih Desa Sukorejo/)).toBeFocused()
  const pledges = page.getByRole('region', { name: 'Galang Daya' })
  await expect(pledges).toContainText('Pemerintah Desa Sukorejo')
  await expect(pledges).toContainText('sebagian terpenuhi')
  await expect(pledges).toContainText('PT Semen Gresik')
  await expect(needs).toContainText('Rp 1.000.000 dari Rp 5.000.000 (20%)')

  // And the story of what changed, with a photo.
  await page.getByRole('link', { name: 'Tulis cerita perubahan' }).click()
  await expect(heading(page, 'Cerita perubahan baru')).toBeFocused()
  await page.getByLabel('Judul', { exact: true }).fill('Air bersih mengalir ke 120 rumah')
  await page.getByLabel('Tanggal', { exact: true }).fill('18/05/2025')
  await page.getByLabel('Kisah perubahan').fill('Warga bergotong royong memasang pipa dari mata air.')
  await page.getByLabel('Dana Desa').fill('1.000.000')
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#0b6b5c' } })
    .png()
    .toBuffer()
  await page.getByLabel('Tambah foto').setInputFiles({ name: 'kran-umum.png', mimeType: 'image/png', buffer: photo })
  await page.getByLabel('Keterangan foto 1').fill('Kran umum RT 03')
  await expect(page.getByRole('img', { name: 'Kran umum RT 03' })).toBeVisible()
  await page.getByRole('button', { name: 'Simpan', exact: true }).click()
  await expect(heading(page, 'Air bersih mengalir ke 120 rumah')).toBeFocused()
  await expect(page.getByRole('img', { name: 'Kran umum RT 03' })).toBeVisible()

  await page.goto(`${harness.url}#/initiatives/${initiativeId}`)
  await expect(page.getByRole('region', { name: 'Cerita Perubahan' })).toContainText('Air bersih mengalir ke 120 rumah')
  await expectAccessible(page)
})

import type { Page } from '@playwright/test'
import { formatDay } from '../../src/shared/format'
import { expect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'
import { daysFromToday, monthsFromToday, seedFundsPledge, seedGalangDaya, today } from './pledges-seed'
import { useEnglish } from './records-seed'

test.use({ hubSetup: jawaTimurHub })
// Axe alone takes 20 s on a loaded machine; each test is a few seconds of its own.
test.describe.configure({ timeout: 120_000 })

const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })

/** Types into a type-to-find field and picks the first match with Enter, as a keyboard user does. */
async function pick(page: Page, label: string, typed: string, expected: string) {
  const field = page.getByRole('combobox', { name: label })
  await tabTo(field)
  await page.keyboard.type(typed)
  await expect(page.getByRole('option', { name: new RegExp(expected) })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(field).toHaveValue(expected)
}

/** Replaces a text field's value from the keyboard. */
async function typeInto(page: Page, label: string, typed: string) {
  await page.getByLabel(label, { exact: true }).focus()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(typed)
}

/** Replaces a text field's value from the keyboard and saves with Enter. */
async function typeAndSave(page: Page, label: string, typed: string) {
  await typeInto(page, label, typed)
  await page.keyboard.press('Enter')
}

test('a money pledge in three monthly instalments, by keyboard alone, bad input refused', async ({ page, harness }) => {
  await seedGalangDaya(harness)
  await useEnglish(page, harness)
  await page.goto(`${harness.url}#/galangDaya/pledge/new`)
  await expect(heading(page, 'Record a pledge')).toBeFocused()

  await pick(page, 'Supporter', 'Bank', 'Bank Jatim Cabang Madiun')
  await pick(page, 'Initiative', 'Air bersih', 'Air bersih Desa Sukorejo')
  // Choosing the need it answers suggests the form of support.
  await tabTo(page.getByLabel('Need it answers (optional)'))
  await page.keyboard.press('ArrowDown')
  await expect(page.getByLabel('Form of support')).toHaveValue('funds')

  const rupiahMessage = 'Enter the rupiah amount as a whole number above 0 (no cents, not negative).'
  for (const bad of ['-3.000.000', '1.500,50']) {
    await typeAndSave(page, 'Amount (Rp)', bad)
    await expect(page.getByLabel('Amount (Rp)')).toBeFocused()
    await expect(page.getByLabel('Amount (Rp)')).toHaveAccessibleDescription(
      new RegExp(rupiahMessage.replace(/[().]/g, '\\$&')),
    )
  }
  await typeInto(page, 'Amount (Rp)', '3.000.000')
  await tabTo(page.getByLabel('Schedule'))
  await page.keyboard.press('ArrowDown')
  await expect(page.getByLabel('Schedule')).toHaveValue('instalments')
  await typeAndSave(page, 'First instalment due', daysFromToday(-1))
  await expect(page.getByLabel('First instalment due')).toBeFocused()
  await expect(page.getByLabel('First instalment due')).toHaveAccessibleDescription(
    /The due date cannot be before the pledge date\./,
  )
  await typeInto(page, 'First instalment due', monthsFromToday(1))
  await typeAndSave(page, 'Number of instalments', '0')
  await expect(page.getByLabel('Number of instalments')).toBeFocused()
  await expect(page.getByLabel('Number of instalments')).toHaveAccessibleDescription(
    'The number of instalments must be a whole number from 1 to 120.',
  )
  expect((await harness.registry.invoke('pledges:list', {})) as { value: unknown[] }).toMatchObject({ value: [] })

  // The schedule is shown before saving: three months, Rp 1.000.000 each.
  await typeInto(page, 'Number of instalments', '3')
  const plan = page.getByRole('table', { name: 'Instalment schedule' })
  await expect(plan.getByRole('row')).toHaveCount(4)
  await expect(plan.getByRole('row').nth(3)).toContainText(formatDay(monthsFromToday(3), 'en'))
  await expect(plan.getByRole('row').nth(3)).toContainText('Rp 1.000.000')
  await expectAccessible(page)
  await page.getByLabel('Number of instalments').press('Enter')

  await expect(heading(page, 'Pledge from Bank Jatim Cabang Madiun')).toBeFocused()
  await expect(page.getByText('Funds: Rp 3.000.000')).toBeVisible()
  await expect(page.locator('.pledge-status')).toHaveText('promised')
  await expect(page.getByRole('table', { name: 'Instalment schedule' }).getByRole('row')).toHaveCount(4)
})

test('a goods pledge from the supporter, then "save and record another" keeps who and for what', async ({
  page,
  harness,
}) => {
  const ids = await seedGalangDaya(harness)
  await useEnglish(page, harness)
  await page.goto(`${harness.url}#/galangDaya/pledge/new/supporter/${ids.cement}`)
  await expect(page.getByRole('combobox', { name: 'Supporter' })).toHaveValue('PT Semen Gresik')
  await pick(page, 'Initiative', 'Sukorejo', 'Air bersih Desa Sukorejo')
  await tabTo(page.getByLabel('Need it answers (optional)'))
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(page.getByLabel('Form of support')).toHaveValue('goods')
  await expect(page.getByLabel('Unit')).toHaveValue('sak')
  await tabTo(page.getByLabel('Quantity'))
  await page.keyboard.type('200')
  await tabTo(page.getByLabel('Estimated value (Rp, optional)'))
  await page.keyboard.type('12.000.000')
  await tabTo(page.getByRole('button', { name: 'Save and record another' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status')).toContainText('Pledge from PT Semen Gresik saved.')
  await expect(page.getByRole('combobox', { name: 'Supporter' })).toHaveValue('PT Semen Gresik')
  await expect(page.getByRole('combobox', { name: 'Initiative' })).toHaveValue('Air bersih Desa Sukorejo')
  await expect(page.getByLabel('Form of support')).toHaveValue('')

  await page.getByRole('link', { name: 'Open the saved pledge' }).click()
  await expect(page.getByText('Goods/facilities: 200 sak')).toBeVisible()
  await expect(page.getByText('≈ Rp 12.000.000')).toBeVisible()
})

test('fulfilments move the status and progress, over-fulfilment shows, and a pledge is cancelled with a reason', async ({
  page,
  harness,
}) => {
  const ids = await seedGalangDaya(harness)
  const pledgedOn = daysFromToday(-10)
  const pledge = await seedFundsPledge(
    harness,
    { initiativeId: ids.initiativeId, supporterId: ids.bank },
    { rupiah: 3_000_000, pledgedOn, dueOn: monthsFromToday(1) },
  )
  await page.goto(`${harness.url}#/galangDaya/pledge/${pledge.id}`)
  await expect(heading(page, 'Janji Bank Jatim Cabang Madiun')).toBeFocused()
  await expect(page.locator('.pledge-status')).toHaveText('dijanjikan')
  await expect(page.getByLabel('Tanggal diterima')).toHaveValue(today().split('-').reverse().join('/'))

  // Received before it was pledged: refused at the date, nothing saved.
  await typeAndSave(page, 'Tanggal diterima', daysFromToday(-11))
  await expect(page.getByLabel('Tanggal diterima')).toHaveAccessibleDescription(
    new RegExp(`Isi jumlah rupiah|Tanggal penerimaan tidak boleh sebelum tanggal janji \\(${formatDay(pledgedOn)}\\)`),
  )
  await typeAndSave(page, 'Jumlah (Rp)', '1.000.000')
  await expect(page.getByLabel('Tanggal diterima')).toBeFocused()
  await expect(page.getByLabel('Tanggal diterima')).toHaveAccessibleDescription(
    new RegExp(`Tanggal penerimaan tidak boleh sebelum tanggal janji \\(${formatDay(pledgedOn)}\\)`),
  )
  await expect(page.getByText('Belum ada penerimaan untuk janji ini.')).toBeVisible()

  // An evidence photo goes with it, shown as a thumbnail beside its receipt.
  await page.getByLabel('Foto atau pindaian bukti (pilihan)').setInputFiles({
    name: 'bukti.png',
    mimeType: 'image/png',
    buffer: Buffer.from(ONE_PIXEL_PNG, 'base64'),
  })
  await expect(page.getByLabel('Foto atau pindaian bukti (pilihan)')).toHaveAccessibleDescription(
    'Foto bukti terlampir.',
  )
  await typeAndSave(page, 'Tanggal diterima', today())
  await expect(page.getByRole('status').filter({ hasText: /Penerimaan .* tersimpan\./ })).toBeFocused()
  await expect(page.locator('.pledge-status')).toHaveText('sebagian terpenuhi')
  await expect(page.getByText('Terpenuhi Rp 1.000.000 dari Rp 3.000.000')).toBeVisible()
  await expect(page.locator('progress')).toHaveJSProperty('value', 1_000_000)
  await expect(page.getByRole('img', { name: /^Foto bukti penerimaan / })).toBeVisible()

  await typeAndSave(page, 'Jumlah (Rp)', '2.500.000')
  await expect(page.locator('.pledge-status')).toHaveText('terpenuhi')
  await expect(page.getByText('Melebihi janji sebesar Rp 500.000.')).toBeVisible()
  await expect(page.getByRole('row')).toHaveCount(3)
  await expectAccessible(page)

  await tabTo(page.getByRole('button', { name: 'Batalkan janji' }))
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Batalkan janji ini?' })
  await expect(dialog.getByLabel('Alasan pembatalan')).toBeFocused()
  await dialog.getByRole('button', { name: 'Batalkan janji' }).click()
  await expect(dialog.getByLabel('Alasan pembatalan')).toHaveAccessibleDescription('Tuliskan alasan pembatalan.')
  await dialog.getByLabel('Alasan pembatalan').fill('Anggaran perusahaan dipangkas.')
  await dialog.getByRole('button', { name: 'Batalkan janji' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(page.locator('.pledge-status')).toHaveText('dibatalkan')
  await expect(page.getByText(`Dibatalkan pada ${formatDay(today())}: Anggaran perusahaan dipangkas.`)).toBeVisible()
  await expect(page.getByText('Janji ini sudah dibatalkan: penerimaan tidak dapat dicatat lagi.')).toBeVisible()
})

test('the overdue view lists pledges past due, the longest overdue first', async ({ page, harness }) => {
  const ids = await seedGalangDaya(harness)
  await useEnglish(page, harness)
  await page.goto(`${harness.url}#/galangDaya/overdue`)
  await expect(heading(page, 'Overdue pledges')).toBeFocused()
  await expect(page.getByText('No pledge is overdue.')).toBeVisible()

  const initiativeId = ids.initiativeId
  await seedFundsPledge(
    harness,
    { initiativeId, supporterId: ids.cement },
    { rupiah: 2_000_000, pledgedOn: daysFromToday(-40), dueOn: daysFromToday(-5) },
  )
  const longest = await seedFundsPledge(
    harness,
    { initiativeId, supporterId: ids.bank },
    { rupiah: 1_250_000, pledgedOn: daysFromToday(-40), dueOn: daysFromToday(-12) },
  )
  await seedFundsPledge(
    harness,
    { initiativeId, supporterId: ids.bank },
    { rupiah: 5_000_000, pledgedOn: today(), dueOn: daysFromToday(20) },
  )
  await page.reload()
  const rows = page.getByRole('table', { name: 'Overdue pledges' }).getByRole('row')
  await expect(rows).toHaveCount(3)
  await expect(rows.nth(1)).toContainText('Bank Jatim Cabang Madiun')
  await expect(rows.nth(1)).toContainText('Rp 1.250.000')
  await expect(rows.nth(1)).toContainText(`${formatDay(daysFromToday(-12), 'en')}12 days overdue`)
  await expect(rows.nth(2)).toContainText('5 days overdue')
  await expectAccessible(page)
  await tabTo(page.getByRole('link', { name: 'Open the pledge of Bank Jatim Cabang Madiun' }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/galangDaya/pledge/${longest.id}$`))
  await expect(heading(page, 'Pledge from Bank Jatim Cabang Madiun')).toBeFocused()
  await expect(page.locator('.pledge-status')).toHaveText('overdue')
})

test('a fee rate change leaves an earlier fulfilment its fee', async ({ page, harness }) => {
  const ids = await seedGalangDaya(harness)
  await useEnglish(page, harness)
  await page.goto(`${harness.url}#/galangDaya/fees`)
  await expect(heading(page, 'Management fees')).toBeFocused()
  await expect(page.getByText('changing a rate never rewrites fulfilments already recorded')).toBeVisible()

  await tabTo(page.getByRole('button', { name: 'Add rate' }))
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Provincial share (%)')).toHaveValue('75')
  await typeAndSave(page, 'Rate (%)', '150')
  await expect(page.getByLabel('Effective from')).toBeFocused()
  await expect(page.getByLabel('Rate (%)')).toHaveAccessibleDescription(/between 0 and 10,000 basis points/)
  await typeAndSave(page, 'Effective from', daysFromToday(-60))
  await expect(page.getByLabel('Rate (%)')).toBeFocused()
  await typeAndSave(page, 'Rate (%)', '5')
  const rates = page.getByRole('table', { name: 'Rates' })
  await expect(rates.getByRole('row').nth(1)).toContainText('5%')
  await expect(rates.getByRole('row').nth(1)).toContainText('75%')

  const pledge = await seedFundsPledge(
    harness,
    { initiativeId: ids.initiativeId, supporterId: ids.bank },
    { rupiah: 1_000_000, pledgedOn: daysFromToday(-30), dueOn: null },
  )
  await harness.registry.invoke('pledges:createFulfilment', {
    pledgeId: pledge.id,
    receivedOn: daysFromToday(-20),
    rupiah: 1_000_000,
  })

  await page.reload()
  // Raising the rate afterwards does not touch what was already received.
  await page.getByRole('button', { name: `Edit the rate from ${formatDay(daysFromToday(-60), 'en')}` }).click()
  await typeAndSave(page, 'Rate (%)', '10')
  await expect(rates.getByRole('row').nth(1)).toContainText('10%')
  const totals = page.getByRole('table', { name: 'Funds mobilised' })
  await expect(totals.getByRole('row', { name: /Air bersih Desa Sukorejo/ })).toContainText(
    'Rp 1.000.000Rp 0Rp 50.000Rp 37.500',
  )
  await expectAccessible(page)

  await page.goto(`${harness.url}#/galangDaya/pledge/${pledge.id}`)
  await expect(page.getByText('Rp 50.000 (5%), provincial share Rp 37.500')).toBeVisible()
})

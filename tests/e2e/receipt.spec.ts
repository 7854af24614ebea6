import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PrintedFile } from '../../src/shared/printing'
import { hasPdftotext } from '../../scripts/harness/pdf-text'
import type { Harness } from '../../scripts/harness/server'
import { expect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'
import { seedFulfilment, seedFundsPledge, seedInitiative, seedSupporter, value } from './pledges-seed'
import { useEnglish } from './records-seed'

test.use({ hubSetup: jawaTimurHub })
test.slow()

/** A money pledge of PT Sumber Rejeki to an initiative, received in full on 18 Mei 2025. */
async function receivedFunds(harness: Harness) {
  const initiative = await seedInitiative(harness)
  const supporterId = await seedSupporter(harness, { name: 'PT Sumber Rejeki', contactPerson: 'Bambang Hartono' })
  const pledge = await seedFundsPledge(
    harness,
    { supporterId, initiativeId: initiative.id },
    { rupiah: 1_250_000, pledgedOn: '2025-05-01', dueOn: '2025-05-31' },
  )
  const fulfilled = await seedFulfilment(harness, {
    pledgeId: pledge.id,
    receivedOn: '2025-05-18',
    rupiah: 1_250_000,
    evidenceReference: 'Transfer BRI 0457',
  })
  const [fulfilment] = fulfilled.fulfilments
  if (!fulfilment) throw new Error('no fulfilment saved')
  return fulfilment
}

test('the receipt page: drawn alone, in Indonesian, ready to print, and printed to a PDF that reads the same', async ({
  page,
  harness,
}) => {
  const fulfilment = await receivedFunds(harness)
  await page.goto(`${harness.url}#/print/receipt/${fulfilment.id}`)
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true')
  await expect(page.getByRole('navigation')).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1, name: 'Tanda Terima' })).toBeVisible()
  const sheet = page.getByRole('article', { name: 'Tanda Terima' })
  await expect(sheet).toContainText('Forum OMS Jawa Timur')
  await expect(sheet).toContainText(`Nomor${fulfilment.receiptNumber}`)
  await expect(sheet).toContainText('Tanggal diterima18 Mei 2025')
  await expect(sheet).toContainText('Telah diterima dariPT Sumber Rejeki, u.p. Bambang Hartono')
  await expect(sheet).toContainText('Untuk inisiatifAir bersih Desa Sukorejo, Kabupaten Madiun')
  await expect(sheet).toContainText('BerupaDana — Rp 1.250.000')
  await expect(sheet).toContainText('SenilaiRp 1.250.000')
  await expect(sheet).toContainText('BuktiTransfer BRI 0457')
  await expect(sheet).toContainText('Yang menerima,Sri Wahyuni')
  await expectAccessible(page)

  test.skip(!hasPdftotext, 'pdftotext not found (apt-get install poppler-utils)')
  const folder = mkdtempSync(join(tmpdir(), 'lokadaya-receipt-'))
  try {
    harness.dialogs.answerSave(join(folder, 'tanda-terima.pdf'))
    const printed = value<PrintedFile>(
      await harness.registry.invoke('pledges:printReceipt', { fulfilmentId: fulfilment.id }),
      'the printed receipt',
    )
    expect(printed.file).toBe('tanda-terima.pdf')
    expect(harness.dialogs.asked.at(-1)).toEqual({
      kind: 'pdf',
      suggestedName: `Tanda-terima-${fulfilment.receiptNumber.replaceAll('/', '-')}.pdf`,
    })
    const text = execFileSync('pdftotext', ['-layout', join(folder, 'tanda-terima.pdf'), '-'], { encoding: 'utf8' })
    for (const expected of ['Forum OMS Jawa Timur', fulfilment.receiptNumber, 'PT Sumber Rejeki', 'Rp 1.250.000'])
      expect(text).toContain(expected)
    expect(execFileSync('pdfinfo', [join(folder, 'tanda-terima.pdf')], { encoding: 'utf8' })).toMatch(/\(A5\)/)

    // The same from the pledge's page, by keyboard: the button says which file it wrote.
    await page.goto(`${harness.url}#/galangDaya/pledge/${fulfilment.pledgeId}`)
    const print = page.getByRole('button', { name: 'Cetak tanda terima' })
    await tabTo(print)
    harness.dialogs.answerSave(join(folder, 'salinan.pdf'))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: 'salinan.pdf' })).toHaveText(
      /^Tanda terima disimpan sebagai salinan\.pdf \(\d+ KB\)\.$/,
      { timeout: 30_000 }, // printing opens the page afresh and waits until it is drawn
    )
    expect(execFileSync('pdftotext', [join(folder, 'salinan.pdf'), '-'], { encoding: 'utf8' })).toContain(
      fulfilment.receiptNumber,
    )
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})

test('the receipt in English, and a receipt that cannot be read says so instead of printing', async ({
  page,
  harness,
}) => {
  const fulfilment = await receivedFunds(harness)
  await useEnglish(page, harness)
  await page.goto(`${harness.url}#/print/receipt/${fulfilment.id}`)
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true')
  const sheet = page.getByRole('article', { name: 'Receipt' })
  await expect(sheet).toContainText('Received on18 May 2025')
  await expect(sheet).toContainText('Received fromPT Sumber Rejeki, attn. Bambang Hartono')
  await expect(sheet).toContainText('Consisting ofFunds — Rp 1.250.000')
  await expect(sheet).toContainText('Received by,Sri Wahyuni')

  await page.goto(`${harness.url}#/print/receipt/0190a6c0-0000-7000-8000-0000000000ff`)
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'error')
  await expect(page.getByRole('alert')).toContainText('This receipt cannot be shown:')
  await expectAccessible(page)
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { PledgeDetail } from '../../shared/pledges'
import type { PrintedFile } from '../../shared/printing'
import { ok, saved } from '../members/records/testing'
import { galangDaya } from '../pledges/testing'
import { scriptedDialogs } from '../testing/dialogs'

/** A hub with one money fulfilment, a scripted save dialog and a printer that records what it printed. */
async function receiptToPrint() {
  const context = await galangDaya()
  const { registry, services } = context
  const supporterId = saved(
    await registry.invoke('supporters:create', { name: 'PT Sumber Rejeki', kind: 'company', allowDuplicates: true }),
  )
  const pledge = ok<PledgeDetail>(
    await registry.invoke('pledges:create', {
      supporterId,
      initiativeId: context.initiativeId,
      form: 'funds',
      rupiah: 1_250_000,
      pledgedOn: '2026-03-01',
      dueOn: '2026-03-31',
    }),
  )
  const fulfilled = ok<PledgeDetail>(
    await registry.invoke('pledges:createFulfilment', {
      pledgeId: pledge.id,
      receivedOn: '2026-03-20',
      rupiah: 1_250_000,
    }),
  )
  const fulfilment = fulfilled.fulfilments[0]
  if (!fulfilment) throw new Error('the fulfilment was not saved')
  const dialogs = scriptedDialogs()
  const printer = { printPage: vi.fn(async () => Buffer.from('%PDF-1.7 tanda terima')) }
  services.files = dialogs
  services.printer = printer
  return { ...context, fulfilment, dialogs, printer }
}

describe('pledges:printReceipt', () => {
  it("prints the fulfilment's receipt page to the file chosen, offered under its number", async () => {
    const { registry, fulfilment, dialogs, printer, directory } = await receiptToPrint()
    dialogs.answerSave(join(directory, 'tt.pdf'))
    const printed = ok<PrintedFile>(await registry.invoke('pledges:printReceipt', { fulfilmentId: fulfilment.id }))
    expect(printed).toEqual({ file: 'tt.pdf', bytes: 21 })
    expect(printer.printPage).toHaveBeenCalledWith(`/print/receipt/${fulfilment.id}`)
    const number = fulfilment.receiptNumber.replaceAll('/', '-')
    expect(number).toMatch(/^TT-35-2026-[0-9A-F]{8}-0001$/)
    expect(dialogs.asked).toEqual([{ kind: 'pdf', suggestedName: `Tanda-terima-${number}.pdf` }])
    expect(readFileSync(join(directory, 'tt.pdf'), 'latin1')).toBe('%PDF-1.7 tanda terima')
  })

  it('answers null when the dialog is cancelled, and refuses a fulfilment that does not exist before asking', async () => {
    const { registry, fulfilment, dialogs, printer } = await receiptToPrint()
    expect(ok(await registry.invoke('pledges:printReceipt', { fulfilmentId: fulfilment.id }))).toBeNull()
    const missing = await registry.invoke('pledges:printReceipt', {
      fulfilmentId: '01900000-0000-7000-8000-0000000000ff',
    })
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(dialogs.asked).toHaveLength(1)
    expect(printer.printPage).not.toHaveBeenCalled()
  })
})

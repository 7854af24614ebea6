import { describe, expect, it } from 'vitest'
import {
  createFeeRateInput,
  createFulfilmentInput,
  createPledgeInput,
  createSupporterInput,
} from '../../shared/pledges'
import { syncDigest } from '../sync/digest'
import { exportFrom, importInto, joinInstance, newInstance, trust, type Instance } from '../sync/testing'
import { createFeeRate } from './fee-rates'
import { createFulfilment } from './fulfilment-service'
import { createPledge } from './pledge-service'
import { supporterDetail } from './queries'
import { createSupporter } from './supporters'
import { addInitiative } from './testing'

const savedSupporter = (instance: Instance, values: Record<string, unknown>) => {
  const result = createSupporter(instance.database, createSupporterInput.parse({ kind: 'company', ...values }))
  if (!result.saved) throw new Error('expected a save')
  return result.id
}
const receive = (instance: Instance, pledgeId: string, rupiah: number) =>
  createFulfilment(instance.database, createFulfilmentInput.parse({ pledgeId, receivedOn: '2026-10-20', rupiah }))
const receiptNumbers = (instance: Instance) =>
  instance.database.sqlite
    .prepare('SELECT receipt_number FROM fulfilments ORDER BY receipt_number')
    .pluck()
    .all() as string[]

describe('Galang Daya between instances', () => {
  it('numbers receipts apart on two PCs of one hub, and both converge on every pledge and fulfilment', async () => {
    const secretariat = await newInstance('Forum OMS Jawa Timur', '35')
    const { initiativeId } = addInitiative(secretariat.database)
    const supporterId = savedSupporter(secretariat, { name: 'PT Sumber Rejeki' })
    createFeeRate(secretariat.database, createFeeRateInput.parse({ effectiveFrom: '2026-01-01', rateBp: 500 }))
    const pledge = createPledge(
      secretariat.database,
      createPledgeInput.parse({ supporterId, initiativeId, form: 'funds', rupiah: 9_000_000, pledgedOn: '2026-10-01' }),
    )
    const laptop = await joinInstance(secretariat, 'laptop pelatih')
    for (const instance of [secretariat, laptop, secretariat, laptop]) receive(instance, pledge.id, 1_000_000)
    const [ours, theirs] = [receiptNumbers(secretariat), receiptNumbers(laptop)]
    expect(ours).toHaveLength(2)
    expect(theirs).toHaveLength(2)
    expect(new Set([...ours, ...theirs]).size).toBe(4)

    expect(importInto(laptop, await exportFrom(secretariat)).outcome).toBe('accepted')
    expect(importInto(secretariat, await exportFrom(laptop)).outcome).toBe('accepted')
    expect(receiptNumbers(secretariat)).toEqual(receiptNumbers(laptop))
    expect(syncDigest(secretariat.database)).toBe(syncDigest(laptop.database))
    const onLaptop = supporterDetail(laptop.database, supporterId)
    expect(onLaptop).toMatchObject({ fundsReceived: 4_000_000, pledges: [{ progress: { status: 'partial' } }] })
    expect(onLaptop.pledges[0]?.fulfilments.map((f) => f.feeRupiah)).toEqual([50_000, 50_000, 50_000, 50_000])
    // A third receipt on the secretariat counts on from its own numbers, not the laptop's.
    receive(secretariat, pledge.id, 1)
    const third = receiptNumbers(secretariat).filter((n) => !receiptNumbers(laptop).includes(n))
    expect(third).toEqual([ours[1]?.replace(/0002$/, '0003')])
  })

  it('reaches the national instance, a supporter without consent without their contact details', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const national = await newInstance('Sekretariat Nasional', null)
    await trust(national, jatim)
    const { initiativeId, goodsNeed } = addInitiative(jatim.database)
    createFeeRate(jatim.database, createFeeRateInput.parse({ effectiveFrom: '2026-01-01', rateBp: 650 }))
    const withConsent = savedSupporter(jatim, {
      name: 'PT Sumber Rejeki',
      phone: '0812-1111-2222',
      consent: true,
      consentOn: '2026-10-01',
    })
    const without = savedSupporter(jatim, {
      name: 'Bu Wati',
      kind: 'individual',
      phone: '0812-3333-4444',
      address: 'Jl. Mawar 1',
    })
    const pledge = createPledge(
      jatim.database,
      createPledgeInput.parse({
        supporterId: without,
        initiativeId,
        needId: goodsNeed,
        form: 'goods',
        quantity: 40,
        unit: 'sak',
        valuationRupiah: 2_600_000,
        pledgedOn: '2026-10-01',
      }),
    )
    createFulfilment(
      jatim.database,
      createFulfilmentInput.parse({
        pledgeId: pledge.id,
        receivedOn: '2026-10-15',
        quantity: 40,
        valuationRupiah: 2_600_000,
      }),
    )
    const imported = importInto(national, await exportFrom(jatim))
    expect(imported).toMatchObject({ outcome: 'accepted' })
    const contact = (id: string) =>
      national.database.sqlite
        .prepare('SELECT phone, address, name_key AS nameKey FROM supporters WHERE id = ?')
        .get(id)
    expect(contact(withConsent)).toEqual({ phone: '+6281211112222', address: null, nameKey: 'sumber rejeki' })
    expect(contact(without)).toEqual({ phone: null, address: null, nameKey: 'wati' })
    expect(supporterDetail(national.database, without)).toMatchObject({
      inKindValuation: 2_600_000,
      pledges: [{ form: 'goods', progress: { status: 'fulfilled' }, fulfilments: [{ quantity: 40 }] }],
    })
    expect(national.database.sqlite.prepare('SELECT rate_bp FROM fee_rates').pluck().all()).toEqual([650])
  })
})

import { describe, expect, it } from 'vitest'
import type { PledgeDetail } from '../../shared/pledges'
import { ok, saved } from '../members/records/testing'
import {
  dashboardOf,
  drillOf,
  expectChanged,
  labelsOf,
  reportsFixture,
  rowsOf,
  valuesOf,
  type ReportsContext,
} from './testing'

// The dataset's story, and who is who, is told in ./testing.ts.

const galangDayaKeys = [
  'initiatives.all',
  'pledges.all',
  'pledges.fundsPledged',
  'pledges.fundsReceived',
  'pledges.inKindValue',
  'pledges.volunteerHours',
  'pledges.fulfilled',
  'pledges.overdue',
  'pledges.fee',
  'pledges.provincialShare',
  'governments.engaged',
] as const

const galangDayaOf = async ({ registry }: ReportsContext, filter = {}) => {
  const values = await valuesOf(registry, filter)
  return galangDayaKeys.map((key) => values[key])
}

const statusOf = async ({ registry }: ReportsContext, id: string) =>
  ok<PledgeDetail>(await registry.invoke('pledges:get', { id })).progress.status

describe('Galang Daya indicators', () => {
  it('sum pledges and what came in, in a period, a place, a form', async () => {
    const context = await reportsFixture()
    // I1–I3; P1–P6; funds pledged 10 + 20 + 3 million; received 4 + 6 + 5 million; valued in kind 2 million +
    // 400 thousand; 8 hours; fulfilled P1, P3; overdue P2, P6; fee 5% of 15 million, 75% of it the province's;
    // governments Pemkab Madiun and Dinas Perikanan.
    const unfiltered = [3, 6, 33_000_000, 15_000_000, 2_400_000, 8, 2, 2, 750_000, 562_500, 2]
    expect(await galangDayaOf(context)).toEqual(unfiltered)
    // March: I1 and I2 under way; P2 pledged (Pemkab); F1 received. Overdue is a state, whenever pledged.
    expect(await galangDayaOf(context, { from: '2026-03-01', to: '2026-03-31' })).toEqual([
      2, 1, 20_000_000, 4_000_000, 0, 0, 0, 2, 200_000, 150_000, 1,
    ])
    // January: no initiative under way yet; P6 pledged.
    expect(await galangDayaOf(context, { from: '2026-01-01', to: '2026-01-31' })).toEqual([
      0, 1, 3_000_000, 0, 0, 0, 0, 2, 0, 0, 0,
    ])
    // Kabupaten Madiun: I1 and its P1, P2, P3, P6; Pemkab has its own place there.
    expect(await galangDayaOf(context, { regencyCode: '35.19' })).toEqual([
      1, 4, 33_000_000, 15_000_000, 2_000_000, 0, 2, 2, 750_000, 562_500, 1,
    ])
    // Kabupaten Pacitan: I2 and its P4, P5; Dinas Perikanan has no place, so it is where I2 is.
    expect(await galangDayaOf(context, { regencyCode: '35.01' })).toEqual([1, 2, 0, 0, 400_000, 8, 0, 0, 0, 0, 1])
    // Funds: I1 and I3 need them; P1, P2, P6.
    expect(await galangDayaOf(context, { form: 'funds' })).toEqual([
      2, 3, 33_000_000, 15_000_000, 0, 0, 1, 2, 750_000, 562_500, 1,
    ])
    expect(await galangDayaOf(context, { form: 'time' })).toEqual([1, 1, 0, 0, 400_000, 8, 0, 0, 0, 0, 1])
    // An aspect does not narrow Galang Daya.
    expect(await galangDayaOf(context, { aspect: 'financial_resilience' })).toEqual(unfiltered)
  })

  it('give the fulfilment rate and the provincial share of fees', async () => {
    const { registry } = await reportsFixture()
    // 2 of 6 pledges fulfilled; 562,500 of 750,000.
    expect((await dashboardOf(registry)).shares).toMatchObject({ fulfilmentPercent: 33.3, provincialSharePercent: 75 })
    expect((await dashboardOf(registry, { from: '2026-03-01', to: '2026-03-31' })).shares).toMatchObject({
      fulfilmentPercent: 0,
      provincialSharePercent: 75,
    })
    expect((await dashboardOf(registry, { form: 'time' })).shares).toMatchObject({
      fulfilmentPercent: 0,
      provincialSharePercent: null,
    })
  })

  it('set pledged against received per form, each in its own measure', async () => {
    const { registry } = await reportsFixture()
    const funds = { form: 'funds', pledges: 3, fulfilled: 1, pledged: 33_000_000, received: 15_000_000, valuation: 0 }
    // Sak, kg and units do not add up: goods are compared by their value only.
    const goods = { form: 'goods', pledges: 1, fulfilled: 1, pledged: null, received: null, valuation: 2_000_000 }
    // 2 people × 10 hours pledged, 8 hours given.
    const time = { form: 'time', pledges: 1, fulfilled: 0, pledged: 20, received: 8, valuation: 400_000 }
    const cooperation = { form: 'cooperation', pledges: 1, fulfilled: 0, pledged: null, received: null, valuation: 0 }
    expect((await dashboardOf(registry)).forms).toEqual([funds, goods, time, cooperation])
    expect((await dashboardOf(registry, { form: 'funds' })).forms).toEqual([funds])
    expect((await dashboardOf(registry, { regencyCode: '35.01' })).forms).toEqual([time, cooperation])
    // Pledged in March: P2, with what came in on it since (F3, in April).
    expect((await dashboardOf(registry, { from: '2026-03-01', to: '2026-03-31' })).forms).toEqual([
      { form: 'funds', pledges: 1, fulfilled: 0, pledged: 20_000_000, received: 5_000_000, valuation: 0 },
    ])
  })

  it('split by status, form, month and place', async () => {
    const { registry } = await reportsFixture()
    expect(await rowsOf(registry, 'pledges.all', 'status')).toEqual([
      ['fulfilled', null, 2, 2],
      ['overdue', null, 2, 2],
      ['partial', null, 1, 1],
      ['promised', null, 1, 1],
    ])
    expect(await rowsOf(registry, 'pledges.all', 'form')).toEqual([
      ['funds', null, 3, 3],
      ['cooperation', null, 1, 1],
      ['goods', null, 1, 1],
      ['time', null, 1, 1],
    ])
    expect(await rowsOf(registry, 'pledges.fundsReceived', 'month')).toEqual([
      ['2026-04', null, 11_000_000, 2],
      ['2026-03', null, 4_000_000, 1],
    ])
    expect(await rowsOf(registry, 'pledges.inKindValue', 'form')).toEqual([
      ['goods', null, 2_000_000, 1],
      ['time', null, 400_000, 1],
    ])
    expect(await rowsOf(registry, 'initiatives.all', 'status')).toEqual([
      ['published', null, 2, 2],
      ['draft', null, 1, 1],
    ])
    expect(await rowsOf(registry, 'governments.engaged', 'regency')).toEqual([
      ['35.01', 'Kabupaten Pacitan', 1, 1],
      ['35.19', 'Kabupaten Madiun', 1, 1],
    ])
  })

  it('count a cancelled pledge nowhere, but keep the money that came in before', async () => {
    const context = await reportsFixture()
    const { registry } = context
    const before = await valuesOf(registry)
    const input = { name: 'Pemkot Madiun', kind: 'government', regencyCode: '35.77', allowDuplicates: true }
    const pemkot = saved(await registry.invoke('supporters:create', input))
    const terms = { form: 'funds', rupiah: 8_000_000, pledgedOn: '2026-05-04', dueOn: '2026-05-31' }
    const pledge = ok<PledgeDetail>(
      await registry.invoke('pledges:create', { supporterId: pemkot, initiativeId: context.initiatives.i1, ...terms }),
    )
    ok(
      await registry.invoke('pledges:createFulfilment', {
        pledgeId: pledge.id,
        receivedOn: '2026-05-06',
        rupiah: 2_000_000,
      }),
    )
    // 2 million in, fee 100,000, the province's 75,000.
    const received = { 'pledges.fundsReceived': 17_000_000, 'pledges.fee': 850_000, 'pledges.provincialShare': 637_500 }
    expectChanged(before, await valuesOf(registry), {
      'pledges.all': 7,
      'pledges.fundsPledged': 41_000_000,
      'governments.engaged': 3,
      ...received,
    })
    ok(await registry.invoke('pledges:cancel', { id: pledge.id, reason: 'Anggaran dialihkan' }))
    expect(await statusOf(context, pledge.id)).toBe('cancelled')
    expectChanged(before, await valuesOf(registry), received)
    expect(await labelsOf(registry, 'governments.engaged')).toEqual(['Dinas Perikanan', 'Pemkab Madiun'])
    expect((await rowsOf(registry, 'pledges.all', 'status')).map(([bucket]) => bucket)).not.toContain('cancelled')
    // Pledged against received reads pledges not cancelled: the 2 million is not in it.
    expect((await dashboardOf(registry, { form: 'funds' })).forms).toMatchObject([
      { pledges: 3, pledged: 33_000_000, received: 15_000_000 },
    ])
  })

  it('drop a deleted pledge and its fulfilments from every number', async () => {
    const context = await reportsFixture()
    const { registry } = context
    const before = await valuesOf(registry)
    ok(await registry.invoke('pledges:delete', { id: context.pledges.p4 }))
    // P4 was Dinas Perikanan's only pledge, with F5: 8 hours valued 400,000.
    expectChanged(before, await valuesOf(registry), {
      'pledges.all': 5,
      'pledges.inKindValue': 2_000_000,
      'pledges.volunteerHours': 0,
      'governments.engaged': 1,
    })
    expect((await dashboardOf(registry)).forms.map((row) => row.form)).toEqual(['funds', 'goods', 'cooperation'])
  })

  it('drop a deleted fulfilment, the pledge it fulfilled overdue again', async () => {
    const context = await reportsFixture()
    const { registry } = context
    const before = await valuesOf(registry)
    ok(await registry.invoke('pledges:deleteFulfilment', { id: context.fulfilments.f2 }))
    // P1 keeps F1's 4 million of 10, due 31-03.
    expect(await statusOf(context, context.pledges.p1)).toBe('overdue')
    expectChanged(before, await valuesOf(registry), {
      'pledges.fundsReceived': 9_000_000,
      'pledges.fulfilled': 1,
      'pledges.overdue': 3,
      'pledges.fee': 450_000,
      'pledges.provincialShare': 337_500,
    })
  })

  it('count as overdue and fulfilled exactly the pledges the pledge pages show so, as days pass', async () => {
    const context = await reportsFixture()
    const { registry } = context
    const { p1, p2, p3, p4, p5, p6 } = context.pledges
    const statuses = async () => Promise.all([p1, p2, p3, p4, p5, p6].map((id) => statusOf(context, id)))
    const idsOf = async (key: 'pledges.overdue' | 'pledges.fulfilled') =>
      (await drillOf(registry, key)).rows.map((row) => row.id).sort()
    expect(await statuses()).toEqual(['fulfilled', 'overdue', 'fulfilled', 'partial', 'promised', 'overdue'])
    expect(await idsOf('pledges.overdue')).toEqual([p2, p6].sort())
    expect(await idsOf('pledges.fulfilled')).toEqual([p1, p3].sort())
    // 1 Juni 2026: P4's due day (31-05) has passed with 8 of 20 hours given.
    context.clock.now = Date.parse('2026-06-01T03:00:00Z')
    expect(await statuses()).toEqual(['fulfilled', 'overdue', 'fulfilled', 'overdue', 'promised', 'overdue'])
    expect(await idsOf('pledges.overdue')).toEqual([p2, p4, p6].sort())
    expect(await labelsOf(registry, 'pledges.overdue')).toEqual([
      'Dinas Perikanan',
      'Pemkab Madiun',
      'PT Sumber Rejeki',
    ])
    expect(await rowsOf(registry, 'pledges.all', 'status')).toEqual([
      ['overdue', null, 3, 3],
      ['fulfilled', null, 2, 2],
      ['promised', null, 1, 1],
    ])
  })
})

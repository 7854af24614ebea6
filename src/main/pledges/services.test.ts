import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { StoredImage } from '../../shared/attachments'
import {
  pledgeFieldNames,
  type FeeRate,
  type Fulfilment,
  type PledgeDetail,
  type Receipt,
  type SupporterDetail,
  type SupporterPage,
  type SupporterSaveResult,
  type Totals,
} from '../../shared/pledges'
import { initiativeStatusChanges } from '../initiatives/schema'
import { pick } from '../members/records/common'
import { ok, saved } from '../members/records/testing'
import { syncWrite } from '../sync/write'
import { expectRefused } from '../testing/refused'
import { addInitiative, galangDaya } from './testing'

type Context = Awaited<ReturnType<typeof galangDaya>>

const supporter = async ({ registry }: Context, values: Record<string, unknown> = {}) =>
  saved(
    await registry.invoke('supporters:create', {
      name: 'PT Sumber Rejeki',
      kind: 'company',
      allowDuplicates: true,
      ...values,
    }),
  )
const fundsPledge = (context: Context, supporterId: string, values: Record<string, unknown> = {}) => ({
  supporterId,
  initiativeId: context.initiativeId,
  needId: context.fundsNeed,
  form: 'funds',
  rupiah: 3_000_000,
  pledgedOn: '2026-03-01',
  dueOn: '2026-03-31',
  instalmentCount: 3,
  instalmentInterval: 'monthly',
  ...values,
})
const pledge = async (context: Context, values: Record<string, unknown> = {}) =>
  ok<PledgeDetail>(
    await context.registry.invoke('pledges:create', fundsPledge(context, await supporter(context), values)),
  )
/** What an edit form sends back of a fulfilment. */
const editable = (f: Fulfilment | undefined) => ({
  id: f?.id,
  receivedOn: f?.receivedOn,
  rupiah: f?.rupiah,
  evidenceReference: f?.evidenceReference,
  note: f?.note,
})
const fulfil = async (context: Context, pledgeId: string, values: Record<string, unknown> = {}) =>
  ok<PledgeDetail>(
    await context.registry.invoke('pledges:createFulfilment', {
      pledgeId,
      receivedOn: '2026-04-01',
      rupiah: 1_000_000,
      ...values,
    }),
  )

describe('supporters', () => {
  it('creates, lists by name and kind, warns of duplicates by name key, phone or e-mail, and deletes', async () => {
    const context = await galangDaya()
    const { registry, database } = context
    const first = await supporter(context, {
      allowDuplicates: false,
      phone: '0812-3456-7890',
      email: 'csr@rejeki.co.id',
      consent: true,
      consentOn: '2026-02-01',
    })
    const warned = ok<SupporterSaveResult>(
      await registry.invoke('supporters:create', { name: 'Sumber Rejeki', kind: 'company' }),
    )
    expect(warned).toEqual({
      saved: false,
      duplicates: [{ id: first, name: 'PT Sumber Rejeki', kind: 'company', reasons: ['name'] }],
    })
    const byPhone = ok<SupporterSaveResult>(
      await registry.invoke('supporters:create', { name: 'Bu Wati', kind: 'individual', phone: '+62 812 3456 7890' }),
    )
    expect(byPhone).toMatchObject({ saved: false, duplicates: [{ id: first, reasons: ['phone'] }] })
    const wati = saved(
      await registry.invoke('supporters:create', {
        name: 'Hj. Wati, S.Pd.',
        kind: 'individual',
        allowDuplicates: true,
      }),
    )
    expect(
      ok<SupporterSaveResult>(await registry.invoke('supporters:create', { name: 'Wati', kind: 'individual' })),
    ).toMatchObject({
      saved: false,
      duplicates: [{ id: wati, reasons: ['name'] }],
    })
    const page = ok<SupporterPage>(await registry.invoke('supporters:list', { search: 'rejeki', kind: 'company' }))
    expect(page).toMatchObject({ total: 1, rows: [{ id: first, phone: '+6281234567890' }] })
    expect(ok<SupporterPage>(await registry.invoke('supporters:list', { kind: 'individual' })).total).toBe(1)
    ok(await registry.invoke('supporters:delete', { id: wati }))
    await expectRefused(
      database,
      () => registry.invoke('supporters:get', { id: wati }),
      'validation.pledges.supporter.notFound',
    )
  })

  it('links an OMS supporter to a live member OMS only, and refuses bad input writing nothing', async () => {
    const context = await galangDaya()
    const { registry, database } = context
    const organisationId = saved(
      await registry.invoke('members:createOrganisation', { name: 'Yayasan Bina Desa', regencyCode: '35.19' }),
    )
    const id = await supporter(context, { name: 'Yayasan Bina Desa', kind: 'organisation', organisationId })
    expect(ok<SupporterDetail>(await registry.invoke('supporters:get', { id }))).toMatchObject({
      organisationName: 'Yayasan Bina Desa',
    })
    const create = (values: Record<string, unknown>) => () =>
      registry.invoke('supporters:create', { name: 'Koperasi Tani', kind: 'community', ...values })
    await expectRefused(
      database,
      create({ kind: 'organisation', organisationId: '01900000-0000-7000-8000-00000000dead' }),
      'validation.pledges.supporter.organisation',
      'organisationId',
    )
    await expectRefused(
      database,
      create({ kind: 'organisation' }),
      'validation.pledges.supporter.organisation',
      'organisationId',
    )
    await expectRefused(database, create({ organisationId }), 'validation.pledges.supporter.notOms', 'organisationId')
    await expectRefused(database, create({ consent: true }), 'validation.pledges.supporter.consentDate', 'consentOn')
    await expectRefused(database, create({ phone: '12' }), 'validation.phone.invalid', 'phone')
    await expectRefused(database, create({ email: 'bukan-email' }), 'validation.email.invalid', 'email')
    await expectRefused(
      database,
      create({ regencyCode: '35.99' }),
      'validation.pledges.supporter.regency',
      'regencyCode',
    )
    await expectRefused(database, create({ kind: 'bank' }), 'validation.pledges.supporter.kind', 'kind')
  })

  it('keeps a supporter with pledges, and shows everything they pledged and gave', async () => {
    const context = await galangDaya()
    const made = await pledge(context)
    await fulfil(context, made.id)
    await expectRefused(
      context.database,
      () => context.registry.invoke('supporters:delete', { id: made.supporterId }),
      { key: 'validation.pledges.supporter.hasPledges', params: { count: 1 } },
    )
    const detail = ok<SupporterDetail>(await context.registry.invoke('supporters:get', { id: made.supporterId }))
    expect(detail).toMatchObject({
      fundsReceived: 1_000_000,
      pledges: [{ id: made.id, fulfilments: [{ rupiah: 1_000_000 }] }],
    })
  })
})

describe('pledges', () => {
  it('records a pledge in instalments with its derived status and schedule', async () => {
    const context = await galangDaya()
    const made = await pledge(context)
    expect(made.progress).toMatchObject({
      status: 'overdue',
      pledged: 3_000_000,
      dueSoFar: 3_000_000,
      overdueSince: '2026-03-31',
    })
    expect(made.progress.instalments.map((i) => [i.dueOn, i.amount, i.state])).toEqual([
      ['2026-03-31', 1_000_000, 'overdue'],
      ['2026-04-30', 1_000_000, 'overdue'],
      ['2026-05-31', 1_000_000, 'overdue'],
    ])
    const after = await fulfil(context, made.id, { rupiah: 3_500_000 })
    expect(after.progress).toMatchObject({ status: 'fulfilled', over: 500_000 })
  })

  it('moves the status when an edit moves the due date', async () => {
    const context = await galangDaya()
    const made = await pledge(context, { instalmentCount: 1, instalmentInterval: null })
    expect(made.progress.status).toBe('overdue')
    const edit = { ...pick(made, pledgeFieldNames), id: made.id, dueOn: '2026-07-01' }
    const moved = ok<PledgeDetail>(await context.registry.invoke('pledges:update', edit))
    expect(moved.progress.status).toBe('promised')
  })

  it('lists overdue pledges, longest overdue first, with what is due so far', async () => {
    const context = await galangDaya()
    const later = await pledge(context, { dueOn: '2026-05-10', instalmentCount: 1, instalmentInterval: null })
    const earlier = await pledge(context, { dueOn: '2026-04-10', instalmentCount: 1, instalmentInterval: null })
    await pledge(context, { dueOn: '2026-07-10', instalmentCount: 1, instalmentInterval: null })
    const overdue = ok<PledgeDetail[]>(await context.registry.invoke('pledges:overdue', undefined))
    expect(overdue.map((p) => [p.id, p.progress.shortfall])).toEqual([
      [earlier.id, 3_000_000],
      [later.id, 3_000_000],
    ])
  })

  it('cancels only with a reason; a cancelled pledge takes no fulfilment and no edit', async () => {
    const context = await galangDaya()
    const { registry, database } = context
    const made = await pledge(context)
    await expectRefused(
      database,
      () => registry.invoke('pledges:cancel', { id: made.id, reason: ' ' }),
      'validation.pledges.cancelReason',
      'reason',
    )
    const cancelled = ok<PledgeDetail>(
      await registry.invoke('pledges:cancel', { id: made.id, reason: 'Anggaran CSR dipotong' }),
    )
    expect(cancelled).toMatchObject({ cancelledOn: '2026-06-15', progress: { status: 'cancelled' } })
    const refusal = { key: 'validation.pledges.pledge.cancelled', params: { date: '2026-06-15' } }
    await expectRefused(
      database,
      () => registry.invoke('pledges:createFulfilment', { pledgeId: made.id, receivedOn: '2026-04-01', rupiah: 1 }),
      refusal,
    )
    await expectRefused(database, () => registry.invoke('pledges:cancel', { id: made.id, reason: 'lagi' }), refusal)
  })

  it('takes no new pledge for a cancelled initiative, while one it already had stays editable', async () => {
    const context = await galangDaya()
    const { registry, database } = context
    const made = await pledge(context)
    syncWrite(database, (writer) =>
      writer.insert(initiativeStatusChanges, {
        initiativeId: context.initiativeId,
        status: 'cancelled',
        effectiveOn: '2026-03-15',
      }),
    )
    const supporterId = await supporter(context)
    await expectRefused(
      database,
      () => registry.invoke('pledges:create', fundsPledge(context, supporterId)),
      'validation.pledges.initiative.cancelled',
      'initiativeId',
    )
    const edit = { ...pick(made, pledgeFieldNames), id: made.id, note: 'dicatat ulang' }
    expect(ok<PledgeDetail>(await registry.invoke('pledges:update', edit)).note).toBe('dicatat ulang')
  })

  it('refuses each bad input with its own message, writing nothing', async () => {
    const context = await galangDaya()
    const { registry, database } = context
    const supporterId = await supporter(context)
    const create = (values: Record<string, unknown>) => () =>
      registry.invoke('pledges:create', fundsPledge(context, supporterId, values))
    await expectRefused(database, create({ rupiah: -5000 }), 'validation.pledges.rupiah', 'rupiah')
    await expectRefused(database, create({ rupiah: 1500.5 }), 'validation.pledges.rupiah', 'rupiah')
    await expectRefused(database, create({ rupiah: 0 }), 'validation.pledges.rupiah', 'rupiah')
    await expectRefused(database, create({ dueOn: '2026-02-28' }), 'validation.pledges.dueBeforePledge', 'dueOn')
    await expectRefused(
      database,
      create({ instalmentCount: 0 }),
      'validation.pledges.instalmentCount',
      'instalmentCount',
    )
    await expectRefused(
      database,
      create({ instalmentInterval: null }),
      'validation.pledges.interval',
      'instalmentInterval',
    )
    await expectRefused(database, create({ dueOn: null }), 'validation.pledges.firstInstalment', 'dueOn')
    await expectRefused(database, create({ quantity: 4 }), 'validation.pledges.notThisForm', 'quantity')
    await expectRefused(database, create({ needId: context.goodsNeed }), 'validation.pledges.need.otherForm', 'needId')
    const other = addInitiative(database, 'Bank sampah')
    await expectRefused(
      database,
      create({ needId: other.fundsNeed }),
      'validation.pledges.need.otherInitiative',
      'needId',
    )
    await expectRefused(
      database,
      create({ initiativeId: '01900000-0000-7000-8000-00000000dead', needId: null }),
      'validation.pledges.initiative.notFound',
      'initiativeId',
    )
    const goods = {
      form: 'goods',
      rupiah: null,
      needId: context.goodsNeed,
      quantity: 10,
      instalmentCount: 1,
      instalmentInterval: null,
    }
    await expectRefused(database, create({ ...goods, unit: '' }), 'validation.pledges.unit', 'unit')
    await expectRefused(
      database,
      create({ ...goods, quantity: 2.5, unit: 'sak' }),
      'validation.pledges.quantity',
      'quantity',
    )
    const cooperation = {
      form: 'cooperation',
      rupiah: null,
      needId: null,
      description: 'Pendampingan',
      instalmentCount: 1,
      instalmentInterval: null,
    }
    await expectRefused(database, create(cooperation), 'validation.pledges.partnershipModel', 'partnershipModel')
    await expectRefused(
      database,
      create({
        ...cooperation,
        partnershipModel: 'alliance',
        partnerType: 'university',
        instalmentCount: 2,
        instalmentInterval: 'monthly',
      }),
      'validation.pledges.instalmentsNeedAmount',
      'instalmentCount',
    )
    const partnership = ok<PledgeDetail>(
      await create({ ...cooperation, partnershipModel: 'alliance', partnerType: 'university' })(),
    )
    expect(partnership).toMatchObject({ partnershipModel: 'alliance', progress: { status: 'overdue', pledged: null } })
  })
})

describe('fulfilments, fees and receipts', () => {
  it('refuses a fulfilment before its pledge, in the future, with a fraction or an unknown photo', async () => {
    const context = await galangDaya()
    const { registry, database } = context
    const made = await pledge(context)
    const create = (values: Record<string, unknown>) => () =>
      registry.invoke('pledges:createFulfilment', {
        pledgeId: made.id,
        receivedOn: '2026-04-01',
        rupiah: 1_000,
        ...values,
      })
    await expectRefused(
      database,
      create({ receivedOn: '2026-02-28' }),
      { key: 'validation.pledges.fulfilment.beforePledge', params: { date: '2026-03-01' } },
      'receivedOn',
    )
    await expectRefused(
      database,
      create({ receivedOn: '2026-06-16' }),
      { key: 'validation.pledges.fulfilment.future', params: { date: '2026-06-15' } },
      'receivedOn',
    )
    await expectRefused(database, create({ rupiah: 10.5 }), 'validation.pledges.rupiah', 'rupiah')
    await expectRefused(database, create({ rupiah: -1 }), 'validation.pledges.rupiah', 'rupiah')
    await expectRefused(
      database,
      create({ evidencePhoto: 'a'.repeat(64) }),
      'validation.pledges.photo',
      'evidencePhoto',
    )
    await expectRefused(database, create({ evidencePhoto: 'foto.jpg' }), 'validation.pledges.photo', 'evidencePhoto')
    await expectRefused(database, create({ quantity: 3 }), 'validation.pledges.notThisForm', 'quantity')
  })

  it('takes an evidence photo stored through attachments:addImage', async () => {
    const context = await galangDaya()
    const made = await pledge(context)
    const bytes = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a7' } })
      .png()
      .toBuffer()
    const photo = ok<StoredImage>(
      await context.registry.invoke('attachments:addImage', { base64: bytes.toString('base64') }),
    )
    const detail = ok<PledgeDetail>(
      await context.registry.invoke('pledges:createFulfilment', {
        pledgeId: made.id,
        receivedOn: '2026-04-01',
        rupiah: 1_000,
        evidencePhoto: photo.sha256,
      }),
    )
    expect(detail.fulfilments[0]?.evidencePhoto).toBe(photo.sha256)
  })

  it('keeps the fee in force on each date; a rate change never rewrites, an edit of date or amount recomputes', async () => {
    const context = await galangDaya()
    const { registry, database } = context
    ok(await registry.invoke('pledges:createFeeRate', { effectiveFrom: '2026-01-01', rateBp: 500 }))
    await expectRefused(
      database,
      () => registry.invoke('pledges:createFeeRate', { effectiveFrom: '2026-01-01', rateBp: 600 }),
      { key: 'validation.pledges.feeRate.sameDate', params: { date: '2026-01-01' } },
      'effectiveFrom',
    )
    await expectRefused(
      database,
      () => registry.invoke('pledges:createFeeRate', { effectiveFrom: '2026-02-01', rateBp: 10_001 }),
      'validation.pledges.feeRate.rate',
      'rateBp',
    )
    const made = await pledge(context)
    const first = (await fulfil(context, made.id, { receivedOn: '2026-04-20', rupiah: 1_000_010 })).fulfilments[0]
    expect(first).toMatchObject({
      feeRateBp: 500,
      feeRupiah: 50_001,
      provincialShareBp: 7500,
      provincialShareRupiah: 37_501,
    })
    const rates = ok<FeeRate[]>(
      await registry.invoke('pledges:createFeeRate', {
        effectiveFrom: '2026-05-01',
        rateBp: 800,
        provincialShareBp: 6000,
      }),
    )
    expect(rates.map((rate) => rate.effectiveFrom)).toEqual(['2026-05-01', '2026-01-01'])
    const second = await fulfil(context, made.id, { receivedOn: '2026-05-02', rupiah: 2_000_000 })
    expect(second.fulfilments.map((f) => [f.feeRupiah, f.provincialShareRupiah])).toEqual([
      [50_001, 37_501],
      [160_000, 96_000],
    ])
    ok(await registry.invoke('pledges:updateFeeRate', { id: rates[1]?.id, effectiveFrom: '2026-01-01', rateBp: 300 }))
    const noteOnly = ok<PledgeDetail>(
      await registry.invoke('pledges:updateFulfilment', { ...editable(first), note: 'kuitansi asli' }),
    )
    expect(noteOnly.fulfilments[0]).toMatchObject({ feeRateBp: 500, feeRupiah: 50_001, note: 'kuitansi asli' })
    const moved = ok<PledgeDetail>(
      await registry.invoke('pledges:updateFulfilment', { ...editable(first), receivedOn: '2026-05-05' }),
    )
    expect(moved.fulfilments.find((f) => f.id === first?.id)).toMatchObject({
      feeRateBp: 800,
      feeRupiah: 80_001,
      provincialShareRupiah: 48_001,
    })
    const totals = ok<Totals>(
      await registry.invoke('pledges:totals', { groupBy: 'regency', from: '2026-05-01', to: '2026-05-31' }),
    )
    expect(totals.rows).toEqual([
      {
        key: '35.19',
        label: 'Kabupaten Madiun',
        fundsRupiah: 3_000_010,
        inKindValuationRupiah: 0,
        feeRupiah: 240_001,
        provincialShareRupiah: 144_001,
      },
    ])
  })

  it('numbers receipts per instance and year, never reusing a deleted one, and gives what a receipt shows', async () => {
    const context = await galangDaya()
    const { registry } = context
    const made = await pledge(context)
    const one = (await fulfil(context, made.id)).fulfilments[0]
    const two = (await fulfil(context, made.id)).fulfilments[1]
    expect(one?.receiptNumber).toMatch(/^TT\/35\/2026\/[0-9A-F]{8}-0001$/)
    expect(two?.receiptNumber).toBe(one?.receiptNumber.replace(/0001$/, '0002'))
    ok(await registry.invoke('pledges:deleteFulfilment', { id: two?.id }))
    const three = (await fulfil(context, made.id)).fulfilments[1]
    expect(three?.receiptNumber).toBe(one?.receiptNumber.replace(/0001$/, '0003'))
    const printed = ok<Receipt>(await registry.invoke('pledges:receipt', { id: one?.id }))
    expect(printed).toMatchObject({
      receiptNumber: one?.receiptNumber,
      receivedOn: '2026-04-01',
      hub: { name: 'Forum OMS Jawa Timur', provinceName: 'Jawa Timur' },
      supporter: { name: 'PT Sumber Rejeki', kind: 'company' },
      initiative: { title: 'Air bersih Desa Sukorejo', regencyName: 'Kabupaten Madiun' },
      form: 'funds',
      received: { rupiah: 1_000_000, quantity: null, hours: null },
      description: 'Pipa dan tandon',
    })
  })
})

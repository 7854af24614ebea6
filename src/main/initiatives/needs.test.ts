import { describe, expect, it } from 'vitest'
import type { InitiativeDetail } from '../../shared/initiatives'
import type { AppDatabase } from '../db'
import { ok } from '../members/records/testing'
import { fulfilments, pledges, supporters } from '../pledges/schema'
import { syncWrite } from '../sync/write'
import { detailOf, failure, initiativeInput, initiativeServices, textNeedWithNothingReceived } from './testing'

type Registry = Awaited<ReturnType<typeof initiativeServices>>['registry']

async function withInitiative() {
  const context = await initiativeServices()
  const initiative = detailOf(await context.registry.invoke('initiatives:create', initiativeInput(context.lead)))
  return { ...context, initiativeId: initiative.id }
}

const addNeed = async (registry: Registry, initiativeId: string, values: Record<string, unknown>) =>
  detailOf(await registry.invoke('initiatives:createNeed', { initiativeId, description: 'Kebutuhan', ...values }))

/** A supporter's pledge against a need, and what was received on it, written as Galang Daya would. */
function pledge(
  database: AppDatabase,
  initiativeId: string,
  needId: string,
  received: { rupiah?: number; quantity?: number; hours?: number }[],
  state: { cancelled?: boolean; deleted?: boolean; deletedFulfilment?: boolean } = {},
): void {
  syncWrite(database, (writer) => {
    const supporterId = writer.insert(supporters, { name: 'Toko Sumber Rejeki', nameKey: '', kind: 'umkm' })
    const pledgeId = writer.insert(pledges, {
      supporterId,
      initiativeId,
      needId,
      form: 'funds',
      pledgedOn: '2026-11-01',
      cancelledOn: state.cancelled ? '2026-11-02' : null,
    })
    received.forEach((amounts, index) => {
      const id = writer.insert(fulfilments, {
        pledgeId,
        receivedOn: '2026-11-03',
        receiptNumber: `TT-${pledgeId.slice(-6)}-${index}`,
        ...amounts,
      })
      if (state.deletedFulfilment) writer.remove(fulfilments, id)
    })
    if (state.deleted) writer.remove(pledges, pledgeId)
  })
}

describe('needs', () => {
  it.each([
    ['funds without rupiah', { form: 'funds' }, { targetRupiah: 'Kebutuhan dana perlu target dalam rupiah.' }],
    ['negative rupiah', { form: 'funds', targetRupiah: -5000 }, { targetRupiah: 'Target rupiah harus lebih dari 0.' }],
    ['zero rupiah', { form: 'funds', targetRupiah: '0' }, { targetRupiah: 'Target rupiah harus lebih dari 0.' }],
    [
      'fractional rupiah',
      { form: 'funds', targetRupiah: 1500.5 },
      { targetRupiah: 'Target rupiah harus bilangan bulat tanpa sen, misalnya 1.250.000.' },
    ],
    [
      'rupiah with cents typed',
      { form: 'funds', targetRupiah: '1.250.000,50' },
      { targetRupiah: 'Target rupiah harus bilangan bulat tanpa sen, misalnya 1.250.000.' },
    ],
    [
      'goods without quantity or unit',
      { form: 'goods' },
      {
        targetQuantity: 'Kebutuhan barang/fasilitas perlu target jumlah.',
        unit: 'Sebutkan satuannya, misalnya unit, sak, atau paket.',
      },
    ],
    [
      'goods with a fractional quantity',
      { form: 'goods', targetQuantity: 2.5, unit: 'sak' },
      { targetQuantity: 'Jumlah barang harus bilangan bulat lebih dari 0.' },
    ],
    [
      'time without people',
      { form: 'time', targetHours: 8 },
      { targetPeople: 'Kebutuhan waktu & keahlian perlu jumlah orang.' },
    ],
    [
      'time without hours',
      { form: 'time', targetPeople: 3 },
      { targetHours: 'Kebutuhan waktu & keahlian perlu jumlah jam per orang.' },
    ],
    [
      'policy without words',
      { form: 'policy', targetText: '  ' },
      { targetText: 'Jelaskan target kebutuhan ini dengan kata-kata, misalnya dukungan apa dari siapa.' },
    ],
    ['no description', { form: 'other', targetText: 'x', description: '' }, { description: 'Jelaskan kebutuhan ini.' }],
    [
      'an unknown form',
      { form: 'luck' },
      {
        form: 'Pilih bentuk dukungan: dana, barang/fasilitas, waktu & keahlian, pengetahuan, kebijakan/advokasi, kerja sama, atau lainnya.',
      },
    ],
  ])('refuses %s with its own message and writes nothing', async (_, values, fields) => {
    const { registry, database, initiativeId } = await withInitiative()
    const error = failure(
      await registry.invoke('initiatives:createNeed', { initiativeId, description: 'Semen', ...values }),
    )
    expect([error.code, error.fields]).toEqual(['VALIDATION', fields])
    expect(database.sqlite.prepare('SELECT count(*) FROM needs').pluck().get()).toBe(0)
  })

  it('keeps only the target of its own measure, across a change of form', async () => {
    const { registry, initiativeId } = await withInitiative()
    const created = await addNeed(registry, initiativeId, {
      form: 'funds',
      targetRupiah: '12.500.000',
      targetQuantity: 4,
      unit: 'sak',
    })
    const [need] = created.needs
    expect(need).toMatchObject({ targetRupiah: 12_500_000, targetQuantity: null, unit: null })
    const updated = detailOf(
      await registry.invoke('initiatives:updateNeed', {
        id: need?.id,
        form: 'time',
        description: 'Relawan pemilah',
        targetRupiah: 12_500_000,
        targetPeople: 5,
        targetHours: 8,
      }),
    )
    expect(updated.needs[0]).toMatchObject({ form: 'time', targetRupiah: null, targetPeople: 5, targetHours: 8 })
    expect(updated.needs[0]?.progress).toMatchObject({ measure: 'hours', target: 40 })
    await registry.invoke('settings:setLanguage', { language: 'en' })
    const english = failure(
      await registry.invoke('initiatives:createNeed', {
        initiativeId,
        form: 'funds',
        description: 'Dana',
        targetRupiah: -1,
      }),
    )
    expect(english.fields).toEqual({ targetRupiah: 'The rupiah target must be more than 0.' })
  })

  it('counts progress from fulfilments of live pledges only, in each need’s measure', async () => {
    const { registry, database, initiativeId } = await withInitiative()
    await addNeed(registry, initiativeId, { form: 'funds', targetRupiah: 10_000_000 })
    await addNeed(registry, initiativeId, { form: 'goods', targetQuantity: 100, unit: 'sak semen' })
    await addNeed(registry, initiativeId, { form: 'time', targetPeople: 4, targetHours: 10 })
    const { needs } = await addNeed(registry, initiativeId, { form: 'policy', targetText: 'Perdes pengelolaan sampah' })
    const [funds, goods, time, policy] = needs.map((need) => need.id) as [string, string, string, string]
    pledge(database, initiativeId, funds, [{ rupiah: 2_000_000 }, { rupiah: 1_000_000 }])
    pledge(database, initiativeId, funds, [{ rupiah: 5_000_000 }], { cancelled: true })
    pledge(database, initiativeId, funds, [{ rupiah: 5_000_000 }], { deleted: true })
    pledge(database, initiativeId, funds, [{ rupiah: 4_000_000 }], { deletedFulfilment: true })
    pledge(database, initiativeId, goods, [{ quantity: 120, rupiah: 9_000_000 }])
    pledge(database, initiativeId, time, [{ hours: 12 }, { hours: 8 }])
    pledge(database, initiativeId, policy, [])
    const detail = ok<InitiativeDetail>(await registry.invoke('initiatives:get', { id: initiativeId }))
    expect(detail.needs.map((need) => need.progress)).toEqual([
      {
        measure: 'rupiah',
        target: 10_000_000,
        received: 3_000_000,
        ratio: 0.3,
        met: false,
        over: false,
        pledgeCount: 2,
        fulfilmentCount: 2,
      },
      {
        measure: 'quantity',
        target: 100,
        received: 120,
        ratio: 1.2,
        met: true,
        over: true,
        pledgeCount: 1,
        fulfilmentCount: 1,
      },
      {
        measure: 'hours',
        target: 40,
        received: 20,
        ratio: 0.5,
        met: false,
        over: false,
        pledgeCount: 1,
        fulfilmentCount: 2,
      },
      textNeedWithNothingReceived(1),
    ])
    expect(detail.progress).toEqual({
      needCount: 4,
      metCount: 1,
      ratio: (0.3 + 1 + 0.5 + 0) / 4,
      rupiahTarget: 10_000_000,
      rupiahReceived: 3_000_000,
    })
    pledge(database, initiativeId, policy, [{}])
    const after = ok<InitiativeDetail>(await registry.invoke('initiatives:get', { id: initiativeId }))
    expect(after.needs[3]?.progress).toMatchObject({ met: true, pledgeCount: 2, fulfilmentCount: 1 })
  })

  it('refuses to delete a need or initiative some live pledge answers', async () => {
    const { registry, database, initiativeId } = await withInitiative()
    const { needs } = await addNeed(registry, initiativeId, { form: 'funds', targetRupiah: 1_000_000 })
    const needId = needs[0]?.id as string
    pledge(database, initiativeId, needId, [])
    expect(failure(await registry.invoke('initiatives:deleteNeed', { id: needId })).message).toBe(
      'Kebutuhan ini tidak dapat dihapus: masih ada 1 janji dukungan untuknya. Pindahkan atau batalkan janji-janji itu terlebih dahulu.',
    )
    expect(failure(await registry.invoke('initiatives:delete', { id: initiativeId })).message).toMatch(
      /^Inisiatif ini tidak dapat dihapus/,
    )
    const other = await addNeed(registry, initiativeId, { form: 'knowledge', targetText: 'Pelatihan kompos' })
    const left = detailOf(await registry.invoke('initiatives:deleteNeed', { id: other.needs[1]?.id }))
    expect(left.needs.map((need) => need.id)).toEqual([needId])
  })
})

import { describe, expect, it } from 'vitest'
import { heldSession, participantOf } from '../cop/testing'
import { ok } from '../members/records/testing'
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

const capacityKeys = [
  'cop.sessions',
  'cop.participants',
  'cop.leadersTrained',
  'cop.womenTrained',
  'cop.youngTrained',
  'cop.graduates',
  'cop.graduateReach',
  'cop.scoreGain',
] as const

const capacityOf = async ({ registry }: ReportsContext, filter = {}) => {
  const values = await valuesOf(registry, filter)
  return capacityKeys.map((key) => values[key])
}

const drm = 'domestic_resource_mobilisation'

describe('capacity indicators', () => {
  it('count sessions held, unique people trained and the cascade, in a period, a place, an aspect', async () => {
    const context = await reportsFixture()
    // S1, S2, S4, S5 (S3 cancelled, S6 not yet held); Siti, Budi (partial), Agus, Dewi, Rina, Joko; leaders
    // and managers Siti, Budi, Dewi, Rina, of whom women Siti, Dewi, Rina and young Siti, Rina; Dewi graduated;
    // her S5 reached Joko and Rina; gains 40, 10, 20, 35, 15, 15 → 135 / 6.
    const unfiltered = [4, 6, 4, 3, 2, 1, 2, 22.5]
    expect(await capacityOf(context)).toEqual(unfiltered)
    // March: S1 with Siti (40) and Budi (10).
    expect(await capacityOf(context, { from: '2026-03-01', to: '2026-03-31' })).toEqual([1, 2, 2, 1, 1, 0, 0, 25])
    // January: the ToT, Dewi (35) graduating and Rina (15).
    expect(await capacityOf(context, { from: '2026-01-01', to: '2026-01-31' })).toEqual([1, 2, 2, 2, 1, 1, 0, 25])
    // A period with nothing in it: no mean.
    expect(await capacityOf(context, { from: '2025-01-01', to: '2025-12-31' })).toEqual([0, 0, 0, 0, 0, 0, 0, null])
    // Kabupaten Madiun: S1 (by BD); people of BD: Siti (40, 20) and Budi (10).
    expect(await capacityOf(context, { regencyCode: '35.19' })).toEqual([1, 2, 2, 1, 1, 0, 0, 23.3])
    // Kabupaten Pacitan: S5 (by NP); people of NP: Rina (15, 15) and Joko, both reached by Dewi.
    expect(await capacityOf(context, { regencyCode: '35.01' })).toEqual([1, 2, 1, 1, 1, 0, 2, 15])
    expect(await capacityOf(context, { aspect: 'financial_resilience' })).toEqual([1, 2, 2, 1, 1, 0, 0, 25])
    // S4 and S5: Dewi (35), Rina (15, 15), Joko.
    expect(await capacityOf(context, { aspect: drm })).toEqual([2, 3, 2, 2, 1, 1, 2, 21.7])
    // A form of support does not narrow training.
    expect(await capacityOf(context, { form: 'funds' })).toEqual(unfiltered)
  })

  it('give the shares of women and young among leaders and managers trained', async () => {
    const { registry } = await reportsFixture()
    expect((await dashboardOf(registry)).shares).toMatchObject({ womenTrainedPercent: 75, youngTrainedPercent: 50 })
    // The ToT and S5: Dewi and Rina, both women, Rina young.
    expect((await dashboardOf(registry, { aspect: drm })).shares).toMatchObject({
      womenTrainedPercent: 100,
      youngTrainedPercent: 50,
    })
    expect((await dashboardOf(registry, { from: '2025-01-01', to: '2025-12-31' })).shares).toMatchObject({
      womenTrainedPercent: null,
      youngTrainedPercent: null,
    })
  })

  it('give self-assessed capacity per aspect: first, latest and change among those assessed twice', async () => {
    const { registry } = await reportsFixture()
    const other = (first: number, latest: number, change: number | null, organisations = 2, reassessed = 1) => ({
      organisations,
      first,
      latest,
      change,
      reassessed,
    })
    const row = (aspect: string, values: ReturnType<typeof other>) => ({ aspect, ...values })
    // BD 2 → 3 (finance 1 → 4), NP 4 (finance 2).
    expect((await dashboardOf(registry)).capacity).toEqual([
      row('adaptive_management', other(3, 3.5, 1)),
      row('communication_social_media', other(3, 3.5, 1)),
      row('digital_transformation', other(3, 3.5, 1)),
      row('domestic_resource_mobilisation', other(3, 3.5, 1)),
      row('financial_resilience', other(1.5, 3, 3)),
      row('marketing_social_business', other(3, 3.5, 1)),
    ])
    expect((await dashboardOf(registry, { aspect: 'financial_resilience' })).capacity).toEqual([
      row('financial_resilience', other(1.5, 3, 3)),
    ])
    expect((await dashboardOf(registry, { regencyCode: '35.19', aspect: 'adaptive_management' })).capacity).toEqual([
      row('adaptive_management', other(2, 3, 1, 1)),
    ])
    // May alone: BD's second assessment, nothing to compare it with.
    const may = { from: '2026-05-01', to: '2026-05-31', aspect: 'financial_resilience' }
    expect((await dashboardOf(registry, may)).capacity).toEqual([row('financial_resilience', other(4, 4, null, 1, 0))])
  })

  it('split by age band, gender, place, aspect, month and format', async () => {
    const { registry } = await reportsFixture()
    expect(await rowsOf(registry, 'cop.participants', 'ageBand')).toEqual([
      ['over30', null, 3, 3],
      ['young', null, 2, 2],
      ['unknown', null, 1, 1],
    ])
    expect(await rowsOf(registry, 'cop.participants', 'gender')).toEqual([
      ['female', null, 3, 3],
      ['male', null, 3, 3],
    ])
    // A person trained in two aspects (Siti) is under each.
    expect(await rowsOf(registry, 'cop.participants', 'aspect')).toEqual([
      [drm, null, 3, 3],
      ['digital_transformation', null, 2, 2],
      ['financial_resilience', null, 2, 2],
    ])
    // S2 was run by the hub itself: no kabupaten/kota.
    expect(await rowsOf(registry, 'cop.sessions', 'regency')).toEqual([
      ['', null, 1, 1],
      ['35.01', 'Kabupaten Pacitan', 1, 1],
      ['35.19', 'Kabupaten Madiun', 1, 1],
      ['35.77', 'Kota Madiun', 1, 1],
    ])
    expect(await rowsOf(registry, 'cop.sessions', 'month')).toEqual([
      ['2026-01', null, 1, 1],
      ['2026-03', null, 1, 1],
      ['2026-04', null, 1, 1],
      ['2026-05', null, 1, 1],
    ])
    expect(await rowsOf(registry, 'cop.sessions', 'format')).toEqual([
      ['cop_discussion', null, 1, 1],
      ['online_training', null, 1, 1],
      ['tot', null, 1, 1],
      ['webinar', null, 1, 1],
    ])
    // Means per aspect: (40 + 10) / 2, (35 + 15 + 15) / 3, 20.
    expect(await rowsOf(registry, 'cop.scoreGain', 'aspect')).toEqual([
      ['financial_resilience', null, 25, 2],
      [drm, null, 21.7, 3],
      ['digital_transformation', null, 20, 1],
    ])
  })

  it('count partial attendance as trained, and absent, registered or cancelled not', async () => {
    const context = await reportsFixture()
    const { registry } = context
    const { s1 } = context.sessions
    const budi = participantOf(s1, context.people.budi).id
    const mark = async (status: string) =>
      ok(await registry.invoke('cop:setAttendance', { sessionId: s1.id, changes: [{ participantId: budi, status }] }))
    const partial = await valuesOf(registry)
    for (const status of ['absent', 'registered', 'cancelled']) {
      await mark(status)
      // Budi (manager, 46, +10) goes: gains 40, 20, 35, 15, 15 → 125 / 5.
      expectChanged(partial, await valuesOf(registry), {
        'cop.participants': 5,
        'cop.leadersTrained': 3,
        'cop.scoreGain': 25,
      })
    }
    await mark('present')
    expectChanged(partial, await valuesOf(registry), {})
  })

  it('drop a deleted session, and its participants, from every number', async () => {
    const context = await reportsFixture()
    const { registry } = context
    const before = await valuesOf(registry)
    ok(await registry.invoke('cop:deleteSession', { id: context.sessions.s5.id }))
    // S5 goes with Joko's only training and Rina's +15 there; she stays trained by the ToT; Dewi led only S5.
    // Gains 40, 10, 20, 35, 15 → 120 / 5.
    expectChanged(before, await valuesOf(registry), {
      'cop.sessions': 3,
      'cop.participants': 5,
      'cop.graduateReach': 0,
      'cop.scoreGain': 24,
    })
    expect(await labelsOf(registry, 'cop.sessions')).toEqual(['Digital', 'Keuangan', 'ToT DRM'])
  })

  it('count people merged into one once, however many merges it took', async () => {
    const context = await reportsFixture()
    const { registry } = context
    const before = await valuesOf(registry)
    // Siti recorded twice more, at MS and at NP, both at one more session.
    const twin = (organisationId: string) =>
      context.person('Siti Rahayu', organisationId, { role: 'leader', birthYear: 1998 })
    const atMakmur = await twin(context.organisations.makmur)
    const atNelayan = await twin(context.organisations.nelayan)
    const s7 = { title: 'Pemasaran', aspect: 'marketing_social_business', ...{ startsAt: '2026-05-12T09:00' } }
    await heldSession(context, { ...s7, endsAt: '2026-05-12T11:00' }, [
      { personId: atMakmur, status: 'present' },
      { personId: atNelayan, status: 'present' },
    ])
    const siti = (people: number, trained: number) => ({
      'people.leaders': 5 + people,
      'people.women': 3 + people,
      'people.young': 2 + people,
      'cop.sessions': 5,
      'cop.participants': 6 + trained,
      'cop.leadersTrained': 4 + trained,
      'cop.womenTrained': 3 + trained,
      'cop.youngTrained': 2 + trained,
    })
    expectChanged(before, await valuesOf(registry), siti(2, 2))
    const merge = async (survivorId: string, mergedId: string) =>
      ok(await registry.invoke('members:merge', { kind: 'person', survivorId, mergedId }))
    await merge(atMakmur, atNelayan)
    expectChanged(before, await valuesOf(registry), siti(1, 1))
    await merge(context.people.siti, atMakmur)
    expectChanged(before, await valuesOf(registry), siti(0, 0))
    expect(await labelsOf(registry, 'cop.womenTrained')).toEqual(['Dewi Anggraini', 'Rina Kusuma', 'Siti Rahayu'])
    const aspects = await rowsOf(registry, 'cop.participants', 'aspect', { regencyCode: '35.19' })
    expect(aspects).toContainEqual(['marketing_social_business', null, 1, 1])
  })

  it('keep a trainer merged into another record a trainer and a graduate', async () => {
    const context = await reportsFixture()
    const { registry } = context
    const before = await valuesOf(registry)
    const record = await context.person('Dewi Anggraini', context.organisations.makmur, {
      role: 'leader',
      birthYear: 1990,
    })
    ok(await registry.invoke('members:merge', { kind: 'person', survivorId: record, mergedId: context.people.dewi }))
    expectChanged(before, await valuesOf(registry), {})
    const graduates = await drillOf(registry, 'cop.graduates')
    expect(graduates.rows.map((row) => [row.label, row.openId])).toEqual([['Dewi Anggraini', record]])
  })

  it('reach only sessions a graduate led once qualified', async () => {
    const context = await reportsFixture()
    const before = await valuesOf(context.registry)
    // Dewi led a DRM session on 10-01, before her ToT on 20-01; Wati attended.
    const early = { title: 'Awal', aspect: drm, facilitatorIds: [context.people.dewi] }
    await heldSession(context, { ...early, startsAt: '2026-01-10T09:00', endsAt: '2026-01-10T11:00' }, [
      { personId: context.people.wati, status: 'present' },
    ])
    expectChanged(before, await valuesOf(context.registry), { 'cop.sessions': 5, 'cop.participants': 7 })
  })
})

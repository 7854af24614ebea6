import { expect } from 'vitest'
import type { InitiativeDetail } from '../../shared/initiatives'
import type { PledgeDetail } from '../../shared/pledges'
import type {
  BreakdownRow,
  Dashboard,
  Dimension,
  DrillPage,
  IndicatorKey,
  ReportFilter,
  Breakdown,
} from '../../shared/reports'
import { copServices, createdSession, heldSession, participantOf, type CopContext } from '../cop/testing'
import { ok, saved } from '../members/records/testing'

/**
 * The small fixed dataset every report test starts from: a Jawa Timur hub on 18 Mei 2026, 10.00 WIB
 * (copServices). Each expected number in the tests is counted by hand from this story.
 *
 * OMS (4 live)
 *   Bina Desa (BD)        Kabupaten Madiun 35.19   candidate 18-05-2026, then active the same day
 *   Makmur Sentosa (MS)   Kota Madiun 35.77        candidate since 18-05-2026
 *   Nelayan Pacitan (NP)  Kabupaten Pacitan 35.01  active since 01-06-2025
 *   Tani Ngawi (TN)       Kabupaten Ngawi 35.21    active since 10-02-2026, left 20-04-2026
 *
 * People (age in 2026)
 *   Siti  BD  woman leader   1998 (28, young)    Budi  BD  man manager  1980 (46)
 *   Wati  MS  woman staff    2001 (25, young)    Agus  MS  man staff    birth year unknown
 *   Dewi  MS  woman leader   1990 (36)           Rina  NP  woman leader 2000 (26, young)
 *   Joko  NP  man trainer    1985 (41)           Hendra NP man leader   1970 (56)
 *
 * Capacity self-assessments (six aspects, 1–5): BD on 15-01-2026 (all 2, financial_resilience 1)
 * and 04-05-2026 (all 3, financial_resilience 4); NP on 10-03-2026 (all 4, financial_resilience 2).
 *
 * Sessions (times WIB; scores pre→post)
 *   S1 Keuangan  financial_resilience  webinar   02-03-2026, by BD:  Siti present 40→80,
 *      Budi partial 50→60, Wati absent, Agus registered
 *   S2 Digital   digital_transformation online   11-05-2026, by the hub: Siti present 70→90,
 *      Agus present (no scores), Dewi cancelled
 *   S3 Batal     financial_resilience  01-04-2026, by BD: Dewi present, then the session cancelled
 *   S4 ToT DRM   domestic_resource_mobilisation tot 20-01-2026, by MS: Dewi present 50→85 (graduates,
 *      qualified 20-01-2026), Rina present 60→75
 *   S5 CoP DRM   domestic_resource_mobilisation cop_discussion 15-04-2026, by NP, led by Dewi:
 *      Joko present, Rina partial 55→70
 *   S6 Rencana   financial_resilience 10-06-2026 (not yet held), by BD
 *
 * Galang Daya: a fee of 5% from 01-01-2026, of which the province keeps 75%.
 *   I1 Air bersih Sukorejo  lead BD, partner TN, 35.19, 01-02-2026 to 31-12-2026, published; needs funds,
 *      goods
 *   I2 Perahu nelayan       lead NP, partner MS, 35.01, from 01-03-2026, published; needs time, cooperation
 *   I3 Lumbung Ngawi        lead TN, 35.21, no dates (recorded 18-05-2026), still a draft; needs funds
 * Supporters: PT Sumber Rejeki (company), Pemkab Madiun (government, 35.19), Yayasan Bina Desa
 *   (the OMS BD), Dinas Perikanan (government, no place of its own).
 *   P1 Rejeki → I1 funds Rp10.000.000, pledged 05-02, due 31-03: F1 10-03 Rp4.000.000, F2 20-04
 *      Rp6.000.000 → fulfilled
 *   P2 Pemkab → I1 funds Rp20.000.000, pledged 01-03, due 30-04: F3 05-04 Rp5.000.000 → overdue
 *   P3 Bina Desa → I1 goods 40 sak, pledged 10-04, due 30-06: F4 02-05 40 sak valued Rp2.000.000
 *      → fulfilled
 *   P4 Dinas → I2 time 2 people × 10 hours, pledged 01-04, due 31-05: F5 25-04 8 hours valued
 *      Rp400.000 → partial
 *   P5 Rejeki → I2 cooperation (private partner), pledged 05-05, no due date → promised
 *   P6 Rejeki → I1 funds Rp3.000.000, pledged 15-01, due 31-01, nothing received → overdue
 */
export async function reportsFixture() {
  const context = await copServices()
  const { registry, binaDesa, makmur } = context
  const { siti, budi, wati, agus, dewi } = context.people
  const organisation = async (name: string, regencyCode: string, status: string, statusSince: string) =>
    saved(
      await registry.invoke('members:createOrganisation', {
        name,
        regencyCode,
        status,
        statusSince,
        allowDuplicates: true,
      }),
    )
  ok(await registry.invoke('members:changeStatus', { organisationId: binaDesa, status: 'active', effectiveOn: TODAY }))
  const nelayan = await organisation('Perkumpulan Nelayan Pacitan', '35.01', 'active', '2025-06-01')
  const ngawi = await organisation('Kelompok Tani Ngawi', '35.21', 'active', '2026-02-10')
  ok(
    await registry.invoke('members:changeStatus', { organisationId: ngawi, status: 'left', effectiveOn: '2026-04-20' }),
  )
  const rina = await context.person('Rina Kusuma', nelayan, { role: 'leader', birthYear: 2000 })
  const joko = await context.person('Joko Susilo', nelayan, { gender: 'male', role: 'trainer', birthYear: 1985 })
  await context.person('Hendra Wijaya', nelayan, { gender: 'male', role: 'leader', birthYear: 1970 })

  await assess(context, binaDesa, '2026-01-15', 2, 1)
  await assess(context, binaDesa, '2026-05-04', 3, 4)
  await assess(context, nelayan, '2026-03-10', 4, 2)

  const day = (date: string, from = '09:00', to = '11:00') => ({ startsAt: `${date}T${from}`, endsAt: `${date}T${to}` })
  const s1 = await heldSession(
    context,
    { title: 'Keuangan', organiserOrganisationId: binaDesa, ...day('2026-03-02') },
    [
      { personId: siti, status: 'present', pre: 40, post: 80 },
      { personId: budi, status: 'partial', pre: 50, post: 60 },
      { personId: wati, status: 'absent' },
      { personId: agus, status: 'registered' },
    ],
  )
  const s2 = await heldSession(
    context,
    { title: 'Digital', aspect: 'digital_transformation', format: 'online_training', ...day('2026-05-11') },
    [
      { personId: siti, status: 'present', pre: 70, post: 90 },
      { personId: agus, status: 'present' },
      { personId: dewi, status: 'cancelled' },
    ],
  )
  const s3 = await heldSession(context, { title: 'Batal', organiserOrganisationId: binaDesa, ...day('2026-04-01') }, [
    { personId: dewi, status: 'present' },
  ])
  ok(await registry.invoke('cop:changeSessionStatus', { id: s3.id, status: 'cancelled' }))
  const drm = { aspect: 'domestic_resource_mobilisation' }
  const s4 = await heldSession(
    context,
    {
      title: 'ToT DRM',
      ...drm,
      format: 'tot',
      organiserOrganisationId: makmur,
      ...day('2026-01-20', '08:00', '16:00'),
    },
    [
      { personId: dewi, status: 'present', pre: 50, post: 85 },
      { personId: rina, status: 'present', pre: 60, post: 75 },
    ],
  )
  ok(await registry.invoke('cop:graduate', { participantId: participantOf(s4, dewi).id }))
  const s5 = await heldSession(
    context,
    {
      title: 'CoP DRM',
      ...drm,
      format: 'cop_discussion',
      organiserOrganisationId: nelayan,
      facilitatorIds: [dewi],
      ...day('2026-04-15'),
    },
    [
      { personId: joko, status: 'present' },
      { personId: rina, status: 'partial', pre: 55, post: 70 },
    ],
  )
  const s6 = await createdSession(context, {
    title: 'Rencana',
    organiserOrganisationId: binaDesa,
    ...day('2026-06-10'),
  })

  ok(await registry.invoke('pledges:createFeeRate', { effectiveFrom: '2026-01-01', rateBp: 500 }))
  const i1 = await initiative(context, binaDesa, 'Air bersih Sukorejo', '35.19', {
    partnerOrganisationIds: [ngawi],
    startsOn: '2026-02-01',
    endsOn: '2026-12-31',
  })
  await need(context, i1, { form: 'funds', description: 'Pipa', targetRupiah: 50_000_000 })
  await need(context, i1, { form: 'goods', description: 'Semen', targetQuantity: 100, unit: 'sak' })
  await publish(context, i1)
  const i2 = await initiative(context, nelayan, 'Perahu nelayan', '35.01', {
    partnerOrganisationIds: [makmur],
    startsOn: '2026-03-01',
  })
  await need(context, i2, { form: 'time', description: 'Pelatih', targetPeople: 5, targetHours: 20 })
  await need(context, i2, { form: 'cooperation', description: 'Mitra', targetText: 'MoU' })
  await publish(context, i2)
  const i3 = await initiative(context, ngawi, 'Lumbung Ngawi', '35.21')
  await need(context, i3, { form: 'funds', description: 'Gudang', targetRupiah: 10_000_000 })

  const supporter = async (name: string, kind: string, values: Record<string, unknown> = {}) =>
    saved(await registry.invoke('supporters:create', { name, kind, allowDuplicates: true, ...values }))
  const rejeki = await supporter('PT Sumber Rejeki', 'company')
  const pemkab = await supporter('Pemkab Madiun', 'government', { regencyCode: '35.19' })
  const omsSupporter = await supporter('Yayasan Bina Desa', 'organisation', { organisationId: binaDesa })
  const dinas = await supporter('Dinas Perikanan', 'government')

  const funds = (supporterId: string, rupiah: number, pledgedOn: string, dueOn: string) =>
    pledge(context, { supporterId, initiativeId: i1, form: 'funds', rupiah, pledgedOn, dueOn })
  const p1 = await funds(rejeki, 10_000_000, '2026-02-05', '2026-03-31')
  const f1 = await fulfil(context, p1, { receivedOn: '2026-03-10', rupiah: 4_000_000 })
  const f2 = await fulfil(context, p1, { receivedOn: '2026-04-20', rupiah: 6_000_000 })
  const p2 = await funds(pemkab, 20_000_000, '2026-03-01', '2026-04-30')
  const f3 = await fulfil(context, p2, { receivedOn: '2026-04-05', rupiah: 5_000_000 })
  const p3 = await pledge(context, {
    ...{ supporterId: omsSupporter, initiativeId: i1, form: 'goods', quantity: 40, unit: 'sak' },
    ...{ pledgedOn: '2026-04-10', dueOn: '2026-06-30' },
  })
  const f4 = await fulfil(context, p3, { receivedOn: '2026-05-02', quantity: 40, valuationRupiah: 2_000_000 })
  const p4 = await pledge(context, {
    ...{ supporterId: dinas, initiativeId: i2, form: 'time', people: 2, hours: 10 },
    ...{ pledgedOn: '2026-04-01', dueOn: '2026-05-31' },
  })
  const f5 = await fulfil(context, p4, { receivedOn: '2026-04-25', hours: 8, valuationRupiah: 400_000 })
  const p5 = await pledge(context, {
    ...{ supporterId: rejeki, initiativeId: i2, form: 'cooperation', description: 'Pelatihan bersama' },
    ...{ partnershipModel: 'cooperation', partnerType: 'private', pledgedOn: '2026-05-05' },
  })
  const p6 = await funds(rejeki, 3_000_000, '2026-01-15', '2026-01-31')

  return {
    ...context,
    organisations: { binaDesa, makmur, nelayan, ngawi },
    people: { ...context.people, rina, joko },
    sessions: { s1, s2, s3, s4, s5, s6 },
    initiatives: { i1, i2, i3 },
    supporters: { rejeki, pemkab, omsSupporter, dinas },
    pledges: { p1, p2, p3, p4, p5, p6 },
    fulfilments: { f1, f2, f3, f4, f5 },
  }
}
export type ReportsContext = Awaited<ReturnType<typeof reportsFixture>>

/** The hub's "today" in copServices. */
export const TODAY = '2026-05-18'

/** A self-assessment scoring every aspect `score`, financial resilience `finance`. */
export async function assess(
  context: CopContext,
  organisationId: string,
  assessedOn: string,
  score: number,
  finance: number,
) {
  const aspects = [
    'adaptive_management',
    'communication_social_media',
    'marketing_social_business',
    'digital_transformation',
    'domestic_resource_mobilisation',
  ]
  const scores = { ...Object.fromEntries(aspects.map((aspect) => [aspect, score])), financial_resilience: finance }
  ok(await context.registry.invoke('members:addAssessment', { organisationId, assessedOn, scores }))
}

async function initiative(
  context: CopContext,
  leadOrganisationId: string,
  title: string,
  regencyCode: string,
  values: Record<string, unknown> = {},
): Promise<string> {
  const input = { leadOrganisationId, title, regencyCode, ...values }
  return ok<InitiativeDetail>(await context.registry.invoke('initiatives:create', input)).id
}

const need = async (context: CopContext, initiativeId: string, values: Record<string, unknown>) =>
  ok<InitiativeDetail>(await context.registry.invoke('initiatives:createNeed', { initiativeId, ...values }))

/** Publishing needs the six steps done. */
export async function publish(context: CopContext, initiativeId: string) {
  for (const step of [1, 2, 3, 4, 5, 6])
    ok(await context.registry.invoke('initiatives:updateStep', { initiativeId, step, done: true }))
  ok(
    await context.registry.invoke('initiatives:changeStatus', {
      initiativeId,
      status: 'published',
      effectiveOn: TODAY,
    }),
  )
}

const pledge = async (context: CopContext, values: Record<string, unknown>) =>
  ok<PledgeDetail>(await context.registry.invoke('pledges:create', values)).id

/** A fulfilment's id: the newest of its pledge's. */
async function fulfil(context: CopContext, pledgeId: string, values: Record<string, unknown>): Promise<string> {
  const detail = ok<PledgeDetail>(await context.registry.invoke('pledges:createFulfilment', { pledgeId, ...values }))
  const found = detail.fulfilments.find((f) => f.receivedOn === values.receivedOn)
  if (!found) throw new Error('fulfilment not saved')
  return found.id
}

// ---------- reading the reports ----------

type Registry = CopContext['registry']
type Filter = Partial<ReportFilter>

export const dashboardOf = async (registry: Registry, filter: Filter = {}) =>
  ok<Dashboard>(await registry.invoke('reports:dashboard', { filter }))

/** Every indicator's value under a filter, by key. */
export async function valuesOf(registry: Registry, filter: Filter = {}): Promise<Record<IndicatorKey, number | null>> {
  const { indicators } = await dashboardOf(registry, filter)
  return Object.fromEntries(indicators.map((indicator) => [indicator.key, indicator.value])) as Record<
    IndicatorKey,
    number | null
  >
}

/** A breakdown's rows as [bucket, label, value, records]. */
export async function rowsOf(
  registry: Registry,
  key: IndicatorKey,
  dimension: Dimension,
  filter: Filter = {},
): Promise<[string, string | null, number, number][]> {
  const { rows } = ok<Breakdown>(await registry.invoke('reports:breakdown', { filter, key, dimension }))
  return rows.map((row: BreakdownRow) => [row.bucket, row.label, row.value, row.records])
}

export const drillOf = async (
  registry: Registry,
  key: IndicatorKey,
  values: { filter?: Filter; dimension?: Dimension; bucket?: string } = {},
) => ok<DrillPage>(await registry.invoke('reports:drill', { filter: {}, limit: 500, ...values, key }))

/** The labels of the records behind a number (names, titles, supporters), in the drill's order. */
export const labelsOf = async (registry: Registry, key: IndicatorKey, filter: Filter = {}) =>
  (await drillOf(registry, key, { filter })).rows.map((row) => row.label)

/** Only the indicators a test names changed from `before`, to the values given. */
export function expectChanged(
  before: Record<IndicatorKey, number | null>,
  after: Record<IndicatorKey, number | null>,
  changed: Partial<Record<IndicatorKey, number | null>>,
): void {
  expect(after).toEqual({ ...before, ...changed })
}

import { describe, expect, it } from 'vitest'
import type { PersonDetail } from '../../shared/members'
import { ok, saved } from '../members/records/testing'
import {
  assess,
  dashboardOf,
  expectChanged,
  labelsOf,
  publish,
  reportsFixture,
  rowsOf,
  valuesOf,
  type ReportsContext,
} from './testing'

// The dataset's story, and who is who, is told in ./testing.ts.

const memberKeys = [
  'oms.members',
  'oms.active',
  'oms.new',
  'oms.engaged',
  'oms.assessed',
  'people.leaders',
  'people.trainers',
  'people.women',
  'people.young',
] as const

const membersOf = async ({ registry }: ReportsContext, filter = {}) => {
  const values = await valuesOf(registry, filter)
  return memberKeys.map((key) => values[key])
}

describe('OMS and people indicators', () => {
  it('count OMS and people as they stand, and what happened in a period, a place', async () => {
    const context = await reportsFixture()
    // OMS: BD, MS, NP, TN; active BD, NP; each joined once; engaged BD (trained, I1, P3), MS (trained,
    // partner of I2), NP (trained, I2), but not TN (partner of I1), who left; assessed BD, NP. People:
    // leaders Siti, Budi, Dewi, Rina, Hendra; trainers Joko (role) and Dewi (graduated); women leaders
    // Siti, Dewi, Rina; young Siti, Rina.
    const unfiltered = [4, 2, 4, 3, 2, 5, 2, 3, 2]
    expect(await membersOf(context)).toEqual(unfiltered)
    // March: nobody joined (TN on 10-02); S1 trained BD's people, I1 and I2 under way; NP assessed 10-03.
    expect(await membersOf(context, { from: '2026-03-01', to: '2026-03-31' })).toEqual([4, 2, 0, 3, 1, 5, 2, 3, 2])
    // January: S4 trained Dewi (MS) and Rina (NP); no initiative had started; BD assessed 15-01.
    expect(await membersOf(context, { from: '2026-01-01', to: '2026-01-31' })).toEqual([4, 2, 0, 2, 1, 5, 2, 3, 2])
    // In 2020 Dewi (1990) was 30, young too; nothing had happened yet.
    expect(await membersOf(context, { from: '2020-01-01', to: '2020-12-31' })).toEqual([4, 2, 0, 0, 0, 5, 2, 3, 3])
    // Kabupaten Madiun: BD, with Siti and Budi.
    expect(await membersOf(context, { regencyCode: '35.19' })).toEqual([1, 1, 1, 1, 1, 2, 0, 1, 1])
    // Kabupaten Pacitan: NP, with Rina, Joko and Hendra.
    expect(await membersOf(context, { regencyCode: '35.01' })).toEqual([1, 1, 1, 1, 1, 2, 1, 1, 1])
    // Another province has none of them.
    expect(await membersOf(context, { provinceCode: '33' })).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0])
    // An aspect or a form of support does not narrow who the members are.
    expect(await membersOf(context, { aspect: 'financial_resilience' })).toEqual(unfiltered)
    expect(await membersOf(context, { form: 'funds' })).toEqual(unfiltered)
  })

  it('give the shares of women and young among leaders and managers', async () => {
    const { registry } = await reportsFixture()
    // 3 women and 2 young among 5 leaders and managers.
    expect((await dashboardOf(registry)).shares).toMatchObject({ womenPercent: 60, youngPercent: 40 })
    // Kabupaten Pacitan: Rina (woman, 26) and Hendra (man, 56).
    expect((await dashboardOf(registry, { regencyCode: '35.01' })).shares).toMatchObject({
      womenPercent: 50,
      youngPercent: 50,
    })
  })

  it('split by status, place, gender, age band and role, places named', async () => {
    const { registry } = await reportsFixture()
    expect(await rowsOf(registry, 'oms.members', 'status')).toEqual([
      ['active', null, 2, 2],
      ['candidate', null, 1, 1],
      ['left', null, 1, 1],
    ])
    expect(await rowsOf(registry, 'oms.members', 'regency')).toEqual([
      ['35.01', 'Kabupaten Pacitan', 1, 1],
      ['35.19', 'Kabupaten Madiun', 1, 1],
      ['35.21', 'Kabupaten Ngawi', 1, 1],
      ['35.77', 'Kota Madiun', 1, 1],
    ])
    expect(await rowsOf(registry, 'oms.engaged', 'province')).toEqual([['35', 'Jawa Timur', 3, 3]])
    expect(await rowsOf(registry, 'people.leaders', 'gender')).toEqual([
      ['female', null, 3, 3],
      ['male', null, 2, 2],
    ])
    expect(await rowsOf(registry, 'people.leaders', 'ageBand')).toEqual([
      ['over30', null, 3, 3],
      ['young', null, 2, 2],
    ])
    expect(await rowsOf(registry, 'people.leaders', 'role')).toEqual([
      ['leader', null, 4, 4],
      ['manager', null, 1, 1],
    ])
    expect(await rowsOf(registry, 'people.leaders', 'regency')).toEqual([
      ['35.01', 'Kabupaten Pacitan', 2, 2],
      ['35.19', 'Kabupaten Madiun', 2, 2],
      ['35.77', 'Kota Madiun', 1, 1],
    ])
  })

  it('count a person who moved to another OMS once, where they are now', async () => {
    const context = await reportsFixture()
    const { registry } = context
    const before = await valuesOf(registry)
    const dewi = ok<PersonDetail>(await registry.invoke('members:getPerson', { id: context.people.dewi }))
    // Dewi has no phone, e-mail, consent or notes: the form sends her four fields.
    const fields = { name: dewi.name, gender: dewi.gender, birthYear: dewi.birthYear, role: dewi.role }
    saved(
      await registry.invoke('members:updatePerson', {
        id: dewi.id,
        ...fields,
        organisationId: context.organisations.nelayan,
      }),
    )
    const moved = ok<PersonDetail>(await registry.invoke('members:getPerson', { id: dewi.id }))
    // Both began today, so their order is not the point: MS ended, NP open.
    expect(moved.affiliations.map((a) => [a.organisationName, a.untilOn]).sort()).toEqual([
      ['KSM Makmur Sentosa', '2026-05-18'],
      ['Perkumpulan Nelayan Pacitan', null],
    ])
    // MS stays engaged through Agus and I2: nothing changes but where Dewi is counted.
    expectChanged(before, await valuesOf(registry), {})
    expect(await labelsOf(registry, 'people.women')).toEqual(['Dewi Anggraini', 'Rina Kusuma', 'Siti Rahayu'])
    expect(await rowsOf(registry, 'people.leaders', 'regency')).toEqual([
      ['35.01', 'Kabupaten Pacitan', 3, 3],
      ['35.19', 'Kabupaten Madiun', 2, 2],
    ])
    expect(await rowsOf(registry, 'cop.participants', 'regency')).toEqual([
      ['35.01', 'Kabupaten Pacitan', 3, 3],
      ['35.19', 'Kabupaten Madiun', 2, 2],
      ['35.77', 'Kota Madiun', 1, 1],
    ])
  })

  it('drop a deleted OMS from every number, its assessments with it', async () => {
    const context = await reportsFixture()
    const { registry } = context
    const before = await valuesOf(registry)
    const id = saved(
      await registry.invoke('members:createOrganisation', {
        name: 'Yayasan Sementara',
        regencyCode: '35.19',
        status: 'active',
        statusSince: '2026-03-05',
      }),
    )
    await assess(context, id, '2026-03-06', 5, 5)
    expectChanged(before, await valuesOf(registry), {
      'oms.members': 5,
      'oms.active': 3,
      'oms.new': 5,
      'oms.assessed': 3,
    })
    expect((await dashboardOf(registry)).capacity[0]).toMatchObject({ organisations: 3 })
    ok(await registry.invoke('members:deleteRecord', { kind: 'organisation', id }))
    expectChanged(before, await valuesOf(registry), {})
    expect((await dashboardOf(registry)).capacity[0]).toMatchObject({ organisations: 2 })
    expect(await labelsOf(registry, 'oms.members')).not.toContain('Yayasan Sementara')
  })

  it('drop a deleted person from every number, the training they had with them', async () => {
    const context = await reportsFixture()
    const { registry } = context
    const before = await valuesOf(registry)
    ok(await registry.invoke('members:deleteRecord', { kind: 'person', id: context.people.joko }))
    // Joko was a trainer by role, trained at S5 only, and reached there by Dewi.
    expectChanged(before, await valuesOf(registry), {
      'people.trainers': 1,
      'cop.participants': 5,
      'cop.graduateReach': 1,
    })
    expect(await labelsOf(registry, 'cop.graduateReach')).toEqual(['Rina Kusuma'])
  })

  it('count two OMS merged into one once, the merged one’s initiative engaging the survivor', async () => {
    const context = await reportsFixture()
    const { registry } = context
    const before = await valuesOf(registry)
    const ksm = async () =>
      saved(
        await registry.invoke('members:createOrganisation', {
          name: 'KSM Sejahtera',
          regencyCode: '35.77',
          allowDuplicates: true,
        }),
      )
    const survivor = await ksm()
    const twin = await ksm()
    const input = { leadOrganisationId: twin, title: 'Posyandu', regencyCode: '35.77', startsOn: '2026-03-01' }
    const initiative = ok<{ id: string }>(await registry.invoke('initiatives:create', input)).id
    await publish(context, initiative)
    expectChanged(before, await valuesOf(registry), {
      'oms.members': 6,
      'oms.new': 6,
      'oms.engaged': 4,
      'initiatives.all': 4,
    })
    ok(await registry.invoke('members:merge', { kind: 'organisation', survivorId: survivor, mergedId: twin }))
    expectChanged(before, await valuesOf(registry), {
      'oms.members': 5,
      'oms.new': 5,
      'oms.engaged': 4,
      'initiatives.all': 4,
    })
    expect(await labelsOf(registry, 'oms.engaged')).toEqual([
      'KSM Makmur Sentosa',
      'KSM Sejahtera',
      'Perkumpulan Nelayan Pacitan',
      'Yayasan Bina Desa',
    ])
  })
})

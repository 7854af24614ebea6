import { describe, expect, it } from 'vitest'
import type { InitiativePage } from '../../shared/initiatives'
import { ok } from '../members/records/testing'
import { issueClusters } from './schema'
import { syncWrite } from '../sync/write'
import { detailOf, initiativeInput, initiativeServices, TODAY } from './testing'

describe('the initiatives list', () => {
  it('searches folded titles, filters, sorts and pages, each row with its lead, place and progress', async () => {
    const { registry, database, lead, partner } = await initiativeServices()
    const cluster = syncWrite(database, (writer) => writer.insert(issueClusters, { name: 'Sampah' }))
    const create = async (values: Record<string, unknown>, by = lead) =>
      detailOf(await registry.invoke('initiatives:create', initiativeInput(by, values))).id
    const bank = await create({
      title: 'Bank Sampah Désa Tambakmas',
      clusterIds: [cluster],
      sdgs: [12],
      startsOn: '2027-01-01',
    })
    const library = await create({
      title: 'Perpustakaan anak',
      regencyCode: '35.77',
      districtCode: null,
      villageCode: null,
      startsOn: '2026-12-01',
    })
    const owls = await create({ title: 'Rumah burung hantu 100% alami', sdgs: [2, 15] }, partner)
    await registry.invoke('initiatives:createNeed', {
      initiativeId: bank,
      form: 'funds',
      description: 'Timbangan',
      targetRupiah: 2_000_000,
    })
    for (const step of [2, 5]) await registry.invoke('initiatives:updateStep', { initiativeId: bank, step, done: true })
    await registry.invoke('initiatives:updateStep', { initiativeId: bank, step: 5, done: false })
    await registry.invoke('initiatives:changeStatus', {
      initiativeId: library,
      status: 'cancelled',
      effectiveOn: TODAY,
    })
    const list = async (input: Record<string, unknown>) =>
      ok<InitiativePage>(await registry.invoke('initiatives:list', input))
    const titles = async (input: Record<string, unknown>) => (await list(input)).rows.map((row) => row.id)

    expect(await titles({})).toEqual([bank, library, owls])
    expect(await titles({ query: 'sampah desa' })).toEqual([bank])
    expect(await titles({ query: '100%' })).toEqual([owls])
    expect(await titles({ query: '%_' })).toEqual([bank, library, owls])
    expect(await titles({ filters: { status: 'cancelled' } })).toEqual([library])
    expect(await titles({ filters: { regencyCode: '35.77' } })).toEqual([library])
    expect(await titles({ filters: { leadOrganisationId: partner } })).toEqual([owls])
    expect(await titles({ filters: { clusterId: cluster } })).toEqual([bank])
    expect(await titles({ filters: { sdg: 15 } })).toEqual([owls])
    expect(await titles({ sort: { column: 'startsOn', direction: 'asc' } })).toEqual([library, bank, owls])
    expect(await titles({ sort: { column: 'startsOn', direction: 'desc' } })).toEqual([bank, library, owls])
    expect(await titles({ sort: { column: 'status', direction: 'desc' } })).toEqual([library, bank, owls])
    expect(await titles({ sort: { column: 'title', direction: 'desc' } })).toEqual([owls, library, bank])

    const page = await list({ offset: 1, limit: 1 })
    expect([page.total, page.offset, page.rows.map((row) => row.id)]).toEqual([3, 1, [library]])
    const [first] = (await list({ limit: 1 })).rows
    expect(first).toMatchObject({
      title: 'Bank Sampah Désa Tambakmas',
      leadName: 'Yayasan Bina Desa',
      regencyName: 'Kabupaten Madiun',
      status: 'draft',
      stepsDone: 1,
      progress: { needCount: 1, metCount: 0, ratio: 0, rupiahTarget: 2_000_000, rupiahReceived: 0 },
    })
    await registry.invoke('initiatives:delete', { id: owls })
    expect((await list({})).total).toBe(2)
  })
})

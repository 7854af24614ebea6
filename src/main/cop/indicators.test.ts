import { describe, expect, it } from 'vitest'
import type { Indicators } from '../../shared/cop'
import { ok } from '../members/records/testing'
import { copServices, heldSession } from './testing'

/**
 * Siti (woman, leader, 28 in 2026), Budi (man, manager, 46), Wati (woman, 25), Agus (man, birth year
 * unknown), Dewi (woman, leader, 36). Bina Desa is in Kabupaten Madiun, Makmur Sentosa in Kota Madiun.
 */
async function trained() {
  const context = await copServices()
  const { siti, budi, wati, agus, dewi } = context.people
  await heldSession(context, { title: 'Keuangan', startsAt: '2026-03-02T09:00', endsAt: '2026-03-02T12:00' }, [
    { personId: siti, status: 'present', pre: 40, post: 80 },
    { personId: budi, status: 'partial', pre: 50, post: 60 },
    { personId: wati, status: 'absent' },
    { personId: agus, status: 'registered' },
  ])
  await heldSession(context, { title: 'Digital', aspect: 'digital_transformation', startsAt: '2026-05-11T09:00' }, [
    { personId: siti, status: 'present', pre: 70, post: 90 },
    { personId: agus, status: 'present' },
    { personId: dewi, status: 'cancelled' },
  ])
  const cancelled = await heldSession(
    context,
    { title: 'Batal', startsAt: '2026-04-01T09:00', endsAt: '2026-04-01T11:00' },
    [{ personId: dewi, status: 'present' }],
  )
  ok(await context.registry.invoke('cop:changeSessionStatus', { id: cancelled.id, status: 'cancelled' }))
  return context
}

describe('CoP & ToT indicators', () => {
  it('count unique people who attended, never the absent, the merely registered or a cancelled session', async () => {
    const context = await trained()
    const result = ok<Indicators>(await context.registry.invoke('cop:indicators', {}))
    expect(result).toMatchObject({
      people: 3,
      women: 1,
      men: 2,
      womenPercent: 33.3,
      womenTarget: 30,
      young: 1,
      youngPercent: 33.3,
      ageUnknown: 1,
      leaders: 1,
      managers: 1,
      sessions: 2,
    })
    expect(result.byAspect).toEqual([
      { key: 'digital_transformation', people: 2, women: 1 },
      { key: 'financial_resilience', people: 2, women: 1 },
    ])
    expect(result.byOrganisation.map((row) => [row.name, row.people, row.women])).toEqual([
      ['Yayasan Bina Desa', 2, 1],
      ['KSM Makmur Sentosa', 1, 0],
    ])
    expect(result.byRegency.map((row) => [row.key, row.people])).toEqual([
      ['35.19', 2],
      ['35.77', 1],
    ])
    expect(result.gainByAspect).toEqual([
      { aspect: 'digital_transformation', count: 1, gain: 20 },
      { aspect: 'financial_resilience', count: 2, gain: 25 },
    ])
  })

  it('narrow to a period (days where the hub is) and an aspect', async () => {
    const context = await trained()
    const may = ok<Indicators>(
      await context.registry.invoke('cop:indicators', { from: '2026-05-01', to: '2026-05-31' }),
    )
    expect([may.people, may.sessions, may.women]).toEqual([2, 1, 1])
    const finance = ok<Indicators>(await context.registry.invoke('cop:indicators', { aspect: 'financial_resilience' }))
    expect([finance.people, finance.leaders, finance.managers]).toEqual([2, 1, 1])
  })

  it('count a person merged into another once, as the one they became', async () => {
    const context = await trained()
    const { siti } = context.people
    const twin = await context.person('Siti Rahayu', context.binaDesa, { role: 'leader', birthYear: 1998 })
    await heldSession(
      context,
      {
        title: 'Pemasaran',
        aspect: 'marketing_social_business',
        startsAt: '2026-05-12T09:00',
        endsAt: '2026-05-12T11:00',
      },
      [{ personId: twin, status: 'present' }],
    )
    ok(await context.registry.invoke('members:merge', { kind: 'person', survivorId: siti, mergedId: twin }))
    const result = ok<Indicators>(await context.registry.invoke('cop:indicators', {}))
    expect([result.people, result.sessions]).toEqual([3, 3])
  })

  it('count a deleted person nowhere', async () => {
    const context = await trained()
    ok(await context.registry.invoke('members:deleteRecord', { kind: 'person', id: context.people.budi }))
    const result = ok<Indicators>(await context.registry.invoke('cop:indicators', {}))
    expect([result.people, result.men, result.managers]).toEqual([2, 1, 0])
  })
})

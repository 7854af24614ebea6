import { describe, expect, it } from 'vitest'
import type { Cascade, CascadeSession, Trainer, TrainerView } from '../../shared/cop'
import { ok } from '../members/records/testing'
import { expectRefused } from '../testing/refused'
import { copServices, heldSession, participantOf, sessionInput, type CopContext } from './testing'

const tot = (title: string, day: string, facilitatorIds: string[]) => ({
  title,
  format: 'tot',
  startsAt: `${day}T08:00`,
  endsAt: `${day}T16:00`,
  facilitatorIds,
})

/**
 * Three generations: Dewi leads ToT 1 (before she is a trainer herself), Siti and Budi graduate;
 * Siti leads ToT 2, Agus graduates; Agus leads ToT 3, Dewi graduates.
 */
async function threeGenerations(context: CopContext) {
  const { siti, budi, wati, agus, dewi } = context.people
  const graduate = async (session: Awaited<ReturnType<typeof heldSession>>, personId: string) =>
    ok<Trainer>(await context.registry.invoke('cop:graduate', { participantId: participantOf(session, personId).id }))
  const first = await heldSession(context, tot('ToT 1', '2026-03-02', [dewi]), [
    { personId: siti, status: 'present', pre: 40, post: 80 },
    { personId: budi, status: 'present', pre: 45, post: 75 },
    { personId: wati, status: 'partial', pre: 50, post: 90 },
  ])
  await graduate(first, siti)
  await graduate(first, budi)
  const second = await heldSession(context, tot('ToT 2', '2026-04-06', [siti]), [
    { personId: agus, status: 'present', pre: 60, post: 90 },
    { personId: wati, status: 'present', pre: 50, post: 75 },
  ])
  await graduate(second, agus)
  const third = await heldSession(context, tot('ToT 3', '2026-05-11', [agus]), [
    { personId: dewi, status: 'present', pre: 70, post: 95 },
  ])
  await graduate(third, dewi)
  return { first, second, third }
}

const shape = (session: CascadeSession): unknown => ({
  title: session.title,
  graduates: session.graduates.map((trainer) => ({ name: trainer.name, led: trainer.sessions.map(shape) })),
})

describe('the ToT cascade', () => {
  it('is a tree over several generations, a trainer linked only to sessions after they qualified', async () => {
    const context = await copServices()
    await threeGenerations(context)
    const cascade = ok<Cascade>(await context.registry.invoke('cop:cascade', {}))
    expect(cascade.generations).toBe(3)
    expect(cascade.roots.map(shape)).toEqual([
      {
        title: 'ToT 1',
        graduates: [
          { name: 'Budi Santoso', led: [] },
          {
            name: 'Siti Rahayu',
            led: [
              {
                title: 'ToT 2',
                graduates: [
                  {
                    name: 'Agus Prasetyo',
                    led: [{ title: 'ToT 3', graduates: [{ name: 'Dewi Anggraini', led: [] }] }],
                  },
                ],
              },
            ],
          },
        ],
      },
    ])
  })

  it("gives each graduate's reach: sessions led, unique people, OMS and kabupaten/kota reached", async () => {
    const context = await copServices()
    await threeGenerations(context)
    const trainers = ok<Trainer[]>(await context.registry.invoke('cop:trainers', undefined))
    const reach = Object.fromEntries(trainers.map((t) => [t.name, [t.sourceSessionTitle, t.qualifiedOn, t.reach]]))
    expect(reach).toEqual({
      'Agus Prasetyo': [
        'ToT 2',
        '2026-04-06',
        { sessionsLed: 1, uniqueParticipants: 1, organisationsReached: 1, regenciesReached: 1 },
      ],
      'Budi Santoso': [
        'ToT 1',
        '2026-03-02',
        { sessionsLed: 0, uniqueParticipants: 0, organisationsReached: 0, regenciesReached: 0 },
      ],
      'Dewi Anggraini': [
        'ToT 3',
        '2026-05-11',
        { sessionsLed: 0, uniqueParticipants: 0, organisationsReached: 0, regenciesReached: 0 },
      ],
      'Siti Rahayu': [
        'ToT 1',
        '2026-03-02',
        { sessionsLed: 1, uniqueParticipants: 2, organisationsReached: 1, regenciesReached: 1 },
      ],
    })
  })

  it('starts from any ToT asked for, and ends a loop in the data instead of following it', async () => {
    const context = await copServices()
    const { first, second } = await threeGenerations(context)
    const fromSecond = ok<Cascade>(await context.registry.invoke('cop:cascade', { rootSessionId: second.id }))
    expect(fromSecond.roots.map(shape)).toEqual([
      {
        title: 'ToT 2',
        graduates: [
          { name: 'Agus Prasetyo', led: [{ title: 'ToT 3', graduates: [{ name: 'Dewi Anggraini', led: [] }] }] },
        ],
      },
    ])
    // ToT 1 moved after ToT 3 and led by Dewi: Siti trained Agus, who trained Dewi, who "trained" Siti.
    ok(
      await context.registry.invoke('cop:updateSession', {
        id: first.id,
        ...sessionInput(tot('ToT 1', '2026-05-12', [context.people.dewi])),
      }),
    )
    const looped = ok<Cascade>(await context.registry.invoke('cop:cascade', {}))
    expect(looped.roots.map(shape)).toEqual([
      {
        title: 'ToT 2',
        graduates: [
          {
            name: 'Agus Prasetyo',
            led: [
              {
                title: 'ToT 3',
                graduates: [
                  {
                    name: 'Dewi Anggraini',
                    led: [
                      {
                        title: 'ToT 1',
                        graduates: [
                          { name: 'Budi Santoso', led: [] },
                          { name: 'Siti Rahayu', led: [] },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ])
  })

  it('refuses to graduate someone who did not complete the ToT, a webinar participant, or a trainer twice', async () => {
    const context = await copServices()
    const { first } = await threeGenerations(context)
    const { wati, siti } = context.people
    await expectRefused(
      context.database,
      () => context.registry.invoke('cop:graduate', { participantId: participantOf(first, wati).id }),
      { key: 'validation.cop.trainer.notCompleted', params: { name: 'Wati Lestari', passScore: 70 } },
    )
    await expectRefused(
      context.database,
      () => context.registry.invoke('cop:graduate', { participantId: participantOf(first, siti).id }),
      { key: 'validation.cop.trainer.already', params: { name: 'Siti Rahayu', session: 'ToT 1' } },
    )
    const webinar = await heldSession(context, { title: 'Webinar' }, [{ personId: wati, status: 'present', post: 100 }])
    await expectRefused(
      context.database,
      () => context.registry.invoke('cop:graduate', { participantId: participantOf(webinar, wati).id }),
      'validation.cop.trainer.notTot',
    )
  })

  it('refuses to revoke a trainer who has led sessions since, and revokes one who has not', async () => {
    const context = await copServices()
    await threeGenerations(context)
    const trainers = ok<Trainer[]>(await context.registry.invoke('cop:trainers', undefined))
    const byName = (name: string) => trainers.find((t) => t.name === name) as Trainer
    await expectRefused(
      context.database,
      () => context.registry.invoke('cop:revokeTrainer', { id: byName('Siti Rahayu').id }),
      {
        key: 'validation.cop.trainer.hasLed',
        params: { count: 1 },
      },
    )
    ok(await context.registry.invoke('cop:revokeTrainer', { id: byName('Budi Santoso').id }))
    const left = ok<Trainer[]>(await context.registry.invoke('cop:trainers', undefined))
    expect(left.map((t) => t.name)).toEqual(['Agus Prasetyo', 'Dewi Anggraini', 'Siti Rahayu'])
  })
})

describe("a trainer's own view", () => {
  it('shows their sessions ahead and behind, and the certificates they have to issue', async () => {
    const context = await copServices()
    const { second } = await threeGenerations(context)
    const { siti, agus, wati } = context.people
    const upcoming = ok(
      await context.registry.invoke('cop:createSession', {
        title: 'Webinar lanjutan',
        aspect: 'financial_resilience',
        format: 'webinar',
        startsAt: '2026-06-01T09:00',
        endsAt: '2026-06-01T11:00',
        facilitatorIds: [siti],
      }),
    )
    ok(
      await context.registry.invoke('cop:issueCertificates', {
        sessionId: second.id,
        participantIds: [participantOf(second, agus).id],
      }),
    )
    const view = ok<TrainerView>(await context.registry.invoke('cop:trainerView', { personId: siti }))
    expect(view.qualifications.map((q) => q.aspect)).toEqual(['financial_resilience'])
    expect(view.upcoming.map((s) => s.title)).toEqual(['Webinar lanjutan'])
    expect(view.past.map((s) => [s.title, s.attended])).toEqual([['ToT 2', 2]])
    expect(view.certificatesToIssue).toEqual([
      {
        sessionId: second.id,
        sessionTitle: 'ToT 2',
        participantId: participantOf(second, wati).id,
        name: 'Wati Lestari',
      },
    ])
    expect(upcoming).toBeTruthy()
  })
})

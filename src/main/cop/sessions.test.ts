import { describe, expect, it } from 'vitest'
import type { Series, SessionDetail, SessionPage } from '../../shared/cop'
import type { Result } from '../../shared/errors'
import { ok } from '../members/records/testing'
import { expectRefused } from '../testing/refused'
import { copServices, createdSession, heldSession, NOW, participantOf, sessionInput } from './testing'

const firstSeries = (result: Result<unknown>): Series => {
  const [series] = ok<Series[]>(result)
  if (!series) throw new Error('no series')
  return series
}

describe('sessions', () => {
  it('stores times in UTC and shows them in the hub zone, with three quarters of the length as threshold', async () => {
    const context = await copServices()
    const session = await createdSession(context, { facilitatorIds: [context.people.dewi] })
    expect(session).toMatchObject({
      startsAt: '2026-05-11T02:00:00.000Z',
      localStartsAt: '2026-05-11T09:00',
      localEndsAt: '2026-05-11T11:00',
      durationMinutes: 120,
      effectiveThresholdMinutes: 90,
      status: 'planned',
      passScore: 70,
      facilitators: [{ personId: context.people.dewi, name: 'Dewi Anggraini', trainerId: null }],
    })
  })

  it.each([
    ['an end before the start', { endsAt: '2026-05-11T08:00' }, 'validation.cop.session.endBeforeStart', 'endsAt'],
    ['an end equal to the start', { endsAt: '2026-05-11T09:00' }, 'validation.cop.session.endBeforeStart', 'endsAt'],
    ['no aspect', { aspect: '' }, 'validation.cop.session.aspect', 'aspect'],
    ['an aspect not in the list', { aspect: 'juggling' }, 'validation.cop.session.aspect', 'aspect'],
    ['a format not in the list', { format: 'seminar' }, 'validation.cop.session.format', 'format'],
    ['a day that does not exist', { startsAt: '2026-02-30T09:00' }, 'validation.cop.session.startsAt', 'startsAt'],
    ['a link that is no web address', { meetingLink: 'zoom 123' }, 'validation.cop.session.link', 'meetingLink'],
    ['a pass score above 100', { passScore: 101 }, 'validation.cop.session.passScore', 'passScore'],
    ['a part without a series', { seriesPart: 2 }, 'validation.cop.session.series', 'seriesId'],
  ])('refuses %s with a specific message', async (_, values, key, field) => {
    const context = await copServices()
    await expectRefused(
      context.database,
      () => context.registry.invoke('cop:createSession', sessionInput(values)),
      key,
      field,
    )
  })

  it('refuses a facilitator no longer in the directory', async () => {
    const context = await copServices()
    ok(await context.registry.invoke('members:deleteRecord', { kind: 'person', id: context.people.agus }))
    await expectRefused(
      context.database,
      () => context.registry.invoke('cop:createSession', sessionInput({ facilitatorIds: [context.people.agus] })),
      'validation.cop.session.facilitator',
      'facilitatorIds',
    )
  })

  it('groups a series, one session per part, and lists sessions newest first with their series', async () => {
    const context = await copServices()
    const series = firstSeries(
      await context.registry.invoke('cop:createSeries', {
        title: 'Webinar Keuangan 4 Seri',
        aspect: 'financial_resilience',
      }),
    )
    const part = (n: number, day: string) =>
      createdSession(context, { seriesId: series.id, seriesPart: n, startsAt: `${day}T09:00`, endsAt: `${day}T11:00` })
    await part(1, '2026-05-04')
    await part(2, '2026-05-11')
    await expectRefused(
      context.database,
      () =>
        context.registry.invoke(
          'cop:createSession',
          sessionInput({ seriesId: series.id, seriesPart: 2, title: 'Bagian dua lagi' }),
        ),
      { key: 'validation.cop.session.partTaken', params: { part: 2, title: 'Webinar Resiliensi Keuangan OMS' } },
      'seriesPart',
    )
    const page = ok<SessionPage>(await context.registry.invoke('cop:listSessions', { search: 'keuangan 4' }))
    expect(page.total).toBe(2)
    expect(page.rows.map((row) => [row.seriesPart, row.startsAt])).toEqual([
      [2, '2026-05-11T02:00:00.000Z'],
      [1, '2026-05-04T02:00:00.000Z'],
    ])
    await expectRefused(context.database, () => context.registry.invoke('cop:deleteSeries', { id: series.id }), {
      key: 'validation.cop.series.hasSessions',
      params: { count: 2 },
    })
  })

  it('is done only once it has begun; a cancelled one is planned again first', async () => {
    const context = await copServices()
    const future = await createdSession(context, { startsAt: '2026-06-01T09:00', endsAt: '2026-06-01T11:00' })
    await expectRefused(
      context.database,
      () => context.registry.invoke('cop:changeSessionStatus', { id: future.id, status: 'done' }),
      'validation.cop.session.notYetHeld',
    )
    ok(await context.registry.invoke('cop:changeSessionStatus', { id: future.id, status: 'cancelled' }))
    await expectRefused(
      context.database,
      () => context.registry.invoke('cop:changeSessionStatus', { id: future.id, status: 'ongoing' }),
      'validation.cop.session.cancelledFirst',
    )
    const planned = ok<SessionDetail>(
      await context.registry.invoke('cop:changeSessionStatus', { id: future.id, status: 'planned' }),
    )
    expect(planned.status).toBe('planned')
  })
})

describe('participants', () => {
  it('registers many at once and refuses a person registered twice by name, registering none of the batch', async () => {
    const context = await copServices()
    const { siti, budi, wati } = context.people
    const session = await createdSession(context)
    ok(await context.registry.invoke('cop:register', { sessionId: session.id, personIds: [siti, budi] }))
    await expectRefused(
      context.database,
      () => context.registry.invoke('cop:register', { sessionId: session.id, personIds: [wati, siti] }),
      { key: 'validation.cop.participant.twice', params: { name: 'Siti Rahayu', session: session.title } },
    )
    const detail = ok<SessionDetail>(await context.registry.invoke('cop:getSession', { id: session.id }))
    expect(detail.participants.map((p) => [p.name, p.status])).toEqual([
      ['Budi Santoso', 'registered'],
      ['Siti Rahayu', 'registered'],
    ])
  })

  it('refuses registration beyond capacity, and takes a cancelled registration back', async () => {
    const context = await copServices()
    const { siti, budi, wati } = context.people
    const session = await createdSession(context, { capacity: 2 })
    const detail = ok<SessionDetail>(
      await context.registry.invoke('cop:register', { sessionId: session.id, personIds: [siti, budi] }),
    )
    await expectRefused(
      context.database,
      () => context.registry.invoke('cop:register', { sessionId: session.id, personIds: [wati] }),
      { key: 'validation.cop.participant.full', params: { capacity: 2, name: 'Wati Lestari' } },
    )
    const budiId = participantOf(detail, budi).id
    ok(
      await context.registry.invoke('cop:setAttendance', {
        sessionId: session.id,
        changes: [{ participantId: budiId, status: 'cancelled' }],
      }),
    )
    const again = ok<SessionDetail>(
      await context.registry.invoke('cop:register', { sessionId: session.id, personIds: [budi] }),
    )
    expect(participantOf(again, budi)).toMatchObject({ id: budiId, status: 'registered' })
  })

  it('registers for every part of a series at once', async () => {
    const context = await copServices()
    const series = firstSeries(
      await context.registry.invoke('cop:createSeries', { title: 'Seri Digital', aspect: 'digital_transformation' }),
    )
    const first = await createdSession(context, {
      seriesId: series.id,
      seriesPart: 1,
      aspect: 'digital_transformation',
    })
    const second = await createdSession(context, {
      seriesId: series.id,
      seriesPart: 2,
      aspect: 'digital_transformation',
      startsAt: '2026-05-25T09:00',
      endsAt: '2026-05-25T11:00',
    })
    ok(
      await context.registry.invoke('cop:register', {
        sessionId: first.id,
        personIds: [context.people.wati],
        wholeSeries: true,
      }),
    )
    const detail = ok<SessionDetail>(await context.registry.invoke('cop:getSession', { id: second.id }))
    expect(detail.participants.map((p) => p.name)).toEqual(['Wati Lestari'])
  })

  it('records attendance only once a session has begun, and refuses a score outside 0–100 without saving any', async () => {
    const context = await copServices()
    const { siti, budi } = context.people
    const future = await createdSession(context, { startsAt: '2026-06-01T09:00', endsAt: '2026-06-01T11:00' })
    const detail = ok<SessionDetail>(
      await context.registry.invoke('cop:register', { sessionId: future.id, personIds: [siti, budi] }),
    )
    await expectRefused(
      context.database,
      () =>
        context.registry.invoke('cop:setAttendance', {
          sessionId: future.id,
          changes: [{ participantId: participantOf(detail, siti).id, status: 'present' }],
        }),
      'validation.cop.participant.notYetHeld',
    )
    await expectRefused(
      context.database,
      () =>
        context.registry.invoke('cop:setScores', {
          sessionId: future.id,
          scores: [
            { participantId: participantOf(detail, siti).id, preScore: 40, postScore: 80 },
            { participantId: participantOf(detail, budi).id, preScore: 40, postScore: 101 },
          ],
        }),
      'validation.cop.participant.score',
      'scores.1.postScore',
    )
  })

  it('gives the mean scores and gain of those with both', async () => {
    const context = await copServices()
    const { siti, budi, wati } = context.people
    const session = await heldSession(context, {}, [
      { personId: siti, status: 'present', pre: 40, post: 80 },
      { personId: budi, status: 'present', pre: 55, post: 70 },
      { personId: wati, status: 'partial', pre: 60, post: null },
    ])
    expect(session.scores).toEqual({ count: 2, pre: 47.5, post: 75, gain: 27.5 })
    expect(session.participants.map((p) => [p.name, p.eligible])).toEqual([
      ['Budi Santoso', true],
      ['Siti Rahayu', true],
      ['Wati Lestari', false],
    ])
    expect(NOW).toBeGreaterThan(Date.parse(session.endsAt))
  })
})

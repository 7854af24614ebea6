import { describe, expect, it } from 'vitest'
import type { AttendanceCommitted, AttendancePreview, SessionDetail } from '../../shared/cop'
import { ok } from '../members/records/testing'
import { expectRefused } from '../testing/refused'
import { copServices, createdSession, participantOf } from './testing'

/** Zoom's participant report with its meeting header, as Zoom writes it (UTF-8 with BOM, CRLF). */
const zoomReport = [
  'Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants',
  '812 3456 7890,Webinar Resiliensi Keuangan OMS,05/11/2026 08:55:02 AM,05/11/2026 11:04:40 AM,sekretariat@forumomsjatim.or.id,130,4',
  '',
  'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent,In Waiting Room',
  'Siti R. (HP),siti@binadesa.or.id,05/11/2026 08:58:10 AM,05/11/2026 09:40:00 AM,42,No,Y,No',
  'Siti R. (HP),siti@binadesa.or.id,05/11/2026 09:45:00 AM,05/11/2026 10:20:00 AM,35,No,Y,No',
  'Siti R. (HP),siti@binadesa.or.id,05/11/2026 10:25:00 AM,05/11/2026 11:02:00 AM,37,No,Y,No',
  'Drs. Budi Santoso,,05/11/2026 09:00:00 AM,05/11/2026 09:50:00 AM,50,Yes,Y,No',
  'Lestari Wati,,05/11/2026 09:00:00 AM,05/11/2026 11:00:00 AM,120,Yes,Y,No',
  'Galaxy A12,,05/11/2026 09:10:00 AM,05/11/2026 10:00:00 AM,50,Yes,Y,No',
].join('\r\n')

const file = (text: string, fileName = 'participants_81234567890.csv') => ({
  fileName,
  contentBase64: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]).toString('base64'),
})

async function webinar() {
  const context = await copServices()
  const { siti, budi, dewi } = context.people
  const session = await createdSession(context)
  ok(await context.registry.invoke('cop:register', { sessionId: session.id, personIds: [siti, budi, dewi] }))
  return { ...context, session }
}

describe('importing attendance from a meeting report', () => {
  it('matches by e-mail, then by name whatever the titles and word order, and leaves the rest to the user', async () => {
    const context = await webinar()
    const { siti, budi, wati, agus, dewi } = context.people
    const preview = ok<AttendancePreview>(
      await context.registry.invoke('cop:attendancePreview', { sessionId: context.session.id, ...file(zoomReport) }),
    )
    expect(preview).toMatchObject({
      source: 'zoom',
      meetingTitle: 'Webinar Resiliensi Keuangan OMS',
      thresholdMinutes: 90,
    })
    expect(
      preview.rows.map((row) => [
        row.name,
        row.minutes,
        row.visits,
        row.personId,
        row.matchedBy,
        row.registered,
        row.proposedStatus,
      ]),
    ).toEqual([
      ['Siti R.', 114, 3, siti, 'email', true, 'present'],
      ['Drs. Budi Santoso', 50, 1, budi, 'name', true, 'partial'],
      ['Lestari Wati', 120, 1, wati, 'name', false, 'present'],
      ['Galaxy A12', 50, 1, null, null, false, null],
    ])
    expect(preview.missing.map((row) => row.name)).toEqual(['Dewi Anggraini'])

    const galaxy = preview.rows[3]?.entry ?? -1
    const committed = ok<AttendanceCommitted>(
      await context.registry.invoke('cop:attendanceCommit', {
        sessionId: context.session.id,
        ...file(zoomReport),
        resolutions: [{ entry: galaxy, personId: agus }],
      }),
    )
    expect(committed).toEqual({ updated: 2, registered: 2, markedAbsent: 1, skipped: 0 })
    const detail = ok<SessionDetail>(await context.registry.invoke('cop:getSession', { id: context.session.id }))
    expect(
      [siti, budi, wati, agus, dewi].map((person) => {
        const p = participantOf(detail, person)
        return [p.name, p.status, p.minutesPresent]
      }),
    ).toEqual([
      ['Siti Rahayu', 'present', 114],
      ['Budi Santoso', 'partial', 50],
      ['Wati Lestari', 'present', 120],
      ['Agus Prasetyo', 'partial', 50],
      ['Dewi Anggraini', 'absent', 0],
    ])
  })

  it('uses the threshold the session sets, and leaves a status someone set by hand alone', async () => {
    const context = await webinar()
    const { budi, dewi } = context.people
    ok(
      await context.registry.invoke('cop:updateSession', {
        id: context.session.id,
        ...sessionValues(),
        thresholdMinutes: 45,
      }),
    )
    const before = ok<SessionDetail>(await context.registry.invoke('cop:getSession', { id: context.session.id }))
    ok(
      await context.registry.invoke('cop:setAttendance', {
        sessionId: context.session.id,
        changes: [{ participantId: participantOf(before, dewi).id, status: 'cancelled' }],
      }),
    )
    const committed = ok<AttendanceCommitted>(
      await context.registry.invoke('cop:attendanceCommit', { sessionId: context.session.id, ...file(zoomReport) }),
    )
    expect(committed).toEqual({ updated: 2, registered: 1, markedAbsent: 0, skipped: 1 })
    const detail = ok<SessionDetail>(await context.registry.invoke('cop:getSession', { id: context.session.id }))
    expect(participantOf(detail, budi).status).toBe('present')
    expect(participantOf(detail, dewi).status).toBe('cancelled')
  })

  it('refuses two rows resolved to one person, an unknown file and a session not yet held, writing nothing', async () => {
    const context = await webinar()
    const preview = ok<AttendancePreview>(
      await context.registry.invoke('cop:attendancePreview', { sessionId: context.session.id, ...file(zoomReport) }),
    )
    await expectRefused(
      context.database,
      () =>
        context.registry.invoke('cop:attendanceCommit', {
          sessionId: context.session.id,
          ...file(zoomReport),
          resolutions: [{ entry: preview.rows[3]?.entry ?? -1, personId: context.people.siti }],
        }),
      { key: 'validation.cop.attendance.personTwice', params: { first: 'Siti R.', second: 'Galaxy A12' } },
    )
    const directory = 'Nama OMS;Kabupaten/Kota;Telepon\r\nYayasan Bina Desa;Kabupaten Madiun;0812 3456 7890\r\n'
    const refused = await context.registry.invoke('cop:attendancePreview', {
      sessionId: context.session.id,
      ...file(directory, 'direktori.csv'),
    })
    expect(refused.ok ? '' : refused.error.message).toContain('direktori.csv')
    const future = await createdSession(context, { startsAt: '2026-06-01T09:00', endsAt: '2026-06-01T11:00' })
    await expectRefused(
      context.database,
      () => context.registry.invoke('cop:attendanceCommit', { sessionId: future.id, ...file(zoomReport) }),
      'validation.cop.participant.notYetHeld',
    )
  })
})

const sessionValues = () => ({
  title: 'Webinar Resiliensi Keuangan OMS',
  aspect: 'financial_resilience',
  format: 'webinar',
  startsAt: '2026-05-11T09:00',
  endsAt: '2026-05-11T11:00',
})

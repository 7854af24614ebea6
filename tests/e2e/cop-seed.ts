import type { SessionDetail, Trainer } from '../../src/shared/cop'
import type { Harness } from '../../scripts/harness/server'
import { daysFromToday, value } from './pledges-seed'
import { giveConsent } from '../../src/main/privacy/testing'
import { createOrganisation, createPerson } from './records-seed'

/** A wall-clock time in the hub's zone, days from today, as the session form sends it: 2026-05-18T09:00. */
const at = (days: number, hour: number) => `${daysFromToday(days)}T${String(hour).padStart(2, '0')}:00`

interface Attendee {
  personId: string
  status: 'present' | 'partial'
  pre: number
  post: number
}

/**
 * A session of financial resilience held `daysAgo` days before today (sessions must have started
 * before attendance is marked, and be done before anyone graduates), with its attendees marked and
 * scored, then closed.
 */
async function heldSession(
  harness: Harness,
  fields: { title: string; format: string; facilitatorIds: string[] },
  daysAgo: number,
  attendees: Attendee[],
): Promise<SessionDetail> {
  const invoke = (channel: string, input: unknown) => harness.registry.invoke(channel, input)
  const session = value<SessionDetail>(
    await invoke('cop:createSession', {
      aspect: 'financial_resilience',
      startsAt: at(-daysAgo, 8),
      endsAt: at(-daysAgo, 16),
      ...fields,
    }),
    fields.title,
  )
  const registered = value<SessionDetail>(
    await invoke('cop:register', { sessionId: session.id, personIds: attendees.map((a) => a.personId) }),
    'the registrations',
  )
  const participant = (personId: string) => registered.participants.find((p) => p.personId === personId)?.id
  value(
    await invoke('cop:setAttendance', {
      sessionId: session.id,
      changes: attendees.map((a) => ({ participantId: participant(a.personId), status: a.status })),
    }),
    'the attendance',
  )
  value(
    await invoke('cop:setScores', {
      sessionId: session.id,
      scores: attendees.map((a) => ({ participantId: participant(a.personId), preScore: a.pre, postScore: a.post })),
    }),
    'the scores',
  )
  return value<SessionDetail>(await invoke('cop:changeSessionStatus', { id: session.id, status: 'done' }), 'done')
}

const participantOf = (session: SessionDetail, personId: string): string => {
  const found = session.participants.find((p) => p.personId === personId)
  if (!found) throw new Error(`${personId} is not in ${session.title}`)
  return found.id
}

/**
 * Three generations of trainers in financial resilience, in Kabupaten and Kota Madiun: Dewi leads
 * ToT Dasar (six weeks ago), Siti and Budi graduate; Siti leads ToT Lanjutan (four weeks ago), Agus
 * graduates and Wati waits for her certificate; Agus leads ToT Pendamping (two weeks ago), Joko
 * graduates. Siti also has a webinar next week. Six people trained, two of them women: 33,3%.
 */
export async function seedCascade(harness: Harness) {
  const binaDesa = await createOrganisation(harness, { name: 'Yayasan Bina Desa', regencyCode: '35.19' })
  const makmur = await createOrganisation(harness, { name: 'KSM Makmur Sentosa', regencyCode: '35.77' })
  // Each consented on the ToT's registration form to be listed and named in reports.
  const person = async (name: string, organisationId: string, fields: Record<string, unknown>) => {
    const id = await createPerson(harness, organisationId, { name, ...fields })
    giveConsent(harness.services.database, id, ['directory', 'publication'])
    return id
  }
  const dewi = await person('Dewi Anggraini', makmur, { role: 'leader', birthYear: 1990 })
  const siti = await person('Siti Rahayu', binaDesa, { role: 'leader', birthYear: 1998 })
  const budi = await person('Budi Santoso', binaDesa, { gender: 'male', role: 'manager', birthYear: 1980 })
  const wati = await person('Wati Lestari', makmur, { birthYear: 2001 })
  const agus = await person('Agus Prasetyo', makmur, { gender: 'male', birthYear: null })
  const rudi = await person('Rudi Hartono', binaDesa, { gender: 'male', birthYear: 1995 })
  const joko = await person('Joko Susilo', makmur, { gender: 'male', birthYear: 2000 })

  const tots: { title: string; daysAgo: number; facilitator: string; attendees: Attendee[]; graduates: string[] }[] = [
    {
      title: 'ToT Resiliensi Dasar',
      daysAgo: 42,
      facilitator: dewi,
      attendees: [
        { personId: siti, status: 'present', pre: 40, post: 80 },
        { personId: budi, status: 'present', pre: 45, post: 75 },
        { personId: wati, status: 'partial', pre: 50, post: 90 },
      ],
      graduates: [siti, budi],
    },
    {
      title: 'ToT Resiliensi Lanjutan',
      daysAgo: 28,
      facilitator: siti,
      attendees: [
        { personId: agus, status: 'present', pre: 60, post: 90 },
        { personId: wati, status: 'present', pre: 50, post: 75 },
      ],
      graduates: [agus],
    },
    {
      title: 'ToT Pendamping Keuangan',
      daysAgo: 14,
      facilitator: agus,
      attendees: [
        { personId: joko, status: 'present', pre: 55, post: 85 },
        { personId: rudi, status: 'present', pre: 60, post: 65 },
      ],
      graduates: [joko],
    },
  ]
  // One after another: each ToT's facilitator graduated from the one before.
  const held: SessionDetail[] = []
  for (const tot of tots) {
    const session = await heldSession(
      harness,
      { title: tot.title, format: 'tot', facilitatorIds: [tot.facilitator] },
      tot.daysAgo,
      tot.attendees,
    )
    for (const personId of tot.graduates)
      value<Trainer>(
        await harness.registry.invoke('cop:graduate', { participantId: participantOf(session, personId) }),
        'a trainer',
      )
    held.push(session)
  }
  const [first, second, third] = held as [SessionDetail, SessionDetail, SessionDetail]
  value(
    await harness.registry.invoke('cop:issueCertificates', {
      sessionId: first.id,
      participantIds: [participantOf(first, siti)],
    }),
    'the certificate',
  )
  const webinar = value<SessionDetail>(
    await harness.registry.invoke('cop:createSession', {
      title: 'Webinar Dana Cadangan OMS',
      aspect: 'financial_resilience',
      format: 'webinar',
      startsAt: at(7, 9),
      endsAt: at(7, 11),
      facilitatorIds: [siti],
    }),
    'the webinar',
  )
  value(
    await harness.registry.invoke('cop:register', { sessionId: webinar.id, personIds: [rudi, joko] }),
    'the webinar registrations',
  )
  const certified = value<SessionDetail>(await harness.registry.invoke('cop:getSession', { id: first.id }), 'ToT 1')
  const code = certified.participants.find((p) => p.personId === siti)?.certificate?.code
  if (!code) throw new Error("Siti's certificate was not issued")
  return { people: { dewi, siti, budi, wati, agus, rudi, joko }, sessions: { first, second, third, webinar }, code }
}

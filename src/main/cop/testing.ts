import type { SessionDetail } from '../../shared/cop'
import { jawaTimurServices, ok, saved, savedPerson } from '../members/records/testing'
import { giveConsent } from '../privacy/testing'

/** 18 Mei 2026, 10.00 WIB: "now" for these tests. */
export const NOW = Date.parse('2026-05-18T03:00:00Z')

/**
 * A Jawa Timur hub on a clock the test can move, with two member OMS in two kabupaten/kota and
 * people in them: women and men, leaders and staff, young and not.
 */
export async function copServices() {
  const clock = { now: NOW }
  const context = await jawaTimurServices({ clock: () => clock.now })
  const { registry } = context
  const organisation = async (name: string, regencyCode: string) =>
    saved(await registry.invoke('members:createOrganisation', { name, regencyCode, allowDuplicates: true }))
  const binaDesa = await organisation('Yayasan Bina Desa', '35.19')
  const makmur = await organisation('KSM Makmur Sentosa', '35.77')
  // Each consented to be listed and named in reports, as a ToT's registration form asks.
  const person = async (name: string, organisationId: string, values: Record<string, unknown> = {}) => {
    const id = await savedPerson(registry, organisationId, name, { allowDuplicates: true, ...values })
    giveConsent(context.services.database, id, ['directory', 'publication'])
    return id
  }
  const people = {
    siti: await person('Siti Rahayu', binaDesa, { role: 'leader', birthYear: 1998, email: 'siti@binadesa.or.id' }),
    budi: await person('Budi Santoso', binaDesa, { gender: 'male', role: 'manager', birthYear: 1980 }),
    wati: await person('Wati Lestari', makmur, { birthYear: 2001 }),
    agus: await person('Agus Prasetyo', makmur, { gender: 'male', birthYear: null }),
    dewi: await person('Dewi Anggraini', makmur, { role: 'leader', birthYear: 1990 }),
  }
  return { ...context, clock, binaDesa, makmur, people, person }
}
export type CopContext = Awaited<ReturnType<typeof copServices>>

/** A session's fields as the form sends them: a two-hour webinar on financial resilience, WIB. */
export const sessionInput = (values: Record<string, unknown> = {}) => ({
  title: 'Webinar Resiliensi Keuangan OMS',
  aspect: 'financial_resilience',
  format: 'webinar',
  startsAt: '2026-05-11T09:00',
  endsAt: '2026-05-11T11:00',
  ...values,
})

export async function createdSession(
  context: CopContext,
  values: Record<string, unknown> = {},
): Promise<SessionDetail> {
  return ok<SessionDetail>(await context.registry.invoke('cop:createSession', sessionInput(values)))
}

/** A session held and done, with these people registered, marked and scored. */
export async function heldSession(
  context: CopContext,
  values: Record<string, unknown>,
  attendees: { personId: string; status: string; pre?: number | null; post?: number | null }[],
): Promise<SessionDetail> {
  const { registry } = context
  const session = await createdSession(context, values)
  await registry.invoke('cop:register', { sessionId: session.id, personIds: attendees.map((a) => a.personId) })
  let detail = ok<SessionDetail>(await registry.invoke('cop:getSession', { id: session.id }))
  const participant = (personId: string) => detail.participants.find((p) => p.personId === personId)?.id as string
  ok(
    await registry.invoke('cop:setAttendance', {
      sessionId: session.id,
      changes: attendees.map((a) => ({ participantId: participant(a.personId), status: a.status })),
    }),
  )
  ok(
    await registry.invoke('cop:setScores', {
      sessionId: session.id,
      scores: attendees.map((a) => ({
        participantId: participant(a.personId),
        preScore: a.pre ?? null,
        postScore: a.post ?? null,
      })),
    }),
  )
  detail = ok<SessionDetail>(await registry.invoke('cop:changeSessionStatus', { id: session.id, status: 'done' }))
  return detail
}

export const participantOf = (session: SessionDetail, personId: string) => {
  const found = session.participants.find((p) => p.personId === personId)
  if (!found) throw new Error(`${personId} is not a participant`)
  return found
}

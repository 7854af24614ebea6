import { DEFAULT_PASS_SCORE, DEFAULT_THRESHOLD_SHARE, type SessionFormat } from '../../../shared/cop'
import { utcToZoned, zonedToUtc } from '../../../shared/format'
import type { AppDatabase } from '../../db'
import { requireIdentity } from '../../hub/service'
import { dayNumber, isoDay } from '../../initiatives/seed'
import { cached, generator } from '../../members/seed'
import { hubToday } from '../../pledges/common'
import { syncWrite, type SyncWriter } from '../../sync/write'
import { certificateCode, certificateId, participantId, trainerId } from '../ids'
import { effectiveThreshold, isEligible, minutesBetween } from '../rules'
import { copCertificates, copParticipants, copSeries, copSessions, copTrainers } from '../schema'
import { attendanceOf, testedShare } from './attendance'
import { draw, planSessions, type PlannedSession, type Random } from './plan'
import { cancelNotes, venues } from './vocabulary'

export interface CopSeedOptions {
  sessions: number
  seed: number
}

export interface CopSeedResult {
  sessions: number
  participants: number
  trainers: number
  certificates: number
}

interface Person {
  id: string
  name: string
  role: string
}

/** Issuing is done per session, for all who earned it; a discussion gives no certificate. */
const certifiedShare: Record<SessionFormat, number> = {
  tot: 0.9,
  online_training: 0.85,
  offline_training: 0.85,
  webinar: 0.6,
  mentoring: 0.3,
  cop_discussion: 0,
}

const clockTime = (day: number, minute: number) =>
  `${isoDay(day)}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`

/** Trainers so far, by aspect: who may lead a session of it, from the day after they qualified. */
class Trainers {
  private readonly byAspect = new Map<string, { personId: string; day: number }[]>()
  private readonly ids: Set<string>

  constructor(database: AppDatabase) {
    this.ids = new Set(database.sqlite.prepare('SELECT id FROM cop_trainers').pluck().all() as string[])
    const live = database.sqlite
      .prepare(
        'SELECT person_id AS personId, aspect, qualified_on AS qualifiedOn FROM cop_trainers WHERE deleted_at IS NULL ORDER BY rowid',
      )
      .all() as { personId: string; aspect: string; qualifiedOn: string }[]
    for (const trainer of live) this.add(trainer.personId, trainer.aspect, dayNumber(trainer.qualifiedOn))
  }

  /** A person is a trainer of an aspect once, tombstone or not. */
  isNew(personId: string, aspect: string): boolean {
    return !this.ids.has(trainerId(personId, aspect))
  }

  add(personId: string, aspect: string, day: number): void {
    this.ids.add(trainerId(personId, aspect))
    const trainers = this.byAspect.get(aspect) ?? []
    trainers.push({ personId, day })
    this.byAspect.set(aspect, trainers)
  }

  readyBy(aspect: string, day: number): string[] {
    return (this.byAspect.get(aspect) ?? []).filter((trainer) => trainer.day < day).map((trainer) => trainer.personId)
  }

  all(aspect: string): Set<string> {
    return new Set((this.byAspect.get(aspect) ?? []).map((trainer) => trainer.personId))
  }
}

/**
 * Adds two years of the hub's CoP & ToT programme over the people in its directory: ToT cascades
 * (first ToTs led by resource persons, their graduates made trainers as `graduate` does and leading
 * sessions and further ToTs after they qualified), four-part webinar series with attendance per
 * part, and trainings, webinars, mentoring and CoP discussions on the six capacity aspects, with
 * attendance on either side of each session's threshold, pre- and post-tests, certificates with
 * their verification codes, a few sessions cancelled and a few planned. Participants are drawn from
 * the directory, so its mix of women and young people carries over. The same seed gives the same
 * content; ids and clocks are new each run.
 */
export function seedCop(database: AppDatabase, options: CopSeedOptions): CopSeedResult {
  const { timeZone, provinceCode } = requireIdentity(database)
  const { sqlite } = database
  const random: Random = generator(options.seed)
  const today = dayNumber(hubToday(database))
  const people = sqlite
    .prepare('SELECT id, name, role FROM people WHERE deleted_at IS NULL AND merged_into_id IS NULL ORDER BY rowid')
    .all() as Person[]
  if (options.sessions > 0 && people.length === 0)
    throw new Error('seedCop needs people in the directory to attend and facilitate sessions')
  const resourcePersons = people.filter((person) => ['leader', 'manager', 'trainer'].includes(person.role))
  const organisationIds = sqlite
    .prepare('SELECT id FROM organisations WHERE deleted_at IS NULL AND merged_into_id IS NULL ORDER BY rowid')
    .pluck()
    .all() as string[]
  const regencies = sqlite
    .prepare('SELECT code, name FROM ref_regencies WHERE province_code = coalesce(?, province_code) ORDER BY code')
    .all(provinceCode) as { code: string; name: string }[]
  const districtsOf = cached(
    (regency: string) =>
      sqlite
        .prepare('SELECT name FROM ref_districts WHERE regency_code = ? ORDER BY code')
        .pluck()
        .all(regency) as string[],
  )
  const trainers = new Trainers(database)
  /** The latest graduates of each ToT chain: who facilitates its next ToT. */
  const chainGraduates = new Map<number, string[]>()
  const seriesIds = new Map<number, string>()
  const seriesCohorts = new Map<number, { size: number; people: Person[] }>()
  const result: CopSeedResult = { sessions: 0, participants: 0, trainers: 0, certificates: 0 }

  const venue = () => {
    const regency = random.pick(regencies)
    return random
      .pick(venues)
      .replace('{regency}', regency.name)
      .replace('{district}', random.pick(districtsOf(regency.code)))
  }
  const meetingLink = () =>
    random.chance(0.7)
      ? `https://us06web.zoom.us/j/${random.int(81, 89)}${random.digits(9)}`
      : `https://meet.google.com/${letters(3)}-${letters(4)}-${letters(3)}`
  const letters = (count: number) =>
    Array.from({ length: count }, () => String.fromCharCode(97 + random.int(0, 25))).join('')

  /** Outsiders to the aspect's cascade: a first ToT's resource persons, or a guest speaker. */
  const outsiders = (aspect: string, count: number) => {
    const trained = trainers.all(aspect)
    const pool = resourcePersons.length > 0 ? resourcePersons : people
    const found = draw(random, pool, count + trained.size).filter((person) => !trained.has(person.id))
    return (found.length > 0 ? found : draw(random, pool, count)).slice(0, count).map((person) => person.id)
  }

  const facilitatorsOf = (session: PlannedSession): string[] => {
    const aspect = session.aspect.aspect
    const previous = session.chain && session.chain.step > 0 ? (chainGraduates.get(session.chain.index) ?? []) : []
    if (previous.length > 0) return draw(random, previous, 2)
    const ready = trainers.readyBy(aspect, session.day)
    const count = session.format === 'tot' || random.chance(0.3) ? 2 : 1
    if (session.chain || ready.length === 0 || random.chance(0.2)) return outsiders(aspect, count)
    return draw(random, ready, count)
  }

  const seriesOf = (writer: SyncWriter, session: PlannedSession): string | null => {
    if (!session.series) return null
    const { index } = session.series
    const existing = seriesIds.get(index)
    if (existing) return existing
    const { title } = session.aspect.series
    const id = writer.insert(copSeries, { title, aspect: session.aspect.aspect, notes: 'Empat bagian, sepekan sekali' })
    seriesIds.set(index, id)
    return id
  }

  /** Who registered: a series' cohort for every part, else a fresh draw; never the facilitators. */
  const registrants = (session: PlannedSession, facilitatorIds: string[]) => {
    const index = session.series?.index
    const cohort = (index !== undefined && seriesCohorts.get(index)) || drawCohort(session, facilitatorIds.length)
    if (index !== undefined) seriesCohorts.set(index, cohort)
    return cohort.people.filter((person) => !facilitatorIds.includes(person.id)).slice(0, cohort.size)
  }
  const drawCohort = (session: PlannedSession, spare: number) => {
    const size = random.int(...session.size)
    return { size, people: draw(random, people, size + spare) }
  }

  const writeSession = (writer: SyncWriter, session: PlannedSession) => {
    const facilitatorIds = facilitatorsOf(session)
    const endDay = session.day + session.days - 1
    const startsAt = zonedToUtc(clockTime(session.day, session.startMinute), timeZone)
    const endsAt = zonedToUtc(clockTime(endDay, session.startMinute + session.dailyMinutes), timeZone)
    const contactMinutes = session.days * session.dailyMinutes
    // Over several days the clock runs through the nights: such a session states its own threshold.
    const thresholdMinutes =
      session.days > 1
        ? Math.ceil(contactMinutes * DEFAULT_THRESHOLD_SHARE)
        : random.chance(0.1)
          ? Math.round((contactMinutes * 2) / 3 / 5) * 5
          : null
    const passScore = session.format === 'tot' ? 75 : DEFAULT_PASS_SCORE
    const sessionId = writer.insert(copSessions, {
      seriesId: seriesOf(writer, session),
      seriesPart: session.series?.part ?? null,
      title: session.title,
      aspect: session.aspect.aspect,
      format: session.format,
      moduleReference: session.moduleReference,
      startsAt,
      endsAt,
      venue: session.online ? null : venue(),
      meetingLink: session.online ? meetingLink() : null,
      capacity: session.capacity,
      organiserOrganisationId: organisationIds.length > 0 && random.chance(0.35) ? random.pick(organisationIds) : null,
      facilitatorIds: JSON.stringify(facilitatorIds),
      notes: session.status === 'cancelled' ? random.pick(cancelNotes) : null,
      status: session.status,
      thresholdMinutes,
      passScore,
    })
    result.sessions += 1

    const held = {
      contactMinutes,
      threshold: effectiveThreshold(thresholdMinutes, minutesBetween(startsAt, endsAt)),
      tested: random.chance(testedShare[session.format]),
    }
    const eligible: (Person & { participantId: string })[] = []
    for (const person of registrants(session, facilitatorIds)) {
      const attendance = attendanceOf(random, session, held)
      const id = participantId(sessionId, person.id)
      writer.insert(copParticipants, { id, sessionId, personId: person.id, ...attendance })
      result.participants += 1
      if (isEligible(attendance, { status: session.status, passScore })) eligible.push({ ...person, participantId: id })
    }

    if (session.format === 'tot' && session.status === 'done') {
      // Not everyone who passed is asked to train others; two at least carry the chain on.
      const qualifiedOn = utcToZoned(endsAt, timeZone).slice(0, 10)
      const graduates = eligible
        .filter((person) => trainers.isNew(person.id, session.aspect.aspect))
        .filter((_, index) => index < 2 || random.chance(0.6))
      for (const graduate of graduates) {
        const aspect = session.aspect.aspect
        writer.insert(copTrainers, {
          id: trainerId(graduate.id, aspect),
          personId: graduate.id,
          aspect,
          sourceSessionId: sessionId,
          qualifiedOn,
        })
        trainers.add(graduate.id, aspect, dayNumber(qualifiedOn))
      }
      result.trainers += graduates.length
      if (session.chain)
        chainGraduates.set(
          session.chain.index,
          graduates.map((graduate) => graduate.id),
        )
    }

    if (endDay >= today || !random.chance(certifiedShare[session.format])) return
    const issuedOn = isoDay(Math.min(today, endDay + random.int(1, 14)))
    for (const holder of eligible) {
      const id = certificateId(holder.participantId)
      const printed = { id, holderName: holder.name, sessionTitle: session.title, issuedOn }
      writer.insert(copCertificates, {
        id,
        participantId: holder.participantId,
        code: certificateCode(provinceCode, printed),
        issuedOn,
        holderName: holder.name,
        sessionTitle: session.title,
      })
      result.certificates += 1
    }
  }

  syncWrite(
    database,
    (writer) => {
      for (const session of planSessions(random, options.sessions, today)) writeSession(writer, session)
    },
    { batch: true },
  )
  return result
}

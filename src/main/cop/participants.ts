import type { ParsedInputOf } from '../../shared/contract'
import type { ParticipantStatus, SessionDetail } from '../../shared/cop'
import { AppError } from '../../shared/errors'
import type { AppDatabase } from '../db'
import { syncWrite, type SyncWriter } from '../sync/write'
import {
  isLivePerson,
  readParticipant,
  requireParticipant,
  requireSession,
  type ParticipantState,
  type SessionState,
} from './checks'
import { sessionDetail } from './detail'
import { participantId } from './ids'
import { isEligible } from './rules'
import { copParticipants } from './schema'

const personName = (database: AppDatabase, id: string): string =>
  (database.sqlite.prepare('SELECT name FROM people WHERE id = ?').pluck().get(id) as string | undefined) ?? id

const liveCount = (database: AppDatabase, sessionId: string): number =>
  database.sqlite
    .prepare(
      "SELECT count(*) FROM cop_participants WHERE session_id = ? AND deleted_at IS NULL AND status != 'cancelled'",
    )
    .pluck()
    .get(sessionId) as number

/**
 * Registers a person for a session, or takes back a cancelled or removed registration: the row's id
 * is the session's and the person's, so there is only ever one. A live registration is refused by
 * name, and so is one beyond the session's capacity unless `walkIn` (someone the meeting report shows
 * was there).
 */
export function registerOne(
  database: AppDatabase,
  writer: SyncWriter,
  session: SessionState,
  personId: string,
  values: { status?: ParticipantStatus; minutesPresent?: number | null; walkIn?: boolean } = {},
): string {
  if (!isLivePerson(database, personId)) throw new AppError('VALIDATION', { key: 'validation.cop.participant.person' })
  const id = participantId(session.id, personId)
  const existing = readParticipant(database, id)
  if (existing && existing.deletedAt === null && existing.status !== 'cancelled')
    throw new AppError('VALIDATION', {
      key: 'validation.cop.participant.twice',
      params: { name: personName(database, personId), session: session.title },
    })
  if (!values.walkIn && session.capacity !== null && liveCount(database, session.id) >= session.capacity)
    throw new AppError('VALIDATION', {
      key: 'validation.cop.participant.full',
      params: { capacity: session.capacity, name: personName(database, personId) },
    })
  const row = {
    status: values.status ?? 'registered',
    minutesPresent: values.minutesPresent ?? null,
    preScore: null,
    postScore: null,
  }
  if (!existing) writer.insert(copParticipants, { id, sessionId: session.id, personId, ...row })
  else {
    writer.restore(copParticipants, id)
    writer.update(copParticipants, id, row)
  }
  return id
}

/** Many people at once, in one transaction: one refusal and none is registered. */
export function register(database: AppDatabase, input: ParsedInputOf<'cop:register'>): SessionDetail {
  const session = requireSession(database, input.sessionId)
  syncWrite(database, (writer) => {
    const sessions = input.wholeSeries && session.seriesId !== null ? seriesParts(database, session) : [session]
    for (const part of sessions)
      for (const personId of new Set(input.personIds)) registerOne(database, writer, part, personId)
  })
  return sessionDetail(database, session.id)
}

function seriesParts(database: AppDatabase, session: SessionState): SessionState[] {
  const ids = database.sqlite
    .prepare(
      "SELECT id FROM cop_sessions WHERE series_id = ? AND deleted_at IS NULL AND status != 'cancelled' ORDER BY series_part",
    )
    .pluck()
    .all(session.seriesId) as string[]
  return ids.map((id) => requireSession(database, id))
}

/**
 * Marks many participants at once. Attendance is what happened: a session not yet begun has
 * none but "terdaftar" and "batal".
 */
export function setAttendance(database: AppDatabase, input: ParsedInputOf<'cop:setAttendance'>): SessionDetail {
  const session = requireSession(database, input.sessionId)
  const happened = input.changes.some((change) => change.status !== 'registered' && change.status !== 'cancelled')
  if (happened && Date.parse(session.startsAt) > database.clock())
    throw new AppError('VALIDATION', { key: 'validation.cop.participant.notYetHeld' })
  syncWrite(database, (writer) => {
    for (const change of input.changes) {
      const participant = requireParticipant(database, change.participantId, session.id)
      keepQualified(database, session, participant, { status: change.status, postScore: participant.postScore })
      writer.update(copParticipants, change.participantId, { status: change.status })
    }
  })
  return sessionDetail(database, session.id)
}

/**
 * A participant certified by this session, or graduated from it as a trainer, keeps what earned it:
 * a change that would no longer qualify them is refused until the certificate or graduation goes.
 */
function keepQualified(
  database: AppDatabase,
  session: SessionState,
  participant: ParticipantState,
  next: Pick<ParticipantState, 'status' | 'postScore'>,
): void {
  if (isEligible(next, session)) return
  const qualified = database.sqlite
    .prepare(
      `SELECT 1 FROM cop_certificates WHERE participant_id = ? AND deleted_at IS NULL
       UNION ALL SELECT 1 FROM cop_trainers WHERE person_id = ? AND source_session_id = ? AND deleted_at IS NULL`,
    )
    .get(participant.id, participant.personId, session.id)
  if (qualified)
    throw new AppError('VALIDATION', {
      key: 'validation.cop.participant.certifiedChange',
      params: { name: personName(database, participant.personId) },
    })
}

export function setScores(database: AppDatabase, input: ParsedInputOf<'cop:setScores'>): SessionDetail {
  const session = requireSession(database, input.sessionId)
  syncWrite(database, (writer) => {
    for (const { participantId: id, preScore, postScore } of input.scores) {
      const participant = requireParticipant(database, id, session.id)
      keepQualified(database, session, participant, { status: participant.status, postScore })
      writer.update(copParticipants, id, { preScore, postScore })
    }
  })
  return sessionDetail(database, session.id)
}

/** A registration made by mistake goes; one with a certificate stays, since the certificate names it. */
export function removeParticipant(database: AppDatabase, id: string): SessionDetail {
  const participant = requireParticipant(database, id)
  syncWrite(database, (writer) => {
    const certified = database.sqlite
      .prepare('SELECT 1 FROM cop_certificates WHERE participant_id = ? AND deleted_at IS NULL')
      .get(id)
    if (certified) throw new AppError('VALIDATION', { key: 'validation.cop.participant.certified' })
    writer.remove(copParticipants, id)
  })
  return sessionDetail(database, participant.sessionId)
}

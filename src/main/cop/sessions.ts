import type { ParsedInputOf } from '../../shared/contract'
import {
  sessionFieldNames,
  type Series,
  type SeriesFields,
  type SessionDetail,
  type SessionFields,
  type SessionStatus,
} from '../../shared/cop'
import { AppError } from '../../shared/errors'
import { zonedToUtc } from '../../shared/format'
import type { AppDatabase } from '../db'
import { refuseWhileReferenced } from '../db/refusals'
import { requireIdentity } from '../hub/service'
import { pick, refuseFields } from '../members/records/common'
import { syncWrite } from '../sync/write'
import { requireSession, seriesProblems, sessionProblems } from './checks'
import { sessionDetail } from './detail'
import { copParticipants, copSeries, copSessions } from './schema'

/** A form's fields as the row keeps them: instants in UTC, facilitators as a JSON array. */
function rowValues(database: AppDatabase, fields: SessionFields) {
  const zone = requireIdentity(database).timeZone
  return {
    ...fields,
    startsAt: zonedToUtc(fields.startsAt, zone),
    endsAt: zonedToUtc(fields.endsAt, zone),
    facilitatorIds: JSON.stringify(fields.facilitatorIds),
  }
}

export function createSession(database: AppDatabase, input: ParsedInputOf<'cop:createSession'>): SessionDetail {
  const fields = pick(input, sessionFieldNames) as SessionFields
  refuseFields(sessionProblems(database, fields, null))
  const id = syncWrite(database, (writer) =>
    writer.insert(copSessions, { ...rowValues(database, fields), status: 'planned' }),
  )
  return sessionDetail(database, id)
}

export function updateSession(database: AppDatabase, input: ParsedInputOf<'cop:updateSession'>): SessionDetail {
  requireSession(database, input.id)
  const fields = pick(input, sessionFieldNames) as SessionFields
  refuseFields(sessionProblems(database, fields, input.id))
  syncWrite(database, (writer) => writer.update(copSessions, input.id, rowValues(database, fields)))
  return sessionDetail(database, input.id)
}

/**
 * Only a session held can be done, and only one not yet held can be planned again; a cancelled
 * session comes back as planned. Attendance and certificates ask for "selesai" themselves.
 */
export function changeSessionStatus(
  database: AppDatabase,
  input: { id: string; status: SessionStatus },
): SessionDetail {
  const session = requireSession(database, input.id)
  const now = database.clock()
  if (input.status === 'done' && Date.parse(session.startsAt) > now)
    throw new AppError('VALIDATION', { key: 'validation.cop.session.notYetHeld' })
  if (session.status === 'cancelled' && input.status !== 'planned' && input.status !== 'cancelled')
    throw new AppError('VALIDATION', { key: 'validation.cop.session.cancelledFirst' })
  // Certificates and graduations need the session done: it stays so while any stands.
  if (session.status === 'done' && input.status !== 'done') {
    refuseWithCertificates(database, input.id)
    refuseWithGraduates(database, input.id)
  }
  if (input.status === 'cancelled' || input.status === 'planned') refuseWithCertificates(database, input.id)
  syncWrite(database, (writer) => writer.update(copSessions, input.id, { status: input.status }))
  return sessionDetail(database, input.id)
}

/** Certificates are out in the world: the session they name stays as it was. */
const refuseWithCertificates = (database: AppDatabase, sessionId: string): void =>
  refuseWhileReferenced(
    database,
    `SELECT count(*) FROM cop_certificates c JOIN cop_participants p ON p.id = c.participant_id
     WHERE p.session_id = ? AND c.deleted_at IS NULL`,
    sessionId,
    'validation.cop.session.hasCertificates',
  )

const refuseWithGraduates = (database: AppDatabase, sessionId: string): void =>
  refuseWhileReferenced(
    database,
    'SELECT count(*) FROM cop_trainers WHERE source_session_id = ? AND deleted_at IS NULL',
    sessionId,
    'validation.cop.session.hasGraduates',
  )

/** A session goes with its registrations, in one transaction; never one that certified anyone. */
export function deleteSession(database: AppDatabase, id: string): { id: string } {
  syncWrite(database, (writer) => {
    requireSession(database, id)
    refuseWithCertificates(database, id)
    refuseWithGraduates(database, id)
    const participants = database.sqlite
      .prepare('SELECT id FROM cop_participants WHERE session_id = ? AND deleted_at IS NULL')
      .pluck()
      .all(id) as string[]
    for (const participant of participants) writer.remove(copParticipants, participant)
    writer.remove(copSessions, id)
  })
  return { id }
}

// ---------- series ----------

export function listSeries(database: AppDatabase): Series[] {
  return database.sqlite
    .prepare(
      `SELECT s.id, s.title, s.aspect, s.notes,
         (SELECT count(*) FROM cop_sessions x WHERE x.series_id = s.id AND x.deleted_at IS NULL) AS sessionCount
       FROM cop_series s WHERE s.deleted_at IS NULL ORDER BY s.title COLLATE NOCASE`,
    )
    .all() as Series[]
}

export function createSeries(database: AppDatabase, fields: SeriesFields): Series[] {
  refuseFields(seriesProblems(database, fields))
  syncWrite(database, (writer) => writer.insert(copSeries, fields))
  return listSeries(database)
}

const requireSeries = (database: AppDatabase, id: string) => {
  const found = database.sqlite.prepare('SELECT 1 FROM cop_series WHERE id = ? AND deleted_at IS NULL').get(id)
  if (!found) throw new AppError('NOT_FOUND', { key: 'validation.cop.session.series' })
}

export function updateSeries(database: AppDatabase, input: SeriesFields & { id: string }): Series[] {
  requireSeries(database, input.id)
  const { id, ...fields } = input
  refuseFields(seriesProblems(database, fields))
  syncWrite(database, (writer) => writer.update(copSeries, id, fields))
  return listSeries(database)
}

/** A series with parts stays: its sessions name it. */
export function deleteSeries(database: AppDatabase, id: string): Series[] {
  syncWrite(database, (writer) => {
    requireSeries(database, id)
    const parts = database.sqlite
      .prepare('SELECT count(*) FROM cop_sessions WHERE series_id = ? AND deleted_at IS NULL')
      .pluck()
      .get(id) as number
    if (parts > 0)
      throw new AppError('VALIDATION', { key: 'validation.cop.series.hasSessions', params: { count: parts } })
    writer.remove(copSeries, id)
  })
  return listSeries(database)
}

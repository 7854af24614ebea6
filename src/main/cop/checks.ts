import { AppError, type Message } from '../../shared/errors'
import type { SeriesFields, SessionFields } from '../../shared/cop'
import type { AppDatabase } from '../db'
import { isLiveOrganisation } from '../pledges/common'
import { termExists } from '../reference/queries'

export const isLivePerson = (database: AppDatabase, id: string): boolean =>
  database.sqlite
    .prepare('SELECT 1 FROM people WHERE id = ? AND deleted_at IS NULL AND merged_into_id IS NULL')
    .get(id) !== undefined

export const aspectProblem = (database: AppDatabase, aspect: string): Message | null =>
  termExists(database.orm, 'capacity_aspect', aspect) ? null : { key: 'validation.cop.session.aspect' }

export function seriesProblems(database: AppDatabase, fields: SeriesFields): Record<string, Message> {
  const aspect = aspectProblem(database, fields.aspect)
  return aspect ? { aspect } : {}
}

/** What a session form cannot check itself: the references, and that a series part is free. */
export function sessionProblems(
  database: AppDatabase,
  fields: SessionFields,
  excludeId: string | null,
): Record<string, Message> {
  const problems: Record<string, Message> = {}
  const aspect = aspectProblem(database, fields.aspect)
  if (aspect) problems.aspect = aspect
  if (fields.organiserOrganisationId !== null && !isLiveOrganisation(database, fields.organiserOrganisationId))
    problems.organiserOrganisationId = { key: 'validation.cop.session.organiser' }
  const gone = fields.facilitatorIds.filter((id) => !isLivePerson(database, id))
  if (gone.length > 0) problems.facilitatorIds = { key: 'validation.cop.session.facilitator' }
  if (fields.seriesId !== null) {
    const series = database.sqlite
      .prepare('SELECT 1 FROM cop_series WHERE id = ? AND deleted_at IS NULL')
      .get(fields.seriesId)
    if (!series) problems.seriesId = { key: 'validation.cop.session.series' }
    const taken = database.sqlite
      .prepare(
        `SELECT title FROM cop_sessions WHERE series_id = ? AND series_part = ? AND deleted_at IS NULL AND id IS NOT ?`,
      )
      .pluck()
      .get(fields.seriesId, fields.seriesPart, excludeId) as string | undefined
    if (taken !== undefined)
      problems.seriesPart = {
        key: 'validation.cop.session.partTaken',
        params: { part: fields.seriesPart ?? 0, title: taken },
      }
  }
  return problems
}

export interface SessionState {
  id: string
  title: string
  aspect: string
  format: string
  status: string
  startsAt: string
  endsAt: string
  capacity: number | null
  thresholdMinutes: number | null
  passScore: number
  seriesId: string | null
  deletedAt: string | null
}

const sessionSql = `SELECT id, title, aspect, format, status, starts_at AS startsAt, ends_at AS endsAt, capacity,
  threshold_minutes AS thresholdMinutes, pass_score AS passScore, series_id AS seriesId, deleted_at AS deletedAt
  FROM cop_sessions WHERE id = ?`

export function requireSession(database: AppDatabase, id: string): SessionState {
  const row = database.sqlite.prepare(sessionSql).get(id) as SessionState | undefined
  if (!row || row.deletedAt !== null) throw new AppError('NOT_FOUND', { key: 'validation.cop.session.notFound' })
  return row
}

export interface ParticipantState {
  id: string
  sessionId: string
  personId: string
  status: 'registered' | 'present' | 'partial' | 'absent' | 'cancelled'
  minutesPresent: number | null
  preScore: number | null
  postScore: number | null
  deletedAt: string | null
}

const participantSql = `SELECT id, session_id AS sessionId, person_id AS personId, status, minutes_present AS minutesPresent,
  pre_score AS preScore, post_score AS postScore, deleted_at AS deletedAt FROM cop_participants WHERE id = ?`

export const readParticipant = (database: AppDatabase, id: string): ParticipantState | undefined =>
  database.sqlite.prepare(participantSql).get(id) as ParticipantState | undefined

export function requireParticipant(database: AppDatabase, id: string, sessionId?: string): ParticipantState {
  const row = readParticipant(database, id)
  if (!row || row.deletedAt !== null || (sessionId !== undefined && row.sessionId !== sessionId))
    throw new AppError('NOT_FOUND', { key: 'validation.cop.participant.notFound' })
  return row
}

import type { Participant, SessionDetail, SessionFormat, SessionStatus } from '../../shared/cop'
import { AppError } from '../../shared/errors'
import { utcToZoned } from '../../shared/format'
import type { AppDatabase } from '../db'
import { requireIdentity } from '../hub/service'
import { effectiveThreshold, isEligible, sessionMinutes } from './rules'

interface SessionRowData {
  id: string
  seriesId: string | null
  seriesPart: number | null
  seriesTitle: string | null
  title: string
  aspect: string
  format: SessionFormat
  moduleReference: string | null
  startsAt: string
  endsAt: string
  venue: string | null
  meetingLink: string | null
  capacity: number | null
  organiserOrganisationId: string | null
  organiserName: string | null
  facilitatorIds: string
  notes: string | null
  status: SessionStatus
  thresholdMinutes: number | null
  passScore: number
}

const sessionSql = `SELECT s.id, s.series_id AS seriesId, s.series_part AS seriesPart, r.title AS seriesTitle, s.title,
  s.aspect, s.format, s.module_reference AS moduleReference, s.starts_at AS startsAt, s.ends_at AS endsAt, s.venue,
  s.meeting_link AS meetingLink, s.capacity, s.organiser_organisation_id AS organiserOrganisationId,
  o.name AS organiserName, s.facilitator_ids AS facilitatorIds, s.notes, s.status,
  s.threshold_minutes AS thresholdMinutes, s.pass_score AS passScore
  FROM cop_sessions s
  LEFT JOIN cop_series r ON r.id = s.series_id AND r.deleted_at IS NULL
  LEFT JOIN organisations o ON o.id = s.organiser_organisation_id
  WHERE s.id = ? AND s.deleted_at IS NULL`

/**
 * The qualification a facilitator acts under: their trainer row for the session's aspect, if they
 * qualified before the session began. This is the cascade's link, read rather than stored, so it
 * holds whichever of the session and the qualification a bundle brings first.
 */
const facilitatorSql = `SELECT p.id AS personId, p.name, t.id AS trainerId, src.title AS sourceSessionTitle
  FROM json_each(?) f
  JOIN people p ON p.id = f.value
  LEFT JOIN cop_trainers t ON t.person_id = p.id AND t.aspect = ? AND t.deleted_at IS NULL AND t.qualified_on <= ?
  LEFT JOIN cop_sessions src ON src.id = t.source_session_id
  ORDER BY f.key`

const participantsSql = `SELECT c.id, c.person_id AS personId, p.name, p.gender, p.role, o.name AS organisationName,
  p.email, c.status, c.minutes_present AS minutesPresent, c.pre_score AS preScore, c.post_score AS postScore,
  cert.id AS certificateId, cert.code AS certificateCode, cert.issued_on AS certificateIssuedOn,
  t.id AS trainerId
  FROM cop_participants c
  JOIN people p ON p.id = c.person_id
  LEFT JOIN organisations o ON o.id = p.organisation_id
  LEFT JOIN cop_certificates cert ON cert.participant_id = c.id AND cert.deleted_at IS NULL
  LEFT JOIN cop_trainers t ON t.person_id = c.person_id AND t.source_session_id = c.session_id AND t.deleted_at IS NULL
  WHERE c.session_id = ? AND c.deleted_at IS NULL
  ORDER BY p.name COLLATE NOCASE, c.id`

type ParticipantRow = Omit<Participant, 'eligible' | 'certificate'> & {
  certificateId: string | null
  certificateCode: string | null
  certificateIssuedOn: string | null
}

export function sessionDetail(database: AppDatabase, id: string): SessionDetail {
  const row = database.sqlite.prepare(sessionSql).get(id) as SessionRowData | undefined
  if (!row) throw new AppError('NOT_FOUND', { key: 'validation.cop.session.notFound' })
  const zone = requireIdentity(database).timeZone
  const durationMinutes = sessionMinutes(row.startsAt, row.endsAt, zone)
  const facilitators = database.sqlite
    .prepare(facilitatorSql)
    .all(row.facilitatorIds, row.aspect, utcToZoned(row.startsAt, zone).slice(0, 10)) as SessionDetail['facilitators']
  const participants = (database.sqlite.prepare(participantsSql).all(id) as ParticipantRow[]).map(
    ({ certificateId, certificateCode, certificateIssuedOn, ...participant }): Participant => ({
      ...participant,
      eligible: isEligible(participant, row),
      certificate:
        certificateId && certificateCode && certificateIssuedOn
          ? { id: certificateId, code: certificateCode, issuedOn: certificateIssuedOn }
          : null,
    }),
  )
  const scored = participants.filter((p) => p.preScore !== null && p.postScore !== null)
  const mean = (values: number[]) => Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 10) / 10
  return {
    ...row,
    facilitatorIds: JSON.parse(row.facilitatorIds) as string[],
    localStartsAt: utcToZoned(row.startsAt, zone),
    localEndsAt: utcToZoned(row.endsAt, zone),
    durationMinutes,
    effectiveThresholdMinutes: effectiveThreshold(row.thresholdMinutes, durationMinutes),
    facilitators,
    participants,
    scores:
      scored.length === 0
        ? null
        : {
            count: scored.length,
            pre: mean(scored.map((p) => p.preScore ?? 0)),
            post: mean(scored.map((p) => p.postScore ?? 0)),
            gain: mean(scored.map((p) => (p.postScore ?? 0) - (p.preScore ?? 0))),
          },
  }
}

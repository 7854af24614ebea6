import type { TrainerView } from '../../shared/cop'
import { AppError } from '../../shared/errors'
import type { AppDatabase } from '../db'
import { isLivePerson } from './checks'
import { sessionRowSql, sessionRows } from './list'
import { isEligible } from './rules'
import { listTrainers } from './trainers'

/**
 * What a trainer opens their laptop for: their sessions ahead and behind, and the participants of
 * sessions they led who earned a certificate not yet issued.
 */
export function trainerView(database: AppDatabase, personId: string): TrainerView {
  if (!isLivePerson(database, personId)) throw new AppError('NOT_FOUND', { key: 'validation.person.notFound' })
  const name = database.sqlite.prepare('SELECT name FROM people WHERE id = ?').pluck().get(personId) as string
  const facilitated = `AND EXISTS (SELECT 1 FROM json_each(s.facilitator_ids) f WHERE f.value = :person)`
  const now = new Date(database.clock()).toISOString()
  const upcoming = database.sqlite
    .prepare(sessionRowSql(`${facilitated} AND s.ends_at >= :now AND s.status != 'done'`, 's.starts_at, s.id'))
    .all({ person: personId, now })
  const past = database.sqlite
    .prepare(sessionRowSql(`${facilitated} AND (s.ends_at < :now OR s.status = 'done')`, 's.starts_at DESC, s.id'))
    .all({ person: personId, now })
  const candidates = database.sqlite
    .prepare(
      `SELECT s.id AS sessionId, s.title AS sessionTitle, s.status AS sessionStatus, s.pass_score AS passScore,
         c.id AS participantId, p.name, c.status, c.post_score AS postScore
       FROM cop_sessions s
       JOIN cop_participants c ON c.session_id = s.id AND c.deleted_at IS NULL
       JOIN people p ON p.id = c.person_id
       WHERE s.deleted_at IS NULL AND s.status = 'done' ${facilitated}
         AND NOT EXISTS (SELECT 1 FROM cop_certificates x WHERE x.participant_id = c.id AND x.deleted_at IS NULL)
       ORDER BY s.starts_at DESC, p.name COLLATE NOCASE`,
    )
    .all({ person: personId }) as {
    sessionId: string
    sessionTitle: string
    sessionStatus: string
    passScore: number
    participantId: string
    name: string
    status: 'present'
    postScore: number | null
  }[]
  return {
    personId,
    name,
    qualifications: listTrainers(database, personId),
    upcoming: sessionRows(upcoming as Parameters<typeof sessionRows>[0]),
    past: sessionRows(past as Parameters<typeof sessionRows>[0]),
    certificatesToIssue: candidates
      .filter((row) => isEligible(row, { status: row.sessionStatus, passScore: row.passScore }))
      .map(({ sessionId, sessionTitle, participantId, name: participantName }) => ({
        sessionId,
        sessionTitle,
        participantId,
        name: participantName,
      })),
  }
}

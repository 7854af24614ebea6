import type { Trainer, TrainerReach } from '../../shared/cop'
import { AppError } from '../../shared/errors'
import { utcToZoned } from '../../shared/format'
import type { AppDatabase } from '../db'
import { requireIdentity } from '../hub/service'
import { syncWrite } from '../sync/write'
import { requireParticipant, requireSession } from './checks'
import { trainerId } from './ids'
import { isEligible, localDaySql } from './rules'
import { copTrainers } from './schema'

/**
 * Which sessions each trainer led: those of their aspect, from the day they qualified on, with them
 * among the facilitators. The cascade is this relation, read and never stored.
 */
// CROSS JOIN keeps this order: each session's few facilitators, then their qualifications by the
// person index. Left to itself SQLite pairs every trainer with every session of the aspect, which
// at the national instance's 7,600 sessions and 4,000 trainers took over a second.
export const ledSql = (zone: ReturnType<typeof requireIdentity>['timeZone'], where: string) => `
  SELECT t.id AS trainerId, s.id AS sessionId FROM cop_sessions s
  CROSS JOIN json_each(s.facilitator_ids) f
  CROSS JOIN cop_trainers t ON t.person_id = f.value AND t.aspect = s.aspect AND t.deleted_at IS NULL
  WHERE s.deleted_at IS NULL AND s.status != 'cancelled'
    AND ${localDaySql('s.starts_at', zone)} >= t.qualified_on ${where}`

/** Reach per trainer: sessions led, and the people, OMS and kabupaten/kota who attended them. */
export function trainerReach(database: AppDatabase, trainerIds?: string[]): Map<string, TrainerReach> {
  const zone = requireIdentity(database).timeZone
  const where = trainerIds ? 'AND t.id IN (SELECT value FROM json_each(?))' : ''
  const rows = database.sqlite
    .prepare(
      `WITH led AS (${ledSql(zone, where)})
       SELECT led.trainerId, count(DISTINCT led.sessionId) AS sessionsLed,
         count(DISTINCT p.person_id) AS uniqueParticipants,
         count(DISTINCT x.organisation_id) AS organisationsReached,
         count(DISTINCT o.regency_code) AS regenciesReached
       FROM led
       LEFT JOIN cop_participants p ON p.session_id = led.sessionId AND p.deleted_at IS NULL
         AND p.status IN ('present', 'partial')
       LEFT JOIN people x ON x.id = p.person_id
       LEFT JOIN organisations o ON o.id = x.organisation_id
       GROUP BY led.trainerId`,
    )
    .all(...(trainerIds ? [JSON.stringify(trainerIds)] : [])) as (TrainerReach & { trainerId: string })[]
  return new Map(rows.map(({ trainerId: id, ...reach }) => [id, reach]))
}

const noReach: TrainerReach = { sessionsLed: 0, uniqueParticipants: 0, organisationsReached: 0, regenciesReached: 0 }

const trainersSql = `SELECT t.id, t.person_id AS personId, p.name, o.name AS organisationName, t.aspect,
  t.qualified_on AS qualifiedOn, t.source_session_id AS sourceSessionId, s.title AS sourceSessionTitle
  FROM cop_trainers t
  JOIN people p ON p.id = t.person_id
  LEFT JOIN organisations o ON o.id = p.organisation_id
  LEFT JOIN cop_sessions s ON s.id = t.source_session_id
  WHERE t.deleted_at IS NULL`

export function listTrainers(database: AppDatabase, personId?: string): Trainer[] {
  const rows = database.sqlite
    .prepare(`${trainersSql} ${personId ? 'AND t.person_id = ?' : ''} ORDER BY p.name COLLATE NOCASE, t.aspect`)
    .all(...(personId ? [personId] : [])) as Omit<Trainer, 'reach'>[]
  const reach = trainerReach(database, personId ? rows.map((row) => row.id) : undefined)
  return rows.map((row) => ({ ...row, reach: reach.get(row.id) ?? noReach }))
}

/**
 * Makes a ToT participant who completed it (hadir, post-test passed, the ToT done) a trainer for the
 * ToT's aspect, qualified from its last day. A person is a trainer for an aspect once.
 */
export function graduate(database: AppDatabase, participantId: string): Trainer {
  const participant = requireParticipant(database, participantId)
  const session = requireSession(database, participant.sessionId)
  const name = database.sqlite
    .prepare('SELECT name FROM people WHERE id = ?')
    .pluck()
    .get(participant.personId) as string
  if (session.format !== 'tot') throw new AppError('VALIDATION', { key: 'validation.cop.trainer.notTot' })
  if (!isEligible(participant, session))
    throw new AppError('VALIDATION', {
      key: 'validation.cop.trainer.notCompleted',
      params: { name, passScore: session.passScore },
    })
  const id = trainerId(participant.personId, session.aspect)
  const existing = database.sqlite
    .prepare(
      `SELECT t.deleted_at AS deletedAt, s.title FROM cop_trainers t LEFT JOIN cop_sessions s ON s.id = t.source_session_id
       WHERE t.id = ?`,
    )
    .get(id) as { deletedAt: string | null; title: string | null } | undefined
  if (existing?.deletedAt === null)
    throw new AppError('VALIDATION', {
      key: 'validation.cop.trainer.already',
      params: { name, session: existing.title ?? '' },
    })
  const values = {
    personId: participant.personId,
    aspect: session.aspect,
    sourceSessionId: session.id,
    qualifiedOn: utcToZoned(session.endsAt, requireIdentity(database).timeZone).slice(0, 10),
  }
  syncWrite(database, (writer) => {
    if (!existing) writer.insert(copTrainers, { id, ...values })
    else {
      writer.restore(copTrainers, id)
      writer.update(copTrainers, id, values)
    }
  })
  return listTrainers(database, participant.personId).find((trainer) => trainer.id === id) as Trainer
}

/** A graduation recorded by mistake is taken back, as long as the trainer has led no session since. */
export function revokeTrainer(database: AppDatabase, id: string): void {
  syncWrite(database, (writer) => {
    const found = database.sqlite.prepare('SELECT deleted_at FROM cop_trainers WHERE id = ?').pluck().get(id)
    if (found !== null) throw new AppError('NOT_FOUND', { key: 'validation.cop.trainer.notFound' })
    const led = trainerReach(database, [id]).get(id)?.sessionsLed ?? 0
    if (led > 0) throw new AppError('VALIDATION', { key: 'validation.cop.trainer.hasLed', params: { count: led } })
    writer.remove(copTrainers, id)
  })
}

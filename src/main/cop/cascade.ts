import type { Cascade, CascadeSession, CascadeTrainer } from '../../shared/cop'
import type { AppDatabase } from '../db'
import { requireIdentity } from '../hub/service'
import { ledSql, trainerReach } from './trainers'

type SessionNode = Omit<CascadeSession, 'graduates'>
interface TrainerNode {
  trainerId: string
  personId: string
  name: string
  sourceSessionId: string | null
}

/**
 * The ToT cascade as a tree: each ToT, the trainers it graduated, the sessions each of them led,
 * and, where those were ToTs themselves, their graduates in turn, over any number of generations.
 * Roots are ToTs no qualified trainer led (the first generation), or the one asked for. A session
 * appears once on any path: a loop in the data (A trained B who "trained" A) ends there.
 */
export function cascade(database: AppDatabase, rootSessionId: string | null): Cascade {
  const zone = requireIdentity(database).timeZone
  const sessions = new Map(
    (
      database.sqlite
        .prepare(
          `SELECT s.id, s.title, s.aspect, s.format, s.starts_at AS startsAt,
             (SELECT count(*) FROM cop_participants p WHERE p.session_id = s.id AND p.deleted_at IS NULL
                AND p.status IN ('present', 'partial')) AS participants
           FROM cop_sessions s WHERE s.deleted_at IS NULL AND s.status != 'cancelled'`,
        )
        .all() as SessionNode[]
    ).map((session) => [session.id, session]),
  )
  const trainers = database.sqlite
    .prepare(
      `SELECT t.id AS trainerId, t.person_id AS personId, p.name, t.source_session_id AS sourceSessionId
       FROM cop_trainers t JOIN people p ON p.id = t.person_id WHERE t.deleted_at IS NULL ORDER BY p.name COLLATE NOCASE`,
    )
    .all() as TrainerNode[]
  const led = database.sqlite.prepare(ledSql(zone, '')).all() as { trainerId: string; sessionId: string }[]
  const reach = trainerReach(database)

  const graduatesOf = groupBy(trainers, (trainer) => trainer.sourceSessionId)
  const sessionsLedBy = groupBy(led, (row) => row.trainerId)
  const ledByTrainer = new Set(led.map((row) => row.sessionId))

  let generations = 0
  const sessionNode = (session: SessionNode, path: Set<string>, depth: number): CascadeSession => {
    const onPath = new Set(path).add(session.id)
    const graduates = (graduatesOf.get(session.id) ?? []).map((trainer): CascadeTrainer => {
      generations = Math.max(generations, depth + 1)
      return {
        trainerId: trainer.trainerId,
        personId: trainer.personId,
        name: trainer.name,
        reach: reach.get(trainer.trainerId) ?? {
          sessionsLed: 0,
          uniqueParticipants: 0,
          organisationsReached: 0,
          regenciesReached: 0,
        },
        sessions: (sessionsLedBy.get(trainer.trainerId) ?? [])
          .map((row) => sessions.get(row.sessionId))
          .filter((next): next is SessionNode => next !== undefined && !onPath.has(next.id))
          .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
          .map((next) => sessionNode(next, onPath, depth + 1)),
      }
    })
    return { ...session, graduates }
  }

  const byDate = [...sessions.values()].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id))
  if (rootSessionId !== null)
    return { roots: byDate.filter((s) => s.id === rootSessionId).map((s) => sessionNode(s, new Set(), 0)), generations }
  const roots = byDate
    .filter((s) => s.format === 'tot' && !ledByTrainer.has(s.id))
    .map((s) => sessionNode(s, new Set(), 0))
  // A loop has no first generation: its earliest ToT not yet shown starts a tree of its own.
  const shown = new Set<string>()
  const collect = (node: CascadeSession) => {
    shown.add(node.id)
    node.graduates.forEach((trainer) => trainer.sessions.forEach(collect))
  }
  roots.forEach(collect)
  for (const session of byDate)
    if (!shown.has(session.id) && graduatesOf.has(session.id)) {
      const root = sessionNode(session, new Set(), 0)
      collect(root)
      roots.push(root)
    }
  return { roots, generations }
}

function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    if (k === null) continue
    const group = groups.get(k) ?? []
    group.push(item)
    groups.set(k, group)
  }
  return groups
}

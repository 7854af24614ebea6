import { describe, expect, it } from 'vitest'
import type { ParticipantStatus } from '../../../shared/cop'
import { utcToZoned } from '../../../shared/format'
import type { AppDatabase } from '../../db'
import { seedMembers } from '../../members/seed'
import { testServices } from '../../testing/database'
import { cascade } from '../cascade'
import { verifyCertificate } from '../certificates'
import { trainerId } from '../ids'
import { effectiveThreshold, isEligible, minutesBetween, statusForMinutes } from '../rules'
import { seedCop } from '.'

const TODAY = '2026-06-15'

async function hubWithPeople(people: number) {
  const { services, registry } = testServices({ clock: () => Date.parse(`${TODAY}T03:00:00Z`) })
  const setUp = await registry.invoke('hub:setup', { role: 'hub', provinceCode: '35', name: 'Forum OMS Jawa Timur' })
  if (!setUp.ok) throw new Error(setUp.error.message)
  seedMembers(services.database, { organisations: Math.ceil(people / 5), people, seed: 1 })
  return services.database
}

const all = <T = Record<string, unknown>>(database: AppDatabase, sql: string) =>
  database.sqlite.prepare(sql).all() as T[]

/** Content without ids and clocks: people and sessions named by what they are called. */
const contentOf = (database: AppDatabase) => ({
  sessions: all(
    database,
    `SELECT s.title, s.aspect, s.format, s.starts_at, s.ends_at, s.status, s.venue, s.meeting_link, s.capacity,
       s.threshold_minutes, s.pass_score, r.title AS series, s.series_part,
       (SELECT group_concat(x.name, ', ') FROM json_each(s.facilitator_ids) f JOIN people x ON x.id = f.value) AS facilitators
     FROM cop_sessions s LEFT JOIN cop_series r ON r.id = s.series_id ORDER BY s.rowid`,
  ),
  participants: all(
    database,
    `SELECT s.title, x.name, p.status, p.minutes_present, p.pre_score, p.post_score FROM cop_participants p
     JOIN cop_sessions s ON s.id = p.session_id JOIN people x ON x.id = p.person_id ORDER BY p.rowid`,
  ),
  trainers: all(
    database,
    `SELECT x.name, t.aspect, t.qualified_on, s.title FROM cop_trainers t JOIN people x ON x.id = t.person_id
     JOIN cop_sessions s ON s.id = t.source_session_id ORDER BY t.rowid`,
  ),
  certificates: all(database, `SELECT holder_name, session_title, issued_on FROM cop_certificates ORDER BY rowid`),
})

interface ParticipantRow {
  id: string
  status: ParticipantStatus
  minutesPresent: number | null
  postScore: number | null
  sessionStatus: string
  passScore: number
  thresholdMinutes: number | null
  startsAt: string
  endsAt: string
}

describe('seedCop', () => {
  it('makes the same sessions, attendance, trainers and certificates from the same seed, and others from another', async () => {
    const seeded = async (seed: number) => {
      const database = await hubWithPeople(150)
      const counts = seedCop(database, { sessions: 40, seed })
      return { counts, content: contentOf(database) }
    }
    const first = await seeded(7)
    expect(first.counts).toMatchObject({ sessions: 40 })
    expect(first.content.participants).toHaveLength(first.counts.participants)
    expect(first.content.trainers).toHaveLength(first.counts.trainers)
    expect(first.content.certificates).toHaveLength(first.counts.certificates)
    expect(await seeded(7)).toEqual(first)
    expect((await seeded(8)).content).not.toEqual(first.content)
  })

  it('grows ToT cascades of three generations, each led by graduates after they qualified', async () => {
    const database = await hubWithPeople(400)
    const counts = seedCop(database, { sessions: 60, seed: 3 })
    expect(counts.trainers).toBeGreaterThan(10)
    expect(cascade(database, null).generations).toBeGreaterThanOrEqual(3)

    // Each trainer row is what graduate() writes for an eligible participant of a ToT held.
    const trainers = all<{ id: string; personId: string; aspect: string; qualifiedOn: string; endsAt: string }>(
      database,
      `SELECT t.id, t.person_id AS personId, t.aspect, t.qualified_on AS qualifiedOn, s.ends_at AS endsAt
       FROM cop_trainers t JOIN cop_sessions s ON s.id = t.source_session_id
       JOIN cop_participants p ON p.session_id = s.id AND p.person_id = t.person_id
       WHERE s.format = 'tot' AND s.aspect = t.aspect AND s.status = 'done' AND p.status = 'present'
         AND p.post_score >= s.pass_score`,
    )
    expect(trainers).toHaveLength(counts.trainers)
    for (const trainer of trainers) {
      expect(trainer.id).toBe(trainerId(trainer.personId, trainer.aspect))
      expect(trainer.qualifiedOn).toBe(utcToZoned(trainer.endsAt, 'WIB').slice(0, 10))
    }
  })

  it('marks attendance by the threshold, registers only for sessions not yet held, and mixes women in', async () => {
    const database = await hubWithPeople(400)
    seedCop(database, { sessions: 60, seed: 5 })
    const participants = all<ParticipantRow>(
      database,
      `SELECT p.id, p.status, p.minutes_present AS minutesPresent, p.post_score AS postScore,
         s.status AS sessionStatus, s.pass_score AS passScore, s.threshold_minutes AS thresholdMinutes,
         s.starts_at AS startsAt, s.ends_at AS endsAt
       FROM cop_participants p JOIN cop_sessions s ON s.id = p.session_id`,
    )
    const statuses = new Set<string>()
    for (const p of participants) {
      statuses.add(`${p.sessionStatus}:${p.status}`)
      if (p.status === 'present' || p.status === 'partial') expect(p.minutesPresent).not.toBeNull()
      if (p.minutesPresent !== null) {
        const threshold = effectiveThreshold(p.thresholdMinutes, minutesBetween(p.startsAt, p.endsAt))
        expect(statusForMinutes(p.minutesPresent, threshold), p.id).toBe(p.status)
      }
      if (p.status === 'registered') expect(p.sessionStatus).toBe('planned')
      if (p.sessionStatus !== 'done') expect(p.minutesPresent).toBeNull()
    }
    const allowed = ['done:present', 'done:partial', 'done:absent', 'done:cancelled', 'planned:registered']
    expect([...statuses].filter((status) => !status.endsWith(':cancelled')).sort()).toEqual(
      allowed.filter((status) => !status.endsWith(':cancelled')).sort(),
    )
    expect(statuses).toContain('cancelled:cancelled')
    const present = participants.filter((p) => p.status === 'present').length
    expect(present / participants.length).toBeGreaterThan(0.55)

    const [mix] = all<{ women: number; people: number }>(
      database,
      `SELECT sum(x.gender = 'female') AS women, count(*) AS people FROM cop_participants p
       JOIN people x ON x.id = p.person_id WHERE p.status IN ('present', 'partial')`,
    )
    expect((mix?.women ?? 0) / (mix?.people ?? 1)).toBeGreaterThanOrEqual(0.35)
    const sessions = Object.fromEntries(
      all<{ status: string; n: number }>(
        database,
        `SELECT status, count(*) AS n FROM cop_sessions GROUP BY status`,
      ).map((row) => [row.status, row.n]),
    )
    expect(sessions.cancelled).toBeGreaterThan(0)
    expect(sessions.planned).toBeGreaterThan(0)
    const early = database.sqlite.prepare(
      `SELECT count(*) FROM cop_sessions WHERE status = 'planned' AND starts_at < ?`,
    )
    expect(early.pluck().get(TODAY)).toBe(0)
  })

  it('issues certificates only to eligible participants, and each one verifies as issued', async () => {
    const database = await hubWithPeople(300)
    const { certificates } = seedCop(database, { sessions: 40, seed: 9 })
    expect(certificates).toBeGreaterThan(20)
    const rows = all<ParticipantRow & { code: string }>(
      database,
      `SELECT c.code, p.status, p.post_score AS postScore, s.status AS sessionStatus, s.pass_score AS passScore
       FROM cop_certificates c JOIN cop_participants p ON p.id = c.participant_id JOIN cop_sessions s ON s.id = p.session_id`,
    )
    for (const row of rows) {
      expect(isEligible(row, { status: row.sessionStatus, passScore: row.passScore })).toBe(true)
      expect(verifyCertificate(database, row.code)).toMatchObject({ valid: true, warnings: [] })
    }
  })
})

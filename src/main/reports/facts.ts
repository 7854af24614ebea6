import type { AppDatabase } from '../db'
import { readGeneration } from '../sync/state'
import { pledgeStatusSql } from './measures/galang-daya'
import { survivorOf } from './measures/sql'
import { withPledgeStatus } from './pledge-status'

/**
 * Facts every capacity and pledge indicator reads, derived once from the synced tables and kept in
 * TEMP tables of this connection (a read-only database has them too): attendance that counts as
 * training with the person it counts for, and each pledge's status as of the hub's today. Rebuilt
 * when the write path's generation or the day moves; at national scale reading them instead of
 * joining attendance, sessions and people each time is what keeps an indicator under 100 ms.
 */
const schema = `
  CREATE TEMP TABLE IF NOT EXISTS report_attendance (
    person INTEGER NOT NULL,
    person_id TEXT NOT NULL,
    participant_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    aspect TEXT NOT NULL,
    format TEXT NOT NULL,
    pre_score INTEGER,
    post_score INTEGER,
    gender TEXT NOT NULL,
    role TEXT NOT NULL,
    birth_year INTEGER,
    organisation_id TEXT NOT NULL,
    regency_code TEXT,
    graduate_led INTEGER NOT NULL,
    PRIMARY KEY (person, starts_at, participant_id)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS temp.report_attendance_starts_idx ON report_attendance (starts_at);
  CREATE TEMP TABLE IF NOT EXISTS report_pledge_status (
    pledge_id TEXT PRIMARY KEY,
    status TEXT NOT NULL
  ) WITHOUT ROWID;`

/** Sessions led by a ToT graduate of their aspect, on or after the day the graduate qualified. */
const graduateLed = `SELECT s.id FROM cop_sessions s, json_each(s.facilitator_ids) f
  JOIN cop_trainers g ON g.person_id = f.value AND g.aspect = s.aspect
  WHERE g.deleted_at IS NULL AND g.source_session_id IS NOT NULL AND g.source_session_id <> s.id
    AND g.qualified_on <= date(s.starts_at, :zoneShift)`

/** Attendance that counts as training: hadir or hadir sebagian at a session not cancelled, for the person it counts for. */
const attendance = `
  INSERT INTO temp.report_attendance
  SELECT y.rowid, y.id, p.id, s.id, s.starts_at, s.aspect, s.format, p.pre_score, p.post_score,
    y.gender, y.role, y.birth_year, y.organisation_id, o.regency_code, s.id IN led
  FROM cop_participants p
  JOIN cop_sessions s ON s.id = p.session_id
  JOIN people x ON x.id = p.person_id
  JOIN people y ON y.id = ${survivorOf('people', 'x')}
  LEFT JOIN organisations o ON o.id = y.organisation_id
  WHERE p.deleted_at IS NULL AND p.status IN ('present', 'partial') AND s.deleted_at IS NULL
    AND s.status <> 'cancelled'`

const pledgeStatuses = `INSERT INTO temp.report_pledge_status
  SELECT g.id, ${pledgeStatusSql('g')} FROM pledges g WHERE g.deleted_at IS NULL`

const built = new WeakMap<AppDatabase, string>()

/** Makes the facts current for this generation of the data and this day; cheap when they are. */
export function ensureFacts(database: AppDatabase, today: string, zoneShift: string): void {
  const stamp = `${readGeneration(database)}|${today}|${zoneShift}`
  if (built.get(database) === stamp) return
  withPledgeStatus(database)
  database.sqlite.exec(schema)
  database.sqlite.transaction(() => {
    database.sqlite.exec('DELETE FROM temp.report_attendance; DELETE FROM temp.report_pledge_status')
    database.sqlite.prepare(`WITH led AS (${graduateLed}) ${attendance}`).run({ zoneShift })
    database.sqlite.prepare(pledgeStatuses).run({ today })
  })()
  built.set(database, stamp)
}

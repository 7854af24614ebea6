import type { Fact } from './fact'
import { survivorKey } from './members'

/**
 * Sessions held or to be held (not deleted, not cancelled): when they start (UTC, and the day
 * where the hub is), aspect and format, their place (the organising OMS's kabupaten/kota; a
 * session the hub itself ran is in the hub's province, with no kabupaten/kota of its own), and
 * whether a ToT graduate of their aspect led them, on or after the day the graduate qualified.
 */
export const sessions: Fact = {
  table: 'report_sessions',
  create: `CREATE TABLE temp.report_sessions (
    session INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    day TEXT NOT NULL,
    aspect TEXT NOT NULL,
    format TEXT NOT NULL,
    province TEXT,
    regency TEXT,
    led INTEGER NOT NULL
  )`,
  fill: `INSERT INTO temp.report_sessions
    SELECT s.rowid, s.id, s.starts_at, date(s.starts_at, :zoneShift), s.aspect, s.format,
      coalesce(substr(k.regency, 1, 2), (SELECT province_code FROM hubs WHERE id = s.hub_id)), k.regency,
      EXISTS (SELECT 1 FROM json_each(s.facilitator_ids) f
        JOIN cop_trainers g ON g.person_id = f.value AND g.aspect = s.aspect
        WHERE g.deleted_at IS NULL AND g.source_session_id IS NOT NULL AND g.source_session_id <> s.id
          AND g.qualified_on <= date(s.starts_at, :zoneShift))
    FROM cop_sessions s LEFT JOIN temp.report_organisation_keys k ON k.id = s.organiser_organisation_id
    WHERE s.deleted_at IS NULL AND s.status <> 'cancelled'`,
  indexes: ['CREATE UNIQUE INDEX temp.report_sessions_id ON report_sessions (id)'],
}

/**
 * The live person a row of people (`alias`) stands for now, as their key in report_people: itself
 * when live, else the end of its chain of merges (sql.ts's survivorOf). Reads only the row's id
 * and rowid, so a join by id stays in the table's index; merged rows alone are read whole.
 */
const personNow = (alias: string) => `CASE
  WHEN ${alias}.rowid IN (SELECT person FROM temp.report_people) THEN ${alias}.rowid
  ELSE (SELECT ${survivorKey('people', 'm')} FROM people m WHERE m.rowid = ${alias}.rowid) END`

/**
 * Attendance that counts as training: hadir or hadir sebagian at a session held, for the person it
 * counts for (a merged person is the one they became, a deleted one counts nowhere), with that
 * person's place, gender, role and birth year, the session's aspect and format, whether a graduate
 * led it, and the pre/post-test gain when both were scored. In person order, first session first.
 */
export const attendance: Fact = {
  table: 'report_attendance',
  create: `CREATE TABLE temp.report_attendance (
    person INTEGER NOT NULL,
    starts_at TEXT NOT NULL,
    participant INTEGER NOT NULL,
    aspect TEXT NOT NULL,
    format TEXT NOT NULL,
    led INTEGER NOT NULL,
    province TEXT,
    regency TEXT,
    gender TEXT NOT NULL,
    role TEXT NOT NULL,
    birth_year INTEGER,
    age_band TEXT,
    leader INTEGER NOT NULL,
    session INTEGER NOT NULL,
    gain INTEGER,
    PRIMARY KEY (person, starts_at, participant)
  ) WITHOUT ROWID`,
  fill: `INSERT INTO temp.report_attendance
    SELECT y.person, s.starts_at, p.rowid, s.aspect, s.format, s.led, y.province, y.regency, y.gender, y.role,
      y.birth_year, y.age_band, y.leader, s.session, p.post_score - p.pre_score
    FROM cop_participants p
    JOIN temp.report_sessions s ON s.id = p.session_id
    JOIN people x ON x.id = p.person_id
    JOIN temp.report_people y ON y.person = ${personNow('x')}
    WHERE p.deleted_at IS NULL AND p.status IN ('present', 'partial')
    ORDER BY 1, 2, 3`,
}

/** Attendance scored on both the pre- and the post-test, with its gain: what a mean gain reads. */
export const scores: Fact = {
  table: 'report_scores',
  create: `CREATE TABLE temp.report_scores (
    participant INTEGER NOT NULL,
    person INTEGER NOT NULL,
    session INTEGER NOT NULL,
    starts_at TEXT NOT NULL,
    aspect TEXT NOT NULL,
    format TEXT NOT NULL,
    province TEXT,
    regency TEXT,
    gain INTEGER NOT NULL
  )`,
  fill: `INSERT INTO temp.report_scores
    SELECT participant, person, session, starts_at, aspect, format, province, regency, gain
    FROM temp.report_attendance WHERE gain IS NOT NULL`,
}

/** The year of a UTC instant: a person's age counts in the year of their first session. */
const yearOf = (instant: string) => `CAST(substr(${instant}, 1, 4) AS INTEGER)`

/**
 * Each person trained, once, with their first and last session (and the year of the first), and
 * their first and last at a session a graduate led: the people trained over all time without
 * grouping the attendance each time, and most of those trained in a period (measures/capacity.ts).
 */
export const trained: Fact = {
  table: 'report_trained',
  create: `CREATE TABLE temp.report_trained (
    person INTEGER PRIMARY KEY,
    first_at TEXT NOT NULL,
    last_at TEXT NOT NULL,
    first_year INTEGER NOT NULL,
    led_first_at TEXT,
    led_last_at TEXT,
    led_first_year INTEGER,
    province TEXT,
    regency TEXT,
    gender TEXT NOT NULL,
    role TEXT NOT NULL,
    birth_year INTEGER,
    age_band TEXT,
    leader INTEGER NOT NULL
  )`,
  fill: `INSERT INTO temp.report_trained
    SELECT person, min(starts_at), max(starts_at), ${yearOf('min(starts_at)')}, min(CASE WHEN led THEN starts_at END),
      max(CASE WHEN led THEN starts_at END), ${yearOf('min(CASE WHEN led THEN starts_at END)')}, province, regency,
      gender, role, birth_year, age_band, leader
    FROM temp.report_attendance GROUP BY person`,
}

/**
 * Each person trained, once per aspect and once per format they were trained in: the year first
 * trained in it (and first at a session a graduate led), and first trained at all. Over all time,
 * by aspect or format: what an aspect's numbers and a split by aspect or format count.
 */
export const trainedCodes: Fact = {
  table: 'report_trained_codes',
  create: `CREATE TABLE temp.report_trained_codes (
    dimension TEXT NOT NULL,
    code TEXT NOT NULL,
    person INTEGER NOT NULL,
    first_year INTEGER NOT NULL,
    led_first_year INTEGER,
    person_first_year INTEGER NOT NULL,
    person_led_first_year INTEGER,
    province TEXT,
    regency TEXT,
    gender TEXT NOT NULL,
    role TEXT NOT NULL,
    birth_year INTEGER,
    age_band TEXT,
    leader INTEGER NOT NULL,
    PRIMARY KEY (dimension, code, person)
  ) WITHOUT ROWID`,
  // Each half comes grouped in key order, so the rows go in as they come.
  fill: `INSERT INTO temp.report_trained_codes
    SELECT c.dimension, c.code, c.person, c.first_year, c.led_first_year, t.first_year, t.led_first_year,
      t.province, t.regency, t.gender, t.role, t.birth_year, t.age_band, t.leader
    FROM (SELECT 'aspect' AS dimension, aspect AS code, person, ${yearOf('min(starts_at)')} AS first_year,
            ${yearOf('min(CASE WHEN led THEN starts_at END)')} AS led_first_year
          FROM temp.report_attendance GROUP BY aspect, person
          UNION ALL SELECT 'format', format, person, ${yearOf('min(starts_at)')},
            ${yearOf('min(CASE WHEN led THEN starts_at END)')}
          FROM temp.report_attendance GROUP BY format, person) c
    JOIN temp.report_trained t ON t.person = c.person`,
}

/** ToT graduates: one row per qualification, for the person it counts for now. */
export const graduates: Fact = {
  table: 'report_graduates',
  create: `CREATE TABLE temp.report_graduates (
    trainer INTEGER PRIMARY KEY,
    person INTEGER NOT NULL,
    aspect TEXT NOT NULL,
    qualified_on TEXT NOT NULL
  )`,
  fill: `INSERT INTO temp.report_graduates
    SELECT t.rowid, y.person, t.aspect, t.qualified_on FROM cop_trainers t
    JOIN people x ON x.id = t.person_id
    JOIN temp.report_people y ON y.person = ${personNow('x')}
    WHERE t.deleted_at IS NULL AND t.source_session_id IS NOT NULL`,
}

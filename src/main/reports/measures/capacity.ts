import type { IndicatorKey } from '../../../shared/reports'
import { ageBand, inPeriod, inPlace, instantInPeriod, placeColumns, survivorOf } from './sql'
import type { Measure } from './types'

/**
 * Attendance that counts as training: hadir or hadir sebagian, at a session not cancelled, in the
 * period and aspect. A person merged into another counts as the one they became; a deleted person
 * (pid NULL) counts nowhere.
 */
const trained = (extra = '1') => `
  SELECT ${survivorOf('people', 'x')} AS pid, p.id AS participant_id, s.id AS session_id, s.aspect,
    s.format, s.starts_at, p.pre_score, p.post_score
  FROM cop_participants p
  JOIN cop_sessions s ON s.id = p.session_id
  JOIN people x ON x.id = p.person_id
  WHERE p.deleted_at IS NULL AND p.status IN ('present', 'partial') AND s.deleted_at IS NULL
    AND s.status <> 'cancelled' AND ${instantInPeriod('s.starts_at')} AND (:aspect IS NULL OR s.aspect = :aspect)
    AND ${extra}`

/** Unique people trained, one row each, aged in the year of their first session in the period. */
const peopleTrained = (where: string, extra?: string): Measure => ({
  kind: 'person',
  unit: 'count',
  aggregate: 'count',
  records: `
    SELECT y.id, y.name AS label, o.name AS detail, NULL AS day, NULL AS amount, y.id AS open_id,
      ${placeColumns('o.regency_code')}, y.gender AS d_gender,
      ${ageBand('y.birth_year', 't.first_year')} AS d_ageBand, y.role AS d_role,
      t.aspects AS d_aspect, t.formats AS d_format
    FROM (SELECT pid, json_group_array(DISTINCT aspect) AS aspects, json_group_array(DISTINCT format) AS formats,
            CAST(substr(min(starts_at), 1, 4) AS INTEGER) AS first_year
          FROM (${trained(extra)}) GROUP BY pid) t
    JOIN people y ON y.id = t.pid
    LEFT JOIN organisations o ON o.id = y.organisation_id
    WHERE ${inPlace('o.regency_code')} AND ${where}`,
  dimensions: {
    province: 'one',
    regency: 'one',
    gender: 'one',
    ageBand: 'one',
    role: 'one',
    aspect: 'many',
    format: 'many',
  },
})

const leaders = "y.role IN ('leader', 'manager')"

/**
 * A session's place: its organising OMS's kabupaten/kota; a session the hub itself ran is in the
 * hub's province, with no kabupaten/kota of its own.
 */
const sessionRegency = '(SELECT regency_code FROM organisations WHERE id = s.organiser_organisation_id)'
const sessionProvince = `coalesce(substr(${sessionRegency}, 1, 2), (SELECT province_code FROM hubs WHERE id = s.hub_id))`

const sessions: Measure = {
  kind: 'session',
  unit: 'count',
  aggregate: 'count',
  records: `
    SELECT s.id, s.title AS label, (SELECT name FROM organisations WHERE id = s.organiser_organisation_id) AS detail,
      date(s.starts_at, :zoneShift) AS day, NULL AS amount, s.id AS open_id,
      ${sessionRegency} AS d_regency, ${sessionProvince} AS d_province, s.aspect AS d_aspect, s.format AS d_format,
      substr(date(s.starts_at, :zoneShift), 1, 7) AS d_month
    FROM cop_sessions s
    WHERE s.deleted_at IS NULL AND s.status <> 'cancelled' AND s.starts_at < :nowUtc
      AND ${instantInPeriod('s.starts_at')} AND (:aspect IS NULL OR s.aspect = :aspect)
      AND (:province IS NULL OR ${sessionProvince} = :province) AND (:regency IS NULL OR ${sessionRegency} = :regency)`,
  dimensions: { province: 'one', regency: 'one', aspect: 'one', format: 'one', month: 'one' },
}

/** ToT graduates qualified in the period: one row per person and aspect they may now train. */
const graduates: Measure = {
  kind: 'person',
  unit: 'count',
  aggregate: 'count',
  records: `
    SELECT t.id, y.name AS label, o.name AS detail, t.qualified_on AS day, NULL AS amount, y.id AS open_id,
      ${placeColumns('o.regency_code')}, y.gender AS d_gender, t.aspect AS d_aspect
    FROM cop_trainers t
    JOIN people x ON x.id = t.person_id
    JOIN people y ON y.id = ${survivorOf('people', 'x')}
    LEFT JOIN organisations o ON o.id = y.organisation_id
    WHERE t.deleted_at IS NULL AND t.source_session_id IS NOT NULL AND ${inPeriod('t.qualified_on')}
      AND (:aspect IS NULL OR t.aspect = :aspect) AND ${inPlace('o.regency_code')}`,
  dimensions: { province: 'one', regency: 'one', gender: 'one', aspect: 'one' },
}

/**
 * Sessions led by a ToT graduate of the session's aspect, on or after the day they qualified (as
 * the cascade reads it): the cascade's reach.
 */
const ledByGraduate = `EXISTS (SELECT 1 FROM json_each(s.facilitator_ids) f
  JOIN cop_trainers g ON g.person_id = f.value AND g.aspect = s.aspect
  WHERE g.deleted_at IS NULL AND g.source_session_id IS NOT NULL AND g.source_session_id <> s.id
    AND g.qualified_on <= date(s.starts_at, :zoneShift))`

/** Pre/post-test gain of each participant scored on both, in points out of 100. */
const scoreGain: Measure = {
  kind: 'participant',
  unit: 'points',
  aggregate: 'mean',
  records: `
    SELECT t.participant_id AS id, y.name AS label, se.title AS detail, date(se.starts_at, :zoneShift) AS day,
      t.post_score - t.pre_score AS amount,
      t.session_id AS open_id, ${placeColumns('o.regency_code')}, t.aspect AS d_aspect, t.format AS d_format
    FROM (${trained('p.pre_score IS NOT NULL AND p.post_score IS NOT NULL')}) t
    JOIN cop_sessions se ON se.id = t.session_id
    JOIN people y ON y.id = t.pid
    LEFT JOIN organisations o ON o.id = y.organisation_id
    WHERE ${inPlace('o.regency_code')}`,
  dimensions: { province: 'one', regency: 'one', aspect: 'one', format: 'one' },
}

export const capacityMeasures = {
  'cop.sessions': sessions,
  'cop.participants': peopleTrained('1'),
  'cop.leadersTrained': peopleTrained(leaders),
  'cop.womenTrained': peopleTrained(`${leaders} AND y.gender = 'female'`),
  'cop.youngTrained': peopleTrained(`${leaders} AND ${ageBand('y.birth_year', 't.first_year')} = 'young'`),
  'cop.graduates': graduates,
  'cop.graduateReach': peopleTrained('1', ledByGraduate),
  'cop.scoreGain': scoreGain,
} satisfies Partial<Record<IndicatorKey, Measure>>

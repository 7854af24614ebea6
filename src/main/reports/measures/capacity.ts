import type { Dimension, IndicatorKey } from '../../../shared/reports'
import { ageBand, inPeriod, inPlace, instantInPeriod, placeColumns, survivorOf } from './sql'
import type { Measure } from './types'

/**
 * Training in the period and aspect, from the facts (facts.ts): hadir or hadir sebagian at a
 * session not cancelled, each row already the person it counts for (a merged person is the one
 * they became, a deleted one counts nowhere), with that person's gender, role, birth year and
 * kabupaten/kota.
 */
const inScope = `${instantInPeriod('a.starts_at')} AND (:aspect IS NULL OR a.aspect = :aspect)
  AND ${inPlace('a.regency_code')}`

/**
 * Unique people trained, one row each, aged in the year of their first session in the period.
 * `rows` narrows the attendance (a role, ToT graduates leading), `people` the people counted.
 */
const peopleTrained = (rows: string, people = '1'): Measure => ({
  kind: 'person',
  unit: 'count',
  aggregate: 'count',
  records: (dimension: Dimension | null) => `
    SELECT t.person_id AS id, y.name AS label, o.name AS detail, NULL AS day, NULL AS amount, t.person_id AS open_id,
      ${placeColumns('t.regency_code')}, t.gender AS d_gender, ${ageBand('t.birth_year', 't.first_year')} AS d_ageBand,
      t.role AS d_role, ${dimension === 'aspect' ? 't.aspects' : 'NULL'} AS d_aspect,
      ${dimension === 'format' ? 't.formats' : 'NULL'} AS d_format
    FROM (SELECT a.person, a.person_id, a.gender, a.role, a.birth_year, a.regency_code,
            CAST(substr(min(a.starts_at), 1, 4) AS INTEGER) AS first_year
            ${dimension === 'aspect' ? ', json_group_array(DISTINCT a.aspect) AS aspects' : ''}
            ${dimension === 'format' ? ', json_group_array(DISTINCT a.format) AS formats' : ''}
          FROM temp.report_attendance a WHERE ${inScope} AND ${rows} GROUP BY a.person) t
    LEFT JOIN people y ON y.rowid = t.person
    LEFT JOIN organisations o ON o.id = y.organisation_id
    WHERE ${people}`,
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

const leaders = "a.role IN ('leader', 'manager')"

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

/** Pre/post-test gain of each participant scored on both, in points out of 100. */
const scoreGain: Measure = {
  kind: 'participant',
  unit: 'points',
  aggregate: 'mean',
  records: `
    SELECT a.participant_id AS id, y.name AS label, se.title AS detail, date(a.starts_at, :zoneShift) AS day,
      a.post_score - a.pre_score AS amount, a.session_id AS open_id, ${placeColumns('a.regency_code')},
      a.aspect AS d_aspect, a.format AS d_format
    FROM temp.report_attendance a
    LEFT JOIN cop_sessions se ON se.id = a.session_id
    LEFT JOIN people y ON y.rowid = a.person
    WHERE ${inScope} AND a.pre_score IS NOT NULL AND a.post_score IS NOT NULL`,
  dimensions: { province: 'one', regency: 'one', aspect: 'one', format: 'one' },
}

export const capacityMeasures = {
  'cop.sessions': sessions,
  'cop.participants': peopleTrained('1'),
  'cop.leadersTrained': peopleTrained(leaders),
  'cop.womenTrained': peopleTrained(`${leaders} AND a.gender = 'female'`),
  'cop.youngTrained': peopleTrained(leaders, `${ageBand('t.birth_year', 't.first_year')} = 'young'`),
  'cop.graduates': graduates,
  // Sessions led by a ToT graduate of their aspect: the cascade's reach.
  'cop.graduateReach': peopleTrained('a.graduate_led = 1'),
  'cop.scoreGain': scoreGain,
} satisfies Partial<Record<IndicatorKey, Measure>>

import type { Dimension, IndicatorKey } from '../../../shared/reports'
import type { Scope } from '../scope'
import { ageBand, factInPlace, factPlaceColumns, idOf, inPeriod, instantInPeriod, nameOf } from './sql'
import type { Measure } from './types'

/**
 * Who of the people trained an indicator counts: `who` over a person's own columns (the same in
 * every source below), only training at sessions a ToT graduate led (`led`), only the young.
 */
export interface Trained {
  who: (alias: string) => string
  led: boolean
  young: boolean
}

const personColumns = (alias: string) =>
  `${alias}.person, ${alias}.province, ${alias}.regency, ${alias}.gender, ${alias}.role, ${alias}.birth_year, ${alias}.age_band`

/** The year of a UTC instant, as a person's age counts in the year of their first session. */
const yearOf = (instant: string) => `CAST(substr(${instant}, 1, 4) AS INTEGER)`

/**
 * The people trained in the scope, one row each (once per code when split by aspect or format):
 * their columns, `first_year` of the first session counted, and `code`. Training is attendance
 * hadir or hadir sebagian at a session held, in the period and aspect, placed where the person's
 * OMS is (facts/training.ts). The facts kept per person answer most questions; per person and
 * aspect or format, an aspect's over all time and a split by them; the rest group the attendance.
 */
export function trainedIn(dimension: Dimension | null, scope: Scope, trained: Trained): string {
  const code = dimension === 'aspect' || dimension === 'format' ? dimension : null
  const overAllTime = scope.fromUtc === null && scope.toUtc === null
  if (scope.aspect === null && code === null) return trainedPeople(trained, scope)
  const { who, led } = trained
  const ledOnly = led ? 't.led_first_year IS NOT NULL' : '1'
  // One aspect: a person's first session is their first in it.
  if (overAllTime && scope.aspect !== null && code !== 'format')
    return `SELECT ${personColumns('t')}, ${led ? 't.led_first_year' : 't.first_year'} AS first_year,
        ${code === null ? 'NULL' : 't.code'} AS code
      FROM temp.report_trained_codes t
      WHERE t.dimension = 'aspect' AND t.code = :aspect AND ${factInPlace('t')} AND ${who('t')} AND ${ledOnly}`
  // Every aspect or format a person was trained in (led by a graduate, if asked), aged by their first session of all.
  if (overAllTime && scope.aspect === null && code !== null)
    return `SELECT ${personColumns('t')}, ${led ? 't.person_led_first_year' : 't.person_first_year'} AS first_year,
        t.code
      FROM temp.report_trained_codes t
      WHERE t.dimension = '${code}' AND ${factInPlace('t')} AND ${who('t')} AND ${ledOnly}`
  return trainedByAttendance(dimension, trained)
}

/**
 * The same people grouped from the attendance itself, whatever the scope: what the facts kept per
 * person and per code answer faster, and what answers the rest (a period and an aspect, say).
 */
export function trainedByAttendance(dimension: Dimension | null, { who, led }: Trained): string {
  const code = dimension === 'aspect' || dimension === 'format' ? dimension : null
  const attended = `${instantInPeriod('a.starts_at')} AND (:aspect IS NULL OR a.aspect = :aspect) AND ${factInPlace('a')}
    AND ${who('a')} AND ${led ? 'a.led = 1' : '1'}`
  if (code === null)
    return `SELECT ${personColumns('a')}, ${yearOf('min(a.starts_at)')} AS first_year, NULL AS code
      FROM temp.report_attendance a WHERE ${attended} GROUP BY a.person`
  return `SELECT ${personColumns('t')}, ${yearOf('min(t.first_at) OVER (PARTITION BY t.person)')} AS first_year, t.code
    FROM (SELECT ${personColumns('a')}, a.${code} AS code, min(a.starts_at) AS first_at
          FROM temp.report_attendance a WHERE ${attended} GROUP BY a.person, a.${code}) t`
}

/**
 * People trained in the period, in every aspect, from the facts kept per person: one whose first
 * session (at a session a graduate led, if asked) is after the period or whose last is before it
 * was not; one whose first is in it was, first then. Only those trained both before and since the
 * period began have their attendance read: from their first session since. A bound not set is left
 * out of the SQL, which every person is then read through.
 */
function trainedPeople({ who, led }: Trained, scope: Scope): string {
  const [first, last, firstYear] = led
    ? ['t.led_first_at', 't.led_last_at', 't.led_first_year']
    : ['t.first_at', 't.last_at', 't.first_year']
  const firstSince = `(SELECT min(a.starts_at) FROM temp.report_attendance a
    WHERE a.person = t.person AND a.starts_at >= :fromUtc${led ? ' AND a.led = 1' : ''})`
  const conditions = [factInPlace('t'), who('t'), `${first} IS NOT NULL`]
  if (scope.toUtc !== null) conditions.push(`${first} < :toUtc`)
  if (scope.fromUtc !== null) conditions.push(`${last} >= :fromUtc`)
  if (scope.fromUtc !== null && scope.toUtc !== null)
    conditions.push(`(${first} >= :fromUtc OR ${firstSince} < :toUtc)`)
  const year =
    scope.fromUtc === null
      ? firstYear
      : `CASE WHEN ${first} >= :fromUtc THEN ${firstYear} ELSE ${yearOf(firstSince)} END`
  return `SELECT ${personColumns('t')}, ${year} AS first_year, NULL AS code
    FROM temp.report_trained t WHERE ${conditions.join(' AND ')}`
}

/** Unique people trained, one row each, aged in the year of their first session in the period. */
const peopleTrained = (trained: Trained): Measure => ({
  kind: 'person',
  unit: 'count',
  aggregate: 'count',
  records: (dimension: Dimension | null, scope: Scope) => `
    SELECT ${idOf('people', 't.person')} AS id, ${nameOf('people', 't.person')} AS label,
      (SELECT o.name FROM people y JOIN organisations o ON o.id = y.organisation_id WHERE y.rowid = t.person) AS detail,
      NULL AS day, NULL AS amount, ${idOf('people', 't.person')} AS open_id, ${factPlaceColumns('t')},
      t.gender AS d_gender, ${ageBand('t.birth_year', 't.first_year')} AS d_ageBand, t.role AS d_role,
      ${dimension === 'aspect' ? 't.code' : 'NULL'} AS d_aspect, ${dimension === 'format' ? 't.code' : 'NULL'} AS d_format
    FROM (${trainedIn(dimension, scope, trained)}) t
    WHERE ${trained.young ? `${ageBand('t.birth_year', 't.first_year')} = 'young'` : '1'}`,
  dimensions: {
    province: 'one',
    regency: 'one',
    gender: 'one',
    ageBand: 'one',
    role: 'one',
    aspect: 'each',
    format: 'each',
  },
})

const everyone = () => '1'
const leaders = (alias: string) => `${alias}.leader = 1`

/**
 * Sessions held (started by now), from the facts: placed where the organising OMS is; a session the
 * hub itself ran is in the hub's province, with no kabupaten/kota of its own.
 */
const sessions: Measure = {
  kind: 'session',
  unit: 'count',
  aggregate: 'count',
  records: `
    SELECT s.id, ${nameOf('cop_sessions', 's.session', 'title')} AS label,
      (SELECT o.name FROM cop_sessions c JOIN organisations o ON o.id = c.organiser_organisation_id
       WHERE c.rowid = s.session) AS detail,
      s.day AS day, NULL AS amount, s.id AS open_id, ${factPlaceColumns('s')}, s.aspect AS d_aspect,
      s.format AS d_format, substr(s.day, 1, 7) AS d_month
    FROM temp.report_sessions s
    WHERE s.starts_at < :nowUtc AND ${instantInPeriod('s.starts_at')} AND (:aspect IS NULL OR s.aspect = :aspect)
      AND ${factInPlace('s')}`,
  dimensions: { province: 'one', regency: 'one', aspect: 'one', format: 'one', month: 'one' },
}

/** ToT graduates qualified in the period: one row per person (the one they count for now) and aspect they may now train. */
const graduates: Measure = {
  kind: 'person',
  unit: 'count',
  aggregate: 'count',
  records: `
    SELECT ${idOf('cop_trainers', 't.trainer')} AS id, ${nameOf('people', 'y.person')} AS label, ${nameOf('organisations', 'y.organisation')} AS detail,
      t.qualified_on AS day, NULL AS amount, ${idOf('people', 'y.person')} AS open_id, ${factPlaceColumns('y')},
      y.gender AS d_gender, t.aspect AS d_aspect
    FROM temp.report_graduates t JOIN temp.report_people y ON y.person = t.person
    WHERE ${inPeriod('t.qualified_on')}
      AND (:aspect IS NULL OR t.aspect = :aspect) AND ${factInPlace('y')}`,
  dimensions: { province: 'one', regency: 'one', gender: 'one', aspect: 'one' },
}

/** Pre/post-test gain of each participant scored on both, in points out of 100. */
const scoreGain: Measure = {
  kind: 'participant',
  unit: 'points',
  aggregate: 'mean',
  records: `
    SELECT ${idOf('cop_participants', 'a.participant')} AS id, ${nameOf('people', 'a.person')} AS label,
      ${nameOf('cop_sessions', 'a.session', 'title')} AS detail, date(a.starts_at, :zoneShift) AS day,
      a.gain AS amount, ${idOf('cop_sessions', 'a.session')} AS open_id, ${factPlaceColumns('a')},
      a.aspect AS d_aspect, a.format AS d_format
    FROM temp.report_scores a
    WHERE ${instantInPeriod('a.starts_at')} AND (:aspect IS NULL OR a.aspect = :aspect) AND ${factInPlace('a')}`,
  dimensions: { province: 'one', regency: 'one', aspect: 'one', format: 'one' },
}

/** Who each indicator of people trained counts. */
export const trainedBy = {
  'cop.participants': { who: everyone, led: false, young: false },
  'cop.leadersTrained': { who: leaders, led: false, young: false },
  'cop.womenTrained': { who: (alias) => `${leaders(alias)} AND ${alias}.gender = 'female'`, led: false, young: false },
  'cop.youngTrained': { who: leaders, led: false, young: true },
  // Sessions led by a ToT graduate of their aspect: the cascade's reach.
  'cop.graduateReach': { who: everyone, led: true, young: false },
} satisfies Partial<Record<IndicatorKey, Trained>>

export const capacityMeasures = {
  'cop.sessions': sessions,
  'cop.participants': peopleTrained(trainedBy['cop.participants']),
  'cop.leadersTrained': peopleTrained(trainedBy['cop.leadersTrained']),
  'cop.womenTrained': peopleTrained(trainedBy['cop.womenTrained']),
  'cop.youngTrained': peopleTrained(trainedBy['cop.youngTrained']),
  'cop.graduates': graduates,
  'cop.graduateReach': peopleTrained(trainedBy['cop.graduateReach']),
  'cop.scoreGain': scoreGain,
} satisfies Partial<Record<IndicatorKey, Measure>>

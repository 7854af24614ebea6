import { WOMEN_TARGET_PERCENT, YOUTH_AGE, type IndicatorCount, type Indicators } from '../../shared/cop'
import type { AppDatabase } from '../db'
import { requireIdentity } from '../hub/service'
import { survivorOf } from '../reports/measures/sql'
import { localDaySql } from './rules'

export interface IndicatorFilter {
  from: string | null
  to: string | null
  aspect: string | null
}

/**
 * Attendance that counts as training: hadir or hadir sebagian at a session not cancelled, in the
 * period and aspect asked for. A person merged into another counts as the one they became (along
 * a chain of merges); a deleted person counts nowhere.
 */
const trainedSql = (day: string) => `
  SELECT ${survivorOf('people', 'x')} AS personId, s.id AS sessionId, s.aspect, s.starts_at AS startsAt,
    p.pre_score AS preScore, p.post_score AS postScore
  FROM cop_participants p
  JOIN cop_sessions s ON s.id = p.session_id
  JOIN people x ON x.id = p.person_id
  WHERE p.deleted_at IS NULL AND p.status IN ('present', 'partial') AND ${survivorOf('people', 'x')} IS NOT NULL
    AND s.deleted_at IS NULL AND s.status != 'cancelled'
    AND (:from IS NULL OR ${day} >= :from) AND (:to IS NULL OR ${day} <= :to)
    AND (:aspect IS NULL OR s.aspect = :aspect)`

const percent = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 10

/**
 * The CoP & ToT indicators, computed from attendance and never typed: unique people trained, by
 * gender, age group, OMS, kabupaten/kota and aspect, against the programme's 30% target for women.
 * Age is counted in the year of a person's first session in the period.
 */
export function indicators(database: AppDatabase, filter: IndicatorFilter): Indicators {
  const zone = requireIdentity(database).timeZone
  const trained = trainedSql(localDaySql('s.starts_at', zone))
  const params = { from: filter.from, to: filter.to, aspect: filter.aspect }
  const people = `WITH trained AS (${trained}),
    persons AS (SELECT personId, min(startsAt) AS firstAt FROM trained GROUP BY personId)
    SELECT x.gender, x.role, x.birth_year AS birthYear, CAST(substr(firstAt, 1, 4) AS INTEGER) AS year
    FROM persons JOIN people x ON x.id = persons.personId`
  const rows = database.sqlite.prepare(people).all(params) as {
    gender: 'female' | 'male'
    role: string
    birthYear: number | null
    year: number
  }[]
  const women = rows.filter((row) => row.gender === 'female').length
  const young = rows.filter(
    (row) =>
      row.birthYear !== null && row.year - row.birthYear >= YOUTH_AGE.from && row.year - row.birthYear <= YOUTH_AGE.to,
  ).length
  const grouped = (key: string, name: string, join = '') =>
    database.sqlite
      .prepare(
        `WITH trained AS (${trained})
         SELECT ${key} AS key, ${name} AS name, count(DISTINCT t.personId) AS people,
           count(DISTINCT CASE WHEN x.gender = 'female' THEN t.personId END) AS women
         FROM trained t JOIN people x ON x.id = t.personId ${join}
         GROUP BY 1 ORDER BY people DESC, 2`,
      )
      .all(params) as (IndicatorCount & { name: string })[]
  const sessions = database.sqlite
    .prepare(`WITH trained AS (${trained}) SELECT count(DISTINCT sessionId) FROM trained`)
    .pluck()
    .get(params) as number
  const gainByAspect = database.sqlite
    .prepare(
      `WITH trained AS (${trained})
       SELECT aspect, count(*) AS count, round(avg(postScore - preScore), 1) AS gain FROM trained
       WHERE preScore IS NOT NULL AND postScore IS NOT NULL GROUP BY aspect ORDER BY aspect`,
    )
    .all(params) as Indicators['gainByAspect']
  return {
    people: rows.length,
    women,
    men: rows.length - women,
    womenPercent: percent(women, rows.length),
    womenTarget: WOMEN_TARGET_PERCENT,
    young,
    youngPercent: percent(young, rows.length),
    ageUnknown: rows.filter((row) => row.birthYear === null).length,
    leaders: rows.filter((row) => row.role === 'leader').length,
    managers: rows.filter((row) => row.role === 'manager').length,
    sessions,
    byAspect: grouped('t.aspect', 't.aspect').map(({ key, people: count, women: w }) => ({
      key,
      people: count,
      women: w,
    })),
    byOrganisation: grouped('x.organisation_id', 'o.name', 'LEFT JOIN organisations o ON o.id = x.organisation_id'),
    byRegency: grouped(
      'o.regency_code',
      'r.name',
      'LEFT JOIN organisations o ON o.id = x.organisation_id LEFT JOIN ref_regencies r ON r.code = o.regency_code',
    ),
    gainByAspect,
  }
}

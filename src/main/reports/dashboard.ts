import { measureOf as measureOfForm, supportForms } from '../../shared/initiatives'
import {
  indicatorKeys,
  type CapacityRow,
  type Dashboard,
  type FormRow,
  type IndicatorKey,
  type IndicatorValue,
  type ReportFilter,
  type TargetProgress,
} from '../../shared/reports'
import type { AppDatabase } from '../db'
import { statusOf } from './measures/galang-daya'
import { inPeriod, inPlace, live } from './measures/sql'
import { withPledgeStatus } from './pledge-status'
import { indicatorValue } from './query'
import { scopeOf, type Scope } from './scope'
import { listTargets } from './targets'

export const percentOf = (part: number | null, whole: number | null): number | null =>
  part === null || whole === null || whole === 0 ? null : Math.round((part / whole) * 1000) / 10

/** Every indicator and the program's shares, as the workbook's Indikator sheet lists them. */
export function indicatorsWithShares(database: AppDatabase, filter: ReportFilter, scope = scopeOf(database, filter)) {
  const indicators = indicatorKeys.map((key) => indicatorValue(database, key, filter, scope))
  const value = (key: IndicatorKey) => (indicators.find((found) => found.key === key) as IndicatorValue).value
  return {
    indicators,
    shares: {
      womenTrainedPercent: percentOf(value('cop.womenTrained'), value('cop.leadersTrained')),
      youngTrainedPercent: percentOf(value('cop.youngTrained'), value('cop.leadersTrained')),
      womenPercent: percentOf(value('people.women'), value('people.leaders')),
      youngPercent: percentOf(value('people.young'), value('people.leaders')),
      fulfilmentPercent: percentOf(value('pledges.fulfilled'), value('pledges.all')),
      provincialSharePercent: percentOf(value('pledges.provincialShare'), value('pledges.fee')),
    },
  }
}

/** Every indicator, the program's shares, pledges by form, capacity by aspect and the targets. */
export function dashboard(database: AppDatabase, filter: ReportFilter): Dashboard {
  const scope = scopeOf(database, filter)
  return {
    ...indicatorsWithShares(database, filter, scope),
    forms: formRows(database, scope),
    capacity: capacityRows(database, scope),
    targets: targetProgress(database),
  }
}

/** A pledge's (g) or a fulfilment's (f) amount in the measure of the pledge's form, as SQL. */
function amountIn(row: 'g' | 'f'): string {
  const amount = (form: (typeof supportForms)[number]) => {
    const measure = measureOfForm(form)
    if (measure === 'text') return 'NULL'
    if (measure === 'hours') return row === 'g' ? 'g.people * g.hours' : 'f.hours'
    return `${row}.${measure === 'rupiah' ? 'rupiah' : 'quantity'}`
  }
  return `CASE g.form ${supportForms.map((form) => `WHEN '${form}' THEN ${amount(form)}`).join(' ')} END`
}

/**
 * Pledged against received per form, over the pledges made in the period (not cancelled): what
 * came in on those same pledges, so the two numbers speak of one set.
 */
function formRows(database: AppDatabase, scope: Scope): FormRow[] {
  const rows = withPledgeStatus(database)
    .sqlite.prepare(
      `SELECT g.form, count(*) AS pledges, sum(${statusOf('g')} = 'fulfilled') AS fulfilled,
         sum(${amountIn('g')}) AS pledged,
         sum((SELECT sum(${amountIn('f')}) FROM fulfilments f WHERE f.pledge_id = g.id AND f.deleted_at IS NULL)) AS received,
         coalesce(sum((SELECT sum(f.valuation_rupiah) FROM fulfilments f WHERE f.pledge_id = g.id AND f.deleted_at IS NULL)), 0) AS valuation
       FROM pledges g JOIN initiatives i ON i.id = g.initiative_id AND i.deleted_at IS NULL
       WHERE g.deleted_at IS NULL AND g.cancelled_on IS NULL AND ${inPeriod('g.pledged_on')}
         AND (:form IS NULL OR g.form = :form) AND ${inPlace('i.regency_code')}
       GROUP BY g.form`,
    )
    .all(scope) as FormRow[]
  return supportForms.flatMap((form) => {
    const row = rows.find((found) => found.form === form)
    if (!row) return []
    // Pieces of different units (sak, kg, unit) do not add up; goods are compared by their value.
    const summable = measureOfForm(form) === 'rupiah' || measureOfForm(form) === 'hours'
    return [{ ...row, pledged: summable ? (row.pledged ?? 0) : null, received: summable ? (row.received ?? 0) : null }]
  })
}

/**
 * Self-assessed capacity per aspect (scores 1–5): each OMS's first and latest assessment in the
 * period, and the mean change of those assessed at least twice.
 */
function capacityRows(database: AppDatabase, scope: Scope): CapacityRow[] {
  return database.sqlite
    .prepare(
      `WITH scored AS (
         SELECT a.organisation_id AS org, a.assessed_on AS day, a.id, s.key AS aspect, s.value AS score
         FROM capacity_assessments a JOIN organisations o ON o.id = a.organisation_id, json_each(a.scores) s
         WHERE a.deleted_at IS NULL AND ${live('o')} AND ${inPlace('o.regency_code')} AND ${inPeriod('a.assessed_on')}
           AND (:aspect IS NULL OR s.key = :aspect) AND s.type IN ('integer', 'real')),
       ranked AS (
         SELECT org, aspect, score,
           row_number() OVER (PARTITION BY org, aspect ORDER BY day, id) AS first_rank,
           row_number() OVER (PARTITION BY org, aspect ORDER BY day DESC, id DESC) AS last_rank,
           count(*) OVER (PARTITION BY org, aspect) AS times
         FROM scored),
       pairs AS (
         SELECT org, aspect, max(CASE WHEN first_rank = 1 THEN score END) AS first,
           max(CASE WHEN last_rank = 1 THEN score END) AS latest, max(times) AS times
         FROM ranked GROUP BY org, aspect)
       SELECT aspect, count(*) AS organisations, round(avg(first), 2) AS first, round(avg(latest), 2) AS latest,
         round(avg(CASE WHEN times > 1 THEN latest - first END), 2) AS change, sum(times > 1) AS reassessed
       FROM pairs GROUP BY aspect ORDER BY aspect`,
    )
    .all(scope) as CapacityRow[]
}

/**
 * Each target against its indicator over the target's own period and place, whatever the
 * dashboard is filtered to: a national target counts the country (on a hub, what the hub holds),
 * a province's counts that province, so a national view never measures the country against one
 * province's number.
 */
function targetProgress(database: AppDatabase): TargetProgress[] {
  return listTargets(database).map((target) => {
    const filter = {
      from: target.fromOn,
      to: target.toOn,
      provinceCode: target.provinceCode,
      regencyCode: null,
      aspect: null,
      form: null,
    }
    const achieved = indicatorValue(database, target.key, filter).value ?? 0
    return { ...target, achieved, percent: Math.round((achieved / target.value) * 1000) / 10 }
  })
}

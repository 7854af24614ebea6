import { AppError } from '../../shared/errors'
import type {
  Breakdown,
  BreakdownRow,
  Dimension,
  DrillPage,
  DrillRow,
  IndicatorKey,
  IndicatorValue,
  ReportFilter,
} from '../../shared/reports'
import type { Statement } from 'better-sqlite3'
import type { AppDatabase } from '../db'
import { measures, type Measure } from './measures'
import { scopeOf, type Scope } from './scope'

const aggregateSql = { count: 'count(*)', sum: 'coalesce(sum(r.amount), 0)', mean: 'round(avg(r.amount), 1)' }

/**
 * Statements by their SQL, per connection: a dashboard asks the same few hundred queries again
 * with every filter, and compiling one costs more than running many of them over the facts.
 */
const statements = new WeakMap<AppDatabase, Map<string, Statement>>()

function prepare(database: AppDatabase, sql: string): Statement {
  let cached = statements.get(database)
  if (cached === undefined) statements.set(database, (cached = new Map()))
  let statement = cached.get(sql)
  if (statement === undefined) cached.set(sql, (statement = database.sqlite.prepare(sql)))
  return statement
}

/** A measure's SQL, for the dimension asked (null: the value or its records) and the filters set. */
const recordsOf = (measure: Measure, dimension: Dimension | null, scope: Scope): string =>
  typeof measure.records === 'string' ? measure.records : measure.records(dimension, scope)

function measureOf(key: IndicatorKey, dimension: Dimension | null): Measure {
  const measure = measures[key]
  if (dimension !== null && measure.dimensions[dimension] === undefined)
    throw new AppError('VALIDATION', { key: 'validation.reports.dimension' })
  return measure
}

/** An indicator's value and the number of records behind it. */
export function indicatorValue(
  database: AppDatabase,
  key: IndicatorKey,
  filter: ReportFilter,
  scope: Scope = scopeOf(database, filter),
): IndicatorValue {
  const measure = measures[key]
  const row = prepare(
    database,
    `SELECT count(*) AS records, ${aggregateSql[measure.aggregate]} AS value
      FROM (${recordsOf(measure, null, scope)}) r`,
  ).get(scope) as { records: number; value: number | null }
  return {
    key,
    unit: measure.unit,
    value: measure.aggregate === 'mean' ? row.value : (row.value ?? 0),
    records: row.records,
    dimensions: Object.keys(measure.dimensions) as Dimension[],
  }
}

/**
 * A multi-valued dimension lists a record under each of its codes, and under "" when it has none:
 * unpacked from its JSON here, or listed so by the measure itself ('each').
 */
const bucketSource = (measure: Measure, dimension: Dimension, scope: Scope) =>
  measure.dimensions[dimension] === 'many'
    ? `(${recordsOf(measure, dimension, scope)}) r LEFT JOIN json_each(r.d_${dimension}) j`
    : `(${recordsOf(measure, dimension, scope)}) r`
/** A bucket's code; a measure listing a record once per code gives '' for none, so its facts' order can group them. */
const bucketColumn = (measure: Measure, dimension: Dimension) =>
  ({ one: `coalesce(r.d_${dimension}, '')`, many: "coalesce(j.value, '')", each: `r.d_${dimension}` })[
    measure.dimensions[dimension] ?? 'one'
  ]

/** Names of the buckets the data names itself: places and clusters. Codes of fixed lists are the renderer's to name. */
const bucketLabels: Partial<Record<Dimension, string>> = {
  province: 'SELECT code, name FROM ref_provinces WHERE code IN (SELECT value FROM json_each(?))',
  regency: 'SELECT code, name FROM ref_regencies WHERE code IN (SELECT value FROM json_each(?))',
  cluster: 'SELECT id, name FROM issue_clusters WHERE id IN (SELECT value FROM json_each(?))',
}

/** An indicator split by one dimension, the largest bucket first. */
export function breakdown(
  database: AppDatabase,
  input: { filter: ReportFilter; key: IndicatorKey; dimension: Dimension },
  scope: Scope = scopeOf(database, input.filter),
): Breakdown {
  const measure = measureOf(input.key, input.dimension)
  const rows = prepare(
    database,
    `SELECT ${bucketColumn(measure, input.dimension)} AS bucket, count(*) AS records,
      ${aggregateSql[measure.aggregate]} AS value
      FROM ${bucketSource(measure, input.dimension, scope)} GROUP BY 1 ORDER BY value DESC, bucket`,
  ).all(scope) as Omit<BreakdownRow, 'label'>[]
  const labelSql = bucketLabels[input.dimension]
  // Read at once: a split by kabupaten/kota has some five hundred buckets.
  const labels =
    labelSql === undefined
      ? null
      : new Map(
          prepare(database, labelSql)
            .raw(true)
            .all(JSON.stringify(rows.map((row) => row.bucket))) as [string, string][],
        )
  return {
    key: input.key,
    kind: measure.kind,
    dimension: input.dimension,
    unit: measure.unit,
    rows: rows.map((row) => ({
      ...row,
      value: row.value ?? 0,
      label: labels?.get(row.bucket) ?? null,
    })),
  }
}

/** The records behind a number, or behind one bucket of its breakdown, by label. */
export function drill(
  database: AppDatabase,
  input: {
    filter: ReportFilter
    key: IndicatorKey
    dimension: Dimension | null
    bucket: string | null
    offset: number
    limit: number
  },
): DrillPage {
  const measure = measureOf(input.key, input.dimension)
  const scope = scopeOf(database, input.filter)
  // Unsplit when no bucket is asked: a measure listing a record once per code would list it again.
  const dimension = input.bucket === null ? null : input.dimension
  const where =
    dimension === null
      ? '1'
      : measure.dimensions[dimension] === 'many'
        ? `(CASE WHEN :bucket = '' THEN json_array_length(coalesce(r.d_${dimension}, '[]')) = 0
             ELSE EXISTS (SELECT 1 FROM json_each(r.d_${dimension}) WHERE value = :bucket) END)`
        : `coalesce(r.d_${dimension}, '') = :bucket`
  const params = { ...scope, bucket: input.bucket }
  const total = prepare(database, `SELECT count(*) FROM (${recordsOf(measure, dimension, scope)}) r WHERE ${where}`)
    .pluck(true)
    .get(params) as number
  const rows = prepare(
    database,
    `SELECT r.id, r.label, r.detail, r.day, r.amount, r.open_id AS openId FROM (${recordsOf(measure, dimension, scope)}) r
     WHERE ${where} ORDER BY r.label COLLATE NOCASE, r.id LIMIT :limit OFFSET :offset`,
  ).all({ ...params, limit: input.limit, offset: input.offset }) as Omit<DrillRow, 'kind'>[]
  return {
    key: input.key,
    kind: measure.kind,
    unit: measure.unit,
    total,
    rows: rows.map((row) => ({
      ...row,
      kind: measure.kind,
      amount: measure.aggregate === 'count' ? null : row.amount,
    })),
  }
}

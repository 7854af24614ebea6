import type { IndicatorKey, ProvincesView, ReportFilter } from '../../shared/reports'
import type { AppDatabase } from '../db'
import { listProvinces } from '../reference/queries'
import { breakdown, indicatorValue } from './query'
import { scopeOf } from './scope'

/**
 * One indicator in every province, for the national team's map and table, each with the age of
 * the last bundle its hubs sent: a low number from a province silent for months means little.
 */
export function provincesView(
  database: AppDatabase,
  input: { filter: ReportFilter; key: IndicatorKey },
): ProvincesView {
  const filter = { ...input.filter, provinceCode: null, regencyCode: null }
  const scope = scopeOf(database, filter)
  const split = breakdown(database, { filter, key: input.key, dimension: 'province' }, scope)
  const values = new Map(split.rows.map((row) => [row.bucket, row.value]))
  const lastBundles = new Map(
    (
      database.sqlite
        .prepare(
          `SELECT k.province_code AS code, max(b.created_at) AS lastAt FROM sync_bundles b
           JOIN (SELECT DISTINCT hub_id, province_code FROM sync_keys WHERE role = 'hub') k ON k.hub_id = b.hub_id
           WHERE b.direction = 'in' AND b.kind = 'changes' AND b.outcome = 'accepted' GROUP BY k.province_code`,
        )
        .all() as { code: string; lastAt: string }[]
    ).map((row) => [row.code, row.lastAt]),
  )
  const unit = split.unit
  return {
    key: input.key,
    unit,
    total: indicatorValue(database, input.key, filter, scope).value,
    provinces: listProvinces(database.orm).map((province) => ({
      code: province.code,
      name: province.name,
      // A province that never sent a bundle has no data, which is not the same as none of it.
      value: values.get(province.code) ?? (unit === 'points' || !lastBundles.has(province.code) ? null : 0),
      lastBundleAt: lastBundles.get(province.code) ?? null,
    })),
  }
}

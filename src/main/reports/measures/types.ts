import type { Dimension, IndicatorUnit, RecordKind } from '../../../shared/reports'

/**
 * An indicator as the set of records it counts or sums. `records` selects one row per record
 * with the columns id, label, detail, amount, open_id and d_<dimension> for each dimension, and
 * reads the scope's named parameters; value, breakdown and drill-down are all queries over it, so
 * a number and the list it opens can never disagree.
 */
export interface Measure {
  kind: RecordKind
  unit: IndicatorUnit
  aggregate: 'count' | 'sum' | 'mean'
  /** The set's SQL; a function when a costly column is only worth computing for its own breakdown. */
  records: string | ((dimension: Dimension | null) => string)
  /** A dimension's column holds one code, or a JSON array of codes (an OMS in several sectors). */
  dimensions: Partial<Record<Dimension, 'one' | 'many'>>
}

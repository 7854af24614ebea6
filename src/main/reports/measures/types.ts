import type { Dimension, IndicatorUnit, RecordKind } from '../../../shared/reports'
import type { Scope } from '../scope'

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
  /**
   * The set's SQL; a function when it depends on the dimension asked (null: the value, or records
   * unsplit) or on which of the scope's filters are set (never on their values, which stay
   * parameters): a costly column is only worth computing for its own breakdown, and facts kept
   * over all time answer faster than grouping the attendance when no period is asked.
   */
  records: string | ((dimension: Dimension | null, scope: Scope) => string)
  /**
   * A dimension's column holds one code; or a JSON array of codes (an initiative in several
   * clusters); or, asked for that dimension, the set lists a record once per code (once under ''
   * when it has none, never NULL), so a breakdown counts rows, each under its one code.
   */
  dimensions: Partial<Record<Dimension, 'one' | 'many' | 'each'>>
}

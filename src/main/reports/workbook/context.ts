import type { HubIdentity } from '../../../shared/hub'
import type { ReportFilter } from '../../../shared/reports'
import type { AppDatabase } from '../../db'
import type { Scope } from '../scope'
import { tableOf, type ColumnOf, type TableBody } from './cells'
import type { TermNames } from './labels'

/** An indicator as the Indikator sheet lists it; the reports compute them. */
export interface IndicatorRow {
  label: string
  value: number | null
  unit: 'count' | 'rupiah' | 'hours' | 'points' | 'percent'
}

/** What every sheet of one workbook reads: the same filter, hub, and moment. */
export interface SheetContext {
  database: AppDatabase
  identity: HubIdentity
  filter: ReportFilter
  /** The filter as the SQL's named parameters; pledge statuses are as of its `today`. */
  params: Scope
  /** When the workbook was started (ms). */
  now: number
  terms: TermNames
  indicatorRows: IndicatorRow[]
  /** Every sheet's name and which date the period filters it by, for the Filter sheet. */
  sheets: readonly Pick<SheetBuilder, 'name' | 'period'>[]
}

export interface SheetBuilder {
  name: string
  /**
   * Which of its records' dates the period applies to; null when the period does not filter its
   * records, absent on the sheets that hold no records (Indikator, Filter).
   */
  period?: string | null
  build(context: SheetContext): TableBody
}

function* mapped<T>(rows: Iterable<T>, map: (row: T) => T): Generator<T> {
  for (const row of rows) yield map(row)
}

/** A sheet of one query's rows (over the scope's named parameters) under columns that read them. */
export function querySheet<T>(sheet: {
  name: string
  period: string | null
  sql: string
  columns: (context: SheetContext) => readonly ColumnOf<T>[]
  /** What of a row may leave the hub (personal fields without consent may not). */
  release?: (row: T) => T
}): SheetBuilder {
  return {
    name: sheet.name,
    period: sheet.period,
    build(context) {
      const rows = context.database.sqlite.prepare(sheet.sql).iterate(context.params) as IterableIterator<T>
      const { release } = sheet
      return tableOf(sheet.columns(context), release ? mapped(rows, release) : rows)
    },
  }
}

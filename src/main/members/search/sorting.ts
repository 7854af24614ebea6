import type { Language } from '../../../shared/hub'

export interface SortTerm {
  expression: string
  /** A join the expression reads from, added only when sorting by it. */
  join?: string
  /** Empty values go last in both directions: they are what nobody sorts to find. */
  nullable?: boolean
}
export type SortTerms<Column extends string> = Record<Column, SortTerm>

/** ORDER BY for a column and direction, with the id as the tie-break so pages never overlap. */
export function sortClause<Column extends string>(
  terms: SortTerms<Column>,
  sort: { column: Column; direction: 'asc' | 'desc' },
): { orderBy: string; sortJoin: string; byName: boolean; descending: boolean } {
  const { expression, nullable, join } = terms[sort.column]
  const direction = sort.direction === 'asc' ? 'ASC' : 'DESC'
  const orderBy = [...(nullable ? [`(${expression}) IS NULL`] : []), `${expression} ${direction}`, `m.id ${direction}`]
  return {
    orderBy: orderBy.join(', '),
    sortJoin: join ?? '',
    byName: sort.column === 'name',
    descending: sort.direction === 'desc',
  }
}

/**
 * Codes ranked by the label the user reads, so a coded column sorted "A to Z" looks sorted in their
 * language. The codes come from the catalog, never from input, so they are safe to inline.
 */
export function byLabel(column: string, labels: Record<string, string>, language: Language): string {
  const codes = Object.entries(labels)
    .sort(([, a], [, b]) => a.localeCompare(b, language))
    .map(([code]) => code)
  return `CASE ${column} ${codes.map((code, rank) => `WHEN '${code}' THEN ${rank}`).join(' ')} ELSE ${codes.length} END`
}

export const placeholders = (values: unknown[]): string => values.map(() => '?').join(', ')

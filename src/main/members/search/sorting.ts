export interface SortTerm {
  expression: string
  /** Empty values go last in both directions: they are what nobody sorts to find. */
  nullable?: boolean
}
export type SortTerms<Column extends string> = Record<Column, SortTerm>

/** ORDER BY for a column and direction, with the id as the tie-break so pages never overlap. */
export function orderBy<Column extends string>(
  terms: SortTerms<Column>,
  sort: { column: Column; direction: 'asc' | 'desc' },
): string {
  const { expression, nullable } = terms[sort.column]
  const direction = sort.direction === 'asc' ? 'ASC' : 'DESC'
  return [...(nullable ? [`(${expression}) IS NULL`] : []), `${expression} ${direction}`, `m.id ${direction}`].join(
    ', ',
  )
}

export const placeholders = (values: unknown[]): string => values.map(() => '?').join(', ')

import { MAX_IMPORT_CELLS, MAX_IMPORT_ROWS } from '../../../../shared/members'
import { refuse } from '../refusals'

/** Lists made for printing may open with a few title lines above the headings (see sheet.ts). */
export const MAX_TITLE_LINES = 5

/** Rows with values a reader keeps before it stops: the data rows allowed, a heading and title lines. */
export const MAX_READ_ROWS = MAX_IMPORT_ROWS + 1 + MAX_TITLE_LINES

export const refuseTooManyRows = (): never => refuse('tooManyRows', { max: MAX_IMPORT_ROWS })

/** Counts filled cells as a reader keeps them, refusing the file once there are more than an import takes. */
export function cellBudget(): (filled: number) => void {
  let total = 0
  return (filled) => {
    total += filled
    if (total > MAX_IMPORT_CELLS) refuse('tooManyCells', { max: MAX_IMPORT_CELLS })
  }
}

/** 0 → A, 26 → AA: cells are named as Excel names them. */
export const columnName = (index: number): string =>
  (index >= 26 ? columnName(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26))

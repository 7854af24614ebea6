import type { ImportKind } from '../../../shared/members'
import type { Lookups } from './lookups'
import { convertOrganisation } from './organisation-row'
import { convertPerson } from './person-row'
import type { ConvertedRow, RowValues } from './row-checks'

/** A row ready to write (fields set) or not (fields null), with everything found on the way. */
export function convertRow(
  kind: ImportKind,
  values: RowValues,
  lookups: Lookups,
  choices: Record<string, string>,
): ConvertedRow {
  const converted =
    kind === 'organisations' ? convertOrganisation(values, lookups, choices) : convertPerson(values, lookups)
  if (converted.issues.some((issue) => issue.severity === 'error')) converted.fields = null
  return converted
}

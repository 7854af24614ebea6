import type {
  DuplicateCandidate,
  ImportKind,
  ImportMatch,
  OrganisationFields,
  PersonFields,
} from '../../../shared/members'
import { organisationDuplicates, personDuplicates } from '../duplicates'
import type { Lookups, RowIssue } from './lookups'
import { warning, type ConvertedRow } from './row-checks'

/** What the duplicate check of the records capability finds for a checked row, the row's own record left out. */
export function likelyDuplicates(lookups: Lookups, kind: ImportKind, converted: ConvertedRow): DuplicateCandidate[] {
  const { fields, updateId } = converted
  if (!fields) return []
  return kind === 'organisations'
    ? organisationDuplicates(lookups.database, fields as OrganisationFields, updateId ?? undefined)
    : personDuplicates(lookups.database, fields as PersonFields, updateId ?? undefined)
}

export const duplicateWarning = (field: string, candidates: DuplicateCandidate[]): RowIssue =>
  warning(field, 'validation.import.likelyDuplicate', {
    names: candidates
      .slice(0, 3)
      .map((candidate) => candidate.name)
      .join(', '),
  })

/** A live record of this hub: one the import may update. */
const ownRecord = (lookups: Lookups, kind: ImportKind, id: string) => {
  const record = kind === 'organisations' ? lookups.existingOrganisation(id) : lookups.existingPerson(id)
  return record && !record.merged ? record : undefined
}

/** The stored record's name and place, worded as the duplicate check words a candidate's. */
function described(lookups: Lookups, kind: ImportKind, id: string): Pick<ImportMatch, 'name' | 'context'> | null {
  if (kind === 'organisations') {
    const record = lookups.existingOrganisation(id)
    return record ? { name: record.fields.name, context: lookups.regencyName(record.fields.regencyCode) } : null
  }
  const record = lookups.existingPerson(id)
  const organisation = record && lookups.existingOrganisation(record.fields.organisationId)
  if (!record) return null
  const place = organisation && [organisation.fields.name, lookups.regencyName(organisation.fields.regencyCode)]
  return { name: record.fields.name, context: place ? place.join(', ') : null }
}

/**
 * The record a valid row stands for: the one its ID names, else the strongest candidate of the
 * duplicate check, found in its own kabupaten or by contact, that this hub may update. Null for a
 * row that is new to the directory.
 */
export function findMatch(
  lookups: Lookups,
  kind: ImportKind,
  converted: ConvertedRow,
  duplicates: DuplicateCandidate[],
): Omit<ImportMatch, 'decision'> | null {
  if (converted.updateId) {
    const record = described(lookups, kind, converted.updateId)
    return record && { id: converted.updateId, ...record, by: 'id' }
  }
  // The same name elsewhere in the province is worth a warning, not a record to update or skip:
  // two people called Sri Utami in two OMS are more often two people.
  const candidate = duplicates.find(
    (each) => each.reasons.some((reason) => reason !== 'nameElsewhere') && ownRecord(lookups, kind, each.id),
  )
  return candidate
    ? { id: candidate.id, name: candidate.name, context: candidate.context, by: candidate.reasons }
    : null
}

import { CONTACT_FIELD, isContactField, personFields, type PersonFields } from '../../../shared/members'
import { personDuplicates } from '../duplicates'
import type { Lookups, RowIssue } from './lookups'
import { duplicateWarning } from './matching'
import { personInput } from './person-row'
import { asInput, parseFields, type RowValues } from './row-checks'

/** Stands in for the id of an OMS the commit has yet to create; the commit writes the real one. */
const NEW_ORGANISATION = '00000000-0000-7000-8000-000000000000'

/** The contact person of a one-sheet OMS row, checked as a person of that OMS. */
export interface ContactRow {
  /** Set when the contact checked out; organisationId is the OMS's, or a stand-in for a new OMS. */
  fields: PersonFields | null
  /** The person already recorded in the OMS that this contact is. */
  updateId: string | null
  /** On contact.* fields, so the user corrects the contact's own cell. */
  issues: RowIssue[]
}

/**
 * The row's contact.* cells as a person of the row's OMS (an existing one when the row updates
 * it, else null), or null when they are all empty. Someone recorded in that OMS under the duplicate
 * check's rules is this contact and is updated; someone elsewhere is only a likely duplicate.
 */
export function convertContact(values: RowValues, lookups: Lookups, organisationId: string | null): ContactRow | null {
  const cells = Object.entries(values)
    .filter(([field]) => isContactField(field))
    .map(([field, value]) => [field.slice(CONTACT_FIELD.length), value] as const)
  if (cells.every(([, value]) => value.trim() === '')) return null
  const issues: RowIssue[] = []
  const input = {
    ...personInput(Object.fromEntries(cells), issues),
    organisationId: organisationId ?? NEW_ORGANISATION,
  }
  let fields = parseFields(personFields, input, issues)
  let updateId: string | null = null
  if (fields) {
    const { name, phone, email } = fields
    const candidates = personDuplicates(lookups.database, { name, phone, email, organisationId })
    const same = candidates
      .map((candidate) => ({ candidate, record: lookups.existingPerson(candidate.id) }))
      .find(({ record }) => record && !record.merged && record.fields.organisationId === organisationId)
    if (organisationId && same?.record) {
      updateId = same.candidate.id
      // Like an update by ID: the file's cells over the stored person, other fields as they are.
      fields = parseFields(personFields, { ...asInput(same.record.fields), ...input }, issues)
    }
    const others = candidates.filter((candidate) => candidate.id !== updateId)
    if (others.length > 0) issues.push(duplicateWarning('name', others))
  }
  return {
    fields,
    updateId,
    issues: issues.map((issue) => ({ ...issue, field: issue.field && CONTACT_FIELD + issue.field })),
  }
}

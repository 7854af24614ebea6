import { personFields } from '../../../shared/members'
import { consentValue, genderCode, isoDate, phoneText, roleOf } from './labels'
import type { Lookups, RowIssue } from './lookups'
import { asInput, error, existing, parseFields, warning, type ConvertedRow, type RowValues } from './row-checks'

/** A person's own cells as schema input, labels resolved to codes; the organisation is left to the caller. */
export function personInput(values: RowValues, issues: RowIssue[]): Record<string, unknown> {
  const has = (field: string) => field in values
  const input: Record<string, unknown> = {}
  for (const field of ['name', 'email', 'notes', 'birthYear']) if (has(field)) input[field] = values[field]
  if (has('phone')) input.phone = phoneText(values.phone ?? '')
  if (has('gender')) input.gender = genderCode(values.gender ?? '') ?? values.gender
  if (has('role')) {
    const title = (values.role ?? '').trim()
    const role = roleOf(title)
    // An empty cell is left to the schema ("Pilih peran"); a title no role answers to is named.
    if (role) input.role = role.code
    else if (title === '') input.role = title
    else issues.push(error('role', 'validation.import.roleUnknown', { value: title }))
    if (role?.guessed) issues.push(warning('role', 'validation.import.roleRead', { value: title, role: role.code }))
  }
  if (has('consent')) {
    const consent = consentValue(values.consent ?? '')
    if (consent === undefined) issues.push(error('consent', 'validation.import.consent'))
    else input.consent = consent
  }
  if (has('consentOn')) input.consentOn = values.consentOn ? isoDate(values.consentOn) : null
  return input
}

/** A person row: labels resolved to codes, their OMS found by ID or by name within the hub. */
export function convertPerson(values: RowValues, lookups: Lookups): ConvertedRow {
  const issues: RowIssue[] = []
  const input = personInput(values, issues)

  const organisationId = values.organisationId?.trim()
  const organisationName = values.organisation?.trim()
  if (organisationId) {
    const organisation = lookups.organisationById(organisationId)
    if (organisation) input.organisationId = organisation.id
    else issues.push(error('organisationId', 'validation.import.organisationIdUnknown', { value: organisationId }))
    if (organisation?.merged)
      issues.push(warning('organisationId', 'validation.import.organisationMerged', { name: organisation.name }))
  } else if (organisationName) {
    const ids = lookups.organisationsNamed(organisationName)
    if (ids.length === 1) input.organisationId = ids[0]
    else
      issues.push(
        error(
          'organisation',
          ids.length === 0 ? 'validation.import.organisationUnknown' : 'validation.import.organisationAmbiguous',
          {
            value: organisationName,
          },
        ),
      )
  }

  const record = existing(values, lookups.existingPerson, 'validation.person.merged', issues)
  const fields = parseFields(personFields, { ...(record && asInput(record.fields)), ...input }, issues)
  const updateId = record && !record.merged ? (values.id ?? null) : null
  return { issues, fields, updateId, status: 'candidate', statusSince: null, ambiguous: null }
}

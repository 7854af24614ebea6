import type { z } from 'zod'
import type { Message } from '../../../shared/errors'
import type { MembershipStatus, OrganisationFields, PersonFields } from '../../../shared/members'
import type { ExistingRecord, RowIssue } from './lookups'

/** A row's cells by import field, after the user's corrections. */
export type RowValues = Record<string, string>

export interface AmbiguousRegency {
  value: string
  candidates: { code: string; name: string }[]
}

export interface ConvertedRow {
  issues: RowIssue[]
  /** Set when the row checked out: what will be written. */
  fields: OrganisationFields | PersonFields | null
  /** The existing record this row updates. */
  updateId: string | null
  status: MembershipStatus
  statusSince: string | null
  ambiguous: AmbiguousRegency | null
}

// Schema fields whose messages belong to a differently named import column.
const importFieldOf: Record<string, string> = {
  regencyCode: 'regency',
  typeCode: 'type',
  sectorCodes: 'sectors',
  districtCode: 'district',
  districtName: 'district',
  villageCode: 'village',
  villageName: 'village',
  organisationId: 'organisation',
}
// An OMS named by ID or by name: one finding covers both columns.
const sameColumn: Record<string, string> = { organisationId: 'organisation' }
// Stored nulls the schemas take back as null; every other stored null was an empty text cell.
const nullableInputs = new Set([
  'legalForm',
  'districtCode',
  'villageCode',
  'consentOn',
  'foundedYear',
  'staffCount',
  'volunteerCount',
  'birthYear',
])

export const error = (field: string | null, key: string, params?: Message['params']): RowIssue => ({
  field,
  severity: 'error',
  message: { key, params },
})

/** A stored record as schema input, so an update changes only the columns the file maps. */
export function asInput(fields: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, value === null && !nullableInputs.has(key) ? '' : value]),
  )
}

/** The schema's verdict; a field the conversion already reported is not reported twice. */
export function parseFields<S extends z.ZodType>(schema: S, input: Record<string, unknown>, issues: RowIssue[]) {
  const parsed = schema.safeParse(input)
  if (parsed.success) return parsed.data as z.output<S>
  const reported = new Set(issues.map((issue) => sameColumn[issue.field ?? ''] ?? issue.field))
  for (const issue of parsed.error.issues) {
    const path = String(issue.path[0] ?? '')
    const field = importFieldOf[path] ?? path
    if (reported.has(field)) continue
    reported.add(field)
    const key = issue.message.startsWith('validation.') ? issue.message : 'validation.invalid'
    const params = 'params' in issue ? (issue.params as Message['params']) : undefined
    issues.push(error(field, key, params))
  }
  return null
}

export const warning = (field: string | null, key: string, params?: Message['params']): RowIssue => ({
  field,
  severity: 'warning',
  message: { key, params },
})

/** The record the row's ID names, or a note that it will be created. */
export function existing<Fields>(
  values: RowValues,
  find: (id: string) => ExistingRecord<Fields> | undefined,
  mergedKey: string,
  issues: RowIssue[],
): ExistingRecord<Fields> | undefined {
  const id = values.id?.trim()
  if (!id) return undefined
  const record = find(id)
  if (!record) issues.push(warning('id', 'validation.import.idUnknown', { value: id }))
  else if (record.merged) issues.push(error('id', mergedKey))
  return record
}

import type { z } from 'zod'
import type { Message } from '../../../shared/errors'
import {
  organisationFields,
  pastDate,
  personFields,
  type ImportKind,
  type MembershipStatus,
  type OrganisationFields,
  type PersonFields,
} from '../../../shared/members'
import { consentValue, genderCode, isoDate, legalFormCode, phoneText, roleCode, splitList, statusCode } from './labels'
import type { ExistingRecord, Lookups, RowIssue } from './lookups'

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
// Stored nulls the schemas take back as null; every other stored null was an empty text cell.
// An OMS named by ID or by name: one finding covers both columns.
const sameColumn: Record<string, string> = { organisationId: 'organisation' }
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

const error = (field: string | null, key: string, params?: Message['params']): RowIssue => ({
  field,
  severity: 'error',
  message: { key, params },
})

/** A stored record as schema input, so an update changes only the columns the file maps. */
function asInput(fields: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, value === null && !nullableInputs.has(key) ? '' : value]),
  )
}

/** The schema's verdict; a field the conversion already reported is not reported twice. */
function parseFields<S extends z.ZodType>(schema: S, input: Record<string, unknown>, issues: RowIssue[]) {
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

/** The record the row's ID names, or a note that it will be created. */
function existing<Fields>(
  values: RowValues,
  find: (id: string) => ExistingRecord<Fields> | undefined,
  mergedKey: string,
  issues: RowIssue[],
): ExistingRecord<Fields> | undefined {
  const id = values.id?.trim()
  if (!id) return undefined
  const record = find(id)
  if (!record)
    issues.push({
      field: 'id',
      severity: 'warning',
      message: { key: 'validation.import.idUnknown', params: { value: id } },
    })
  else if (record.merged) issues.push(error('id', mergedKey))
  return record
}

function convertOrganisation(values: RowValues, lookups: Lookups, choices: Record<string, string>): ConvertedRow {
  const issues: RowIssue[] = []
  const has = (field: string) => field in values
  const input: Record<string, unknown> = {}
  for (const field of [
    'name',
    'acronym',
    'registrationNumber',
    'address',
    'email',
    'website',
    'socialMedia',
    'focus',
    'beneficiaries',
    'notes',
    'foundedYear',
    'staffCount',
    'volunteerCount',
  ])
    if (has(field)) input[field] = values[field]
  if (has('phone')) input.phone = phoneText(values.phone ?? '')

  let ambiguous: AmbiguousRegency | null = null
  const regency = values.regency ?? ''
  if (has('regency') && regency !== '') {
    const match = lookups.regency(regency)
    const chosen = choices[regency]
    if (match.kind === 'found') input.regencyCode = match.code
    else if (match.kind === 'ambiguous' && chosen && match.candidates.some((c) => c.code === chosen))
      input.regencyCode = chosen
    else if (match.kind === 'ambiguous') {
      const candidates = match.candidates.map(({ code, name }) => ({ code, name }))
      ambiguous = { value: regency, candidates }
      issues.push(
        error('regency', 'validation.organisation.regencyAmbiguous', {
          value: regency,
          options: candidates.map((c) => c.name).join(' / '),
        }),
      )
    } else if (match.kind === 'outside')
      issues.push(
        error('regency', 'validation.organisation.regencyOutsideProvince', {
          name: regency,
          province: lookups.provinceName,
        }),
      )
    else
      issues.push(
        error('regency', 'validation.organisation.regencyUnknown', { value: regency, province: lookups.provinceName }),
      )
  }

  const regencyCode = typeof input.regencyCode === 'string' ? input.regencyCode : null
  if (has('district')) {
    const district = values.district ?? ''
    const code = regencyCode && district ? lookups.districtCode(regencyCode, district) : undefined
    input.districtCode = code ?? null
    input.districtName = code ? '' : district
    if (district && regencyCode && !code)
      issues.push({
        field: 'district',
        severity: 'warning',
        message: { key: 'validation.import.district', params: { value: district } },
      })
  }
  if (has('village')) {
    const village = values.village ?? ''
    const districtCode = typeof input.districtCode === 'string' ? input.districtCode : null
    const code = districtCode && village ? lookups.villageCode(districtCode, village) : undefined
    input.villageCode = code ?? null
    input.villageName = code ? '' : village
  }

  if (has('type') && values.type) {
    const code = lookups.typeCode(values.type)
    if (code) input.typeCode = code
    else issues.push(error('type', 'validation.organisation.type', { value: values.type }))
  } else if (has('type')) input.typeCode = ''
  if (has('legalForm')) {
    const code = values.legalForm ? legalFormCode(values.legalForm) : null
    if (code === undefined) issues.push(error('legalForm', 'validation.organisation.legalForm'))
    else input.legalForm = code
  }
  if (has('sectors')) {
    const parts = splitList(values.sectors ?? '')
    const unknown = parts.find((part) => !lookups.sectorCode(part))
    if (unknown) issues.push(error('sectors', 'validation.organisation.sectors', { value: unknown }))
    else input.sectorCodes = [...new Set(parts.map((part) => lookups.sectorCode(part) as string))]
  }
  if (has('sdgs')) {
    const numbers = splitList(values.sdgs ?? '').map(lookups.sdg)
    if (numbers.some((n) => n === undefined || n < 1 || n > 17))
      issues.push(error('sdgs', 'validation.organisation.sdgs'))
    else input.sdgs = [...new Set(numbers as number[])].sort((a, b) => a - b)
  }

  let status: MembershipStatus = 'candidate'
  if (values.status) {
    const code = statusCode(values.status)
    if (code) status = code
    else issues.push(error('status', 'validation.organisation.status'))
  }
  let statusSince: string | null = null
  if (values.statusSince) {
    const parsed = pastDate('validation.date.invalid').safeParse(isoDate(values.statusSince))
    if (parsed.success) statusSince = parsed.data
    else issues.push(error('statusSince', parsed.error.issues[0]?.message ?? 'validation.date.invalid'))
  }

  const record = existing(values, lookups.existingOrganisation, 'validation.organisation.merged', issues)
  if (record && values.status && status !== record.status)
    issues.push({ field: 'status', severity: 'warning', message: { key: 'validation.import.statusIgnored' } })
  const fields = parseFields(organisationFields, { ...(record && asInput(record.fields)), ...input }, issues)
  return {
    issues,
    fields,
    updateId: record && !record.merged ? (values.id ?? null) : null,
    status,
    statusSince,
    ambiguous,
  }
}

function convertPerson(values: RowValues, lookups: Lookups): ConvertedRow {
  const issues: RowIssue[] = []
  const has = (field: string) => field in values
  const input: Record<string, unknown> = {}
  for (const field of ['name', 'email', 'notes', 'birthYear']) if (has(field)) input[field] = values[field]
  if (has('phone')) input.phone = phoneText(values.phone ?? '')
  if (has('gender')) input.gender = genderCode(values.gender ?? '') ?? values.gender
  if (has('role')) input.role = roleCode(values.role ?? '') ?? values.role
  if (has('consent')) {
    const consent = consentValue(values.consent ?? '')
    if (consent === undefined) issues.push(error('consent', 'validation.import.consent'))
    else input.consent = consent
  }
  if (has('consentOn')) input.consentOn = values.consentOn ? isoDate(values.consentOn) : null

  const organisationId = values.organisationId?.trim()
  const organisationName = values.organisation?.trim()
  if (organisationId) {
    if (lookups.organisationExists(organisationId)) input.organisationId = organisationId
    else issues.push(error('organisationId', 'validation.import.organisationIdUnknown', { value: organisationId }))
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

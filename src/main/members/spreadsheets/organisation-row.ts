import { organisationFields, pastDate, type MembershipStatus } from '../../../shared/members'
import { isoDate, legalFormCode, phoneText, splitList, statusCode } from './labels'
import type { Lookups, RowIssue } from './lookups'
import {
  asInput,
  error,
  existing,
  parseFields,
  warning,
  type AmbiguousRegency,
  type ConvertedRow,
  type RowValues,
} from './row-checks'

/**
 * The row's kabupaten/kota code, or why there is none. An ambiguous name ("Madiun") takes the
 * user's choice for it; without one it is an error that lists the candidates, never a guess.
 */
function resolveRegency(
  value: string,
  lookups: Lookups,
  choices: Record<string, string>,
  issues: RowIssue[],
): { code: string | null; ambiguous: AmbiguousRegency | null } {
  const none = { code: null, ambiguous: null }
  if (value === '') return none
  const match = lookups.regency(value)
  const province = lookups.provinceName
  switch (match.kind) {
    case 'found':
      return { code: match.code, ambiguous: null }
    case 'ambiguous': {
      const chosen = Object.hasOwn(choices, value) ? choices[value] : undefined
      if (chosen && match.candidates.some((candidate) => candidate.code === chosen))
        return { code: chosen, ambiguous: null }
      const candidates = match.candidates.map(({ code, name }) => ({ code, name }))
      const options = candidates.map((candidate) => candidate.name).join(' / ')
      issues.push(error('regency', 'validation.organisation.regencyAmbiguous', { value, options }))
      return { code: null, ambiguous: { value, candidates } }
    }
    case 'outside':
      issues.push(error('regency', 'validation.organisation.regencyOutsideProvince', { name: value, province }))
      return none
    default:
      issues.push(error('regency', 'validation.organisation.regencyUnknown', { value, province }))
      return none
  }
}

/** An organisation row: place names, type, sectors, SDGs and status labels resolved to codes. */
export function convertOrganisation(
  values: RowValues,
  lookups: Lookups,
  choices: Record<string, string>,
): ConvertedRow {
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

  const regency = has('regency') ? resolveRegency(values.regency ?? '', lookups, choices, issues) : null
  if (regency?.code) input.regencyCode = regency.code

  const regencyCode = typeof input.regencyCode === 'string' ? input.regencyCode : null
  if (has('district')) {
    const district = values.district ?? ''
    const code = regencyCode && district ? lookups.districtCode(regencyCode, district) : undefined
    input.districtCode = code ?? null
    input.districtName = code ? '' : district
    if (district && regencyCode && !code)
      issues.push(warning('district', 'validation.import.district', { value: district }))
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
    issues.push(warning('status', 'validation.import.statusIgnored'))
  const fields = parseFields(organisationFields, { ...(record && asInput(record.fields)), ...input }, issues)
  return {
    issues,
    fields,
    updateId: record && !record.merged ? (values.id ?? null) : null,
    status,
    statusSince,
    ambiguous: regency?.ambiguous ?? null,
  }
}

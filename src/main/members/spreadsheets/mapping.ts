import { createHash } from 'node:crypto'
import { refuse } from './refusals'
import { isContactField, type ImportKind } from '../../../shared/members'
import type { Orm } from '../../db'
import { readSetting, writeSetting } from '../../settings/service'
import { guessMapping, headerKey, mappableColumns } from './columns'

/** The field each column fills, in the order of the file's headings. */
export type Mapping = (string | null)[]

/** One key per kind and set of headings, whatever their order or spelling of case and punctuation. */
function settingKey(kind: ImportKind, headers: string[]) {
  const normalised = headers.map(headerKey).sort()
  const hash = createHash('sha256').update(JSON.stringify(normalised)).digest('hex').slice(0, 32)
  return `import_mapping:${kind}:${hash}` as const
}

/** The mapping the user chose the last time a file with these headings came in, else a guess. */
export function initialMapping(
  orm: Orm,
  kind: ImportKind,
  headers: string[],
): { mapping: Mapping; remembered: boolean } {
  const stored = readSetting(orm, settingKey(kind, headers))
  if (stored) {
    // Own keys only: a heading such as "constructor" must not find Object's.
    const byKey = new Map(Object.entries(JSON.parse(stored) as Record<string, string | null>))
    return { mapping: headers.map((header) => byKey.get(headerKey(header)) ?? null), remembered: true }
  }
  return { mapping: guessMapping(kind, headers), remembered: false }
}

export function rememberMapping(orm: Orm, kind: ImportKind, headers: string[], mapping: Mapping): void {
  const byKey = Object.fromEntries(headers.map((header, index) => [headerKey(header), mapping[index] ?? null]))
  writeSetting(orm, settingKey(kind, headers), JSON.stringify(byKey))
}

/**
 * The mapping restricted to the file's headings, refused when it names an unknown field, fills one
 * field from two columns or leaves a required field without a column.
 */
export function checkMapping(kind: ImportKind, headers: string[], mapping: Mapping): Mapping {
  const columns = mappableColumns(kind)
  const fields = new Set(columns.map((column) => column.field))
  const headerOf = new Map<string, string>()
  const checked: Mapping = headers.map((_, index) => mapping[index] ?? null)
  for (const [index, header] of headers.entries()) {
    const field = checked[index] ?? null
    if (field === null) continue
    if (!fields.has(field)) refuse('unknownField', { header })
    const first = headerOf.get(field)
    if (first !== undefined) refuse('fieldTwice', { field: headerFor(kind, field), first, second: header })
    headerOf.set(field, header)
  }
  const withContact = checked.some(isContactField)
  for (const column of columns) {
    // People name their organisation by name or by ID: either column will do.
    const mapped = headerOf.has(column.field) || (column.field === 'organisation' && headerOf.has('organisationId'))
    if (!column.required || mapped) continue
    if (!isContactField(column.field)) refuse('requiredUnmapped', { field: column.header })
    else if (withContact) refuse('contactUnmapped', { field: column.header })
  }
  return checked
}

export const headerFor = (kind: ImportKind, field: string): string =>
  mappableColumns(kind).find((column) => column.field === field)?.header ?? field

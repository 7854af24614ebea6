import type { ParsedInputOf } from '../../../shared/contract'
import type { Language } from '../../../shared/hub'
import { createTranslator } from '../../../shared/i18n/translate'
import {
  isContactField,
  type DuplicateCandidate,
  type ImportKind,
  type ImportMatch,
  type ImportPreview,
  type ImportRowResult,
  type OrganisationFields,
  type PersonFields,
} from '../../../shared/members'
import type { AppDatabase } from '../../db'
import { requireIdentity } from '../../hub/service'
import { organisationNameKey, personNameKey } from '../names'
import { convertContact, type ContactRow } from './contact-row'
import { convertRow } from './convert'
import { warning, type ConvertedRow, type RowValues } from './row-checks'
import { createLookups, type RowIssue } from './lookups'
import { checkMapping, rememberMapping } from './mapping'
import { duplicateWarning, findMatch, likelyDuplicates } from './matching'
import type { SheetRow } from './read'
import { runChunked, type PreparedRow, type Session } from './sessions'
import { isExampleNote } from './template'

/**
 * What the data looked like: total_changes counts this connection's writes, data_version moves
 * when another connection writes. A dry run is stale once either has moved.
 */
export function dataVersion(database: AppDatabase): string {
  const changes = database.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }
  return `${changes.n}:${String(database.sqlite.pragma('data_version', { simple: true }))}`
}

/** Rows that name the same organisation (or person in one organisation) twice. */
function sameNameKey(kind: ImportKind, fields: ConvertedRow['fields']): string | null {
  if (!fields) return null
  if (kind === 'organisations') {
    const organisation = fields as OrganisationFields
    return `${organisationNameKey(organisation.name)}|${organisation.regencyCode}`
  }
  const person = fields as PersonFields
  return `${personNameKey(person.name)}|${person.organisationId}`
}

/**
 * The dry run: every row mapped, corrected with the user's edits, converted, validated and checked
 * against the directory and the rest of the file, without writing a member row. The mapping is
 * remembered for the next file with these headings.
 */
export async function runPreview(
  database: AppDatabase,
  language: Language,
  session: Session,
  input: ParsedInputOf<'members:importPreview'>,
): Promise<ImportPreview> {
  const { kind, sheet } = session
  const hub = requireIdentity(database)
  const mapping = checkMapping(kind, sheet.headers, input.mapping)
  // A database this user may only read still gets its dry run; the choice is just not remembered.
  if (!database.readOnly) rememberMapping(database.orm, kind, sheet.headers, mapping)
  const version = dataVersion(database)
  const lookups = createLookups(database, hub)
  const translate = createTranslator(language)
  const mapped = mapping.flatMap((field, index) => (field ? [[index, field] as const] : []))
  const skipped = new Set(input.skipped)
  const withContact = mapping.some(isContactField)
  const convert = (values: RowValues) => convertRow(kind, values, lookups, input.regencyChoices)

  const results: ImportRowResult[] = []
  const prepared: PreparedRow[] = []
  const counts: ImportPreview['counts'] = {
    create: 0,
    update: 0,
    skip: 0,
    error: 0,
    warning: 0,
    matched: 0,
    contactsCreate: 0,
    contactsUpdate: 0,
  }
  const ambiguous = new Map<string, ImportPreview['ambiguousRegencies'][number]>()
  const seenRows = new Map<string, number>()
  const seenNames = new Map<string, number>()

  /**
   * A row that matches a record takes the user's decision for it (unasked, a match by ID updates
   * and a resemblance is skipped). Updating a record the duplicate check found starts from that
   * record, as an update by ID does; a new record despite an ID takes the file's cells alone.
   */
  function decide(rowNumber: number, values: RowValues) {
    let converted = convert(values)
    const duplicates = likelyDuplicates(lookups, kind, converted)
    const found = converted.fields ? findMatch(lookups, kind, converted, duplicates) : null
    const decision = input.decisions[String(rowNumber)] ?? input.onMatch ?? (found?.by === 'id' ? 'update' : 'skip')
    const match: ImportMatch | null = found && { ...found, decision }
    if (match?.decision === 'update' && match.by !== 'id') converted = convert({ ...values, id: match.id })
    if (match?.decision === 'create' && match.by === 'id') converted = convert({ ...values, id: '' })
    return { converted, duplicates, match }
  }

  const message = (issue: RowIssue) => {
    const text = translate(issue.message)
    return isContactField(issue.field)
      ? translate({ key: 'validation.import.contactIssue', params: { message: text } })
      : text
  }

  const check = (row: SheetRow) => {
    const values: RowValues = Object.fromEntries(mapped.map(([index, field]) => [field, row.cells[index] ?? '']))
    Object.assign(values, input.edits[String(row.rowNumber)])
    let action: ImportRowResult['action']
    let issues: RowIssue[] = []
    let duplicates: DuplicateCandidate[] = []
    let match: ImportMatch | null = null
    const fingerprint = JSON.stringify(values)
    const sameAs = seenRows.get(fingerprint)
    if (skipped.has(row.rowNumber)) action = 'skip'
    else if (isExampleNote(values.notes)) {
      action = 'skip'
      issues.push(warning('notes', 'validation.import.exampleRow'))
    } else if (sameAs !== undefined) {
      action = 'skip'
      issues.push(warning(null, 'validation.import.exactDuplicate', { row: sameAs }))
    } else {
      seenRows.set(fingerprint, row.rowNumber)
      const decided = decide(row.rowNumber, values)
      const { converted } = decided
      duplicates = decided.duplicates
      match = decided.match
      const contact: ContactRow | null =
        withContact && match?.decision !== 'skip' ? convertContact(values, lookups, converted.updateId) : null
      // The conversion resolved every code from the reference lists of the hub's province, so the
      // records capability's reference checks (run again on commit) hold by construction.
      issues = [...converted.issues, ...(contact?.issues ?? [])]
      if (converted.ambiguous) {
        const entry = ambiguous.get(converted.ambiguous.value) ?? { ...converted.ambiguous, rowCount: 0 }
        entry.rowCount += 1
        ambiguous.set(entry.value, entry)
      }
      const nameKey = sameNameKey(kind, converted.fields)
      const firstNamed = nameKey === null ? undefined : seenNames.get(nameKey)
      if (firstNamed !== undefined) issues.push(warning('name', 'validation.import.sameInFile', { row: firstNamed }))
      else if (nameKey !== null) seenNames.set(nameKey, row.rowNumber)
      // Candidates the row was matched to are its match, not a warning.
      if (duplicates.length > 0 && (match === null || match.by === 'id'))
        issues.push(duplicateWarning('name', duplicates))
      const valid = converted.fields !== null && !issues.some((issue) => issue.severity === 'error')
      action = !valid ? 'error' : match?.decision === 'skip' ? 'skip' : converted.updateId ? 'update' : 'create'
      if (match) counts.matched += 1
      if (converted.fields && (action === 'create' || action === 'update')) {
        const written = contact?.fields ? { fields: contact.fields, updateId: contact.updateId } : null
        if (written) counts[written.updateId ? 'contactsUpdate' : 'contactsCreate'] += 1
        prepared.push({
          rowNumber: row.rowNumber,
          updateId: converted.updateId,
          fields: converted.fields,
          status: converted.status,
          statusSince: converted.statusSince,
          contact: written,
        })
      }
    }
    counts[action] += 1
    if (issues.some((issue) => issue.severity === 'warning')) counts.warning += 1
    // Clean new rows are only counted: a 10k-row file must not send 10k rows back to the screen.
    // A matching row is sent, as the user decides what it does.
    if (issues.length > 0 || action === 'skip' || match !== null)
      results.push({
        rowNumber: row.rowNumber,
        values,
        action,
        duplicates,
        match,
        issues: issues.map((issue) => ({ field: issue.field, severity: issue.severity, message: message(issue) })),
      })
  }

  session.preview = null
  await runChunked(session, 'validating', sheet.rows, check)
  const result: ImportPreview = {
    importId: session.id,
    rows: results,
    counts,
    ambiguousRegencies: [...ambiguous.values()],
  }
  session.preview = { result, rows: prepared, dataVersion: version }
  session.progress = { phase: 'done', done: sheet.rows.length, total: sheet.rows.length }
  return result
}

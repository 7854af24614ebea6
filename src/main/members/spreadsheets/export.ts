import { personReleased, personReleasedSql } from '../../privacy/gates'
import type { HubIdentity } from '../../../shared/hub'
import { id as indonesian } from '../../../shared/i18n/id'
import { formatPhone } from '../../../shared/phone'
import {
  CONTACT_FIELD,
  type Gender,
  type LegalForm,
  type MembershipStatus,
  type Page,
  type PersonRole,
  type SpreadsheetFile,
  type SpreadsheetFormat,
} from '../../../shared/members'
import type { AppDatabase } from '../../db'
import { readTaxonomies } from '../../reference/queries'
import { localDate } from '../../../shared/format'
import { contactColumns, organisationColumns, personColumns, type Column } from './columns'
import { spreadsheetFile, type CellValue, type Table } from './write'

const labels = indonesian.member

/** Written as people write them (0812-3456-7890): Excel keeps it as text, and it imports back. */
const phone = (canonical: string | null) => (canonical ? formatPhone(canonical).replace(/^\+62 /, '0') : null)

const IN_CHUNK = 500

/** Rows keyed by `key`, for these ids, read in chunks under SQLite's parameter limit. */
function rowsByKey<T>(
  database: AppDatabase,
  sql: (placeholders: string) => string,
  ids: string[],
  key: (row: T) => string,
) {
  const byKey = new Map<string, T>()
  for (let start = 0; start < ids.length; start += IN_CHUNK) {
    const chunk = ids.slice(start, start + IN_CHUNK)
    const statement = database.sqlite.prepare(sql(chunk.map(() => '?').join(',')))
    for (const row of statement.all(...chunk) as T[]) byKey.set(key(row), row)
  }
  return byKey
}

/** Rows by id in the given order. */
function rowsById<T extends { id: string }>(database: AppDatabase, select: string, ids: string[]): T[] {
  const byId = rowsByKey<T>(
    database,
    (placeholders) => `${select} WHERE x.id IN (${placeholders})`,
    ids,
    (row) => row.id,
  )
  return ids.flatMap((id) => byId.get(id) ?? [])
}

interface OrganisationExportRow {
  id: string
  name: string
  acronym: string | null
  type_code: string | null
  legal_form: LegalForm | null
  registration_number: string | null
  founded_year: number | null
  regency: string | null
  district: string | null
  village: string | null
  address: string | null
  phone: string | null
  email: string | null
  website: string | null
  social_media: string | null
  sector_codes: string
  sdgs: string
  focus: string | null
  beneficiaries: string | null
  staff_count: number | null
  volunteer_count: number | null
  status: MembershipStatus
  status_since: string
  notes: string | null
}

const organisationSelect = `SELECT x.*, r.name AS regency,
    coalesce(d.name, x.district_name) AS district, coalesce(v.name, x.village_name) AS village
  FROM organisations x
  LEFT JOIN ref_regencies r ON r.code = x.regency_code
  LEFT JOIN ref_districts d ON d.code = x.district_code
  LEFT JOIN ref_villages v ON v.code = x.village_code`

function table(columns: Column[], sheetName: string, rows: Record<string, CellValue>[]): Table {
  return {
    sheetName,
    headers: columns.map((column) => column.header),
    rows: rows.map((row) => columns.map((column) => row[column.field] ?? null)),
  }
}

/**
 * Each OMS's contact person for the one-sheet list: its leader, else the first person recorded in
 * it (the earliest leader when it has several). "First" follows the creation clock, which also
 * orders people recorded on the province's other PCs. The import reads these columns back as the
 * OMS's contact and finds that same person by name, phone or e-mail within the OMS, so a re-import
 * updates them instead of adding them again. Only someone who consented to be listed in the
 * directory is, and their phone and e-mail only with consent to be contacted.
 */
function contactsOf(database: AppDatabase, organisationIds: string[]): Map<string, PersonExportRow> {
  return rowsByKey<PersonExportRow>(
    database,
    (placeholders) => `SELECT * FROM (
        SELECT p.*, row_number() OVER (
          PARTITION BY p.organisation_id ORDER BY p.role = 'leader' DESC, p.created_hlc, p.id) AS rank
        FROM people p
        WHERE p.organisation_id IN (${placeholders}) AND p.deleted_at IS NULL AND p.merged_into_id IS NULL
          AND ${personReleasedSql(['directory'], 'p')})
      WHERE rank = 1`,
    organisationIds,
    (row) => row.organisation_id,
  )
}

/** A person's cells under the contact columns' fields. */
function contactCells(person: PersonExportRow | undefined): Record<string, CellValue> {
  if (!person) return {}
  const cells: Record<string, CellValue> = {
    name: person.name,
    gender: labels.gender[person.gender],
    birthYear: person.birth_year,
    role: labels.role[person.role],
    ...contactOf(person),
    consent: person.consent ? 'ya' : 'tidak',
    consentOn: person.consent_on,
  }
  return Object.fromEntries(Object.entries(cells).map(([field, value]) => [CONTACT_FIELD + field, value]))
}

// The template's one-sheet layout: the OMS, its contact person, and the ID last.
const organisationExportColumns = [
  ...organisationColumns.filter((column) => column.field !== 'id'),
  ...contactColumns,
  ...organisationColumns.filter((column) => column.field === 'id'),
]

/** The organisations with these ids, in this order, with their contact person, as the import reads them back. */
export function organisationTable(database: AppDatabase, ids: string[]): Table {
  const contacts = contactsOf(database, ids)
  const taxonomies = readTaxonomies(database.orm)
  const typeName = new Map(taxonomies.organisationTypes.map((term) => [term.code, term.nameId]))
  const sectorName = new Map(taxonomies.sectors.map((term) => [term.code, term.nameId]))
  const rows = rowsById<OrganisationExportRow>(database, organisationSelect, ids).map((row) => ({
    id: row.id,
    name: row.name,
    acronym: row.acronym,
    type: row.type_code && (typeName.get(row.type_code) ?? row.type_code),
    legalForm: row.legal_form && labels.legalForm[row.legal_form],
    registrationNumber: row.registration_number,
    foundedYear: row.founded_year,
    regency: row.regency,
    district: row.district,
    village: row.village,
    address: row.address,
    phone: phone(row.phone),
    email: row.email,
    website: row.website,
    socialMedia: row.social_media,
    sectors: (JSON.parse(row.sector_codes) as string[]).map((code) => sectorName.get(code) ?? code).join('; '),
    sdgs: (JSON.parse(row.sdgs) as number[]).join('; '),
    focus: row.focus,
    beneficiaries: row.beneficiaries,
    staffCount: row.staff_count,
    volunteerCount: row.volunteer_count,
    status: labels.status[row.status],
    statusSince: row.status_since,
    notes: row.notes,
    ...contactCells(contacts.get(row.id)),
  }))
  return table(organisationExportColumns, 'OMS', rows)
}

interface PersonExportRow {
  id: string
  name: string
  gender: Gender
  birth_year: number | null
  role: PersonRole
  organisation_id: string
  organisation: string | null
  phone: string | null
  email: string | null
  consent: number
  consent_on: string | null
  notes: string | null
}

const personSelect = `SELECT x.*, o.name AS organisation FROM people x LEFT JOIN organisations o ON o.id = x.organisation_id`

/** Phone and e-mail as an export may show them: with consent to be contacted, else blank. */
const contactOf = (person: PersonExportRow) =>
  personReleased(person as unknown as Record<string, unknown>, ['contact'])
    ? { phone: phone(person.phone), email: person.email }
    : { phone: null, email: null }

/**
 * The people with these ids who consented to be listed in the directory, in this order: the
 * others are not exported (UU PDP Pasal 20).
 */
export function personTable(database: AppDatabase, ids: string[]): Table {
  const listed = rowsById<PersonExportRow>(database, personSelect, ids).filter((row) =>
    personReleased(row as unknown as Record<string, unknown>, ['directory']),
  )
  const rows = listed.map((row) => ({
    id: row.id,
    name: row.name,
    gender: labels.gender[row.gender],
    birthYear: row.birth_year,
    role: labels.role[row.role],
    organisation: row.organisation,
    organisationId: row.organisation_id,
    ...contactOf(row),
    consent: row.consent ? 'ya' : 'tidak',
    consentOn: row.consent_on,
    notes: row.notes,
  }))
  return table(personColumns, 'Orang', rows)
}

const EXPORT_PAGE = 5000

/** Every id of a filtered, sorted list, in its order, read page by page from the directory's search. */
export function listedIds(page: (offset: number, limit: number) => Page<{ id: string }>): string[] {
  const ids: string[] = []
  for (let total = Infinity; ids.length < total;) {
    const next = page(ids.length, EXPORT_PAGE)
    total = next.total
    if (next.rows.length === 0) break
    ids.push(...next.rows.map((row) => row.id))
  }
  return ids
}

/**
 * anggota-oms-2026-11-25.xlsx, or anggota-oms-pencarian-2026-11-25.xlsx for part of the list, so
 * a search exported after the whole list does not take its name. The hub's date, so a file made
 * at 06:00 WIB is not dated yesterday.
 */
export function exportFile(
  hub: HubIdentity,
  format: SpreadsheetFormat,
  kind: 'oms' | 'orang',
  data: Table,
  now: Date,
  searched = false,
): Promise<SpreadsheetFile> {
  const scope = searched ? '-pencarian' : ''
  return spreadsheetFile(format, `anggota-${kind}${scope}-${localDate(now, hub.timeZone)}`, [data])
}

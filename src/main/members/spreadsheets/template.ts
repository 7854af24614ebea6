import type { HubIdentity } from '../../../shared/hub'
import { id as indonesian } from '../../../shared/i18n/id'
import {
  CONTACT_FIELD,
  isContactField,
  type ImportKind,
  type SpreadsheetFile,
  type SpreadsheetFormat,
} from '../../../shared/members'
import type { AppDatabase } from '../../db'
import { listDistricts, listRegencies, readTaxonomies } from '../../reference/queries'
import { mappableColumns } from './columns'
import { spreadsheetFile, type CellValue, type Table } from './write'

const labels = indonesian.member

/** An organisation the hub has, so the people template's example row names one that exists. */
const firstOrganisation = (database: AppDatabase, hub: HubIdentity): string | undefined =>
  (
    database.sqlite
      .prepare('SELECT name FROM organisations WHERE hub_id = ? AND deleted_at IS NULL ORDER BY created_at LIMIT 1')
      .get(hub.hubId) as { name: string } | undefined
  )?.name

/**
 * Written in the example row's Catatan. The dry run skips a row so marked: users add their rows
 * under the example and forget to delete it, and it must not become a member.
 */
export const EXAMPLE_NOTE = 'CONTOH — hapus baris ini'
export const isExampleNote = (notes: string | undefined) =>
  notes !== undefined && /^contoh\s*[—–-]+\s*hapus baris ini/i.test(notes.trim())

/** One plausible row in the hub's own province, so the example shows values the import takes. */
function exampleRow(database: AppDatabase, hub: HubIdentity, kind: ImportKind): Record<string, CellValue> {
  if (kind === 'people')
    return {
      name: 'Siti Rahayu',
      gender: labels.gender.female,
      birthYear: 1995,
      role: labels.role.leader,
      organisation: firstOrganisation(database, hub) ?? 'Yayasan Bina Desa Sejahtera',
      phone: '0812-3456-7890',
      email: 'siti.rahayu@contoh.or.id',
      consent: 'ya',
      consentOn: '2025-01-15',
      notes: EXAMPLE_NOTE,
    }
  const regency = listRegencies(database.orm, hub.provinceCode ?? '35')[0]
  const district = regency && listDistricts(database.orm, regency.code)[0]
  return {
    name: 'Yayasan Bina Desa Sejahtera',
    acronym: 'YBDS',
    type: 'Yayasan',
    legalForm: labels.legalForm.foundation,
    foundedYear: 2015,
    regency: regency?.name ?? null,
    district: district?.name ?? null,
    address: 'Jl. Raya No. 12',
    phone: '0812-3456-7890',
    email: 'info@contoh.or.id',
    sectors: 'Ekonomi hijau; Pendidikan',
    sdgs: '1; 4',
    staffCount: 5,
    volunteerCount: 12,
    status: labels.status.active,
    statusSince: '2025-01-15',
    notes: EXAMPLE_NOTE,
    [`${CONTACT_FIELD}name`]: 'Siti Rahayu',
    [`${CONTACT_FIELD}gender`]: labels.gender.female,
    [`${CONTACT_FIELD}birthYear`]: 1990,
    [`${CONTACT_FIELD}role`]: labels.role.leader,
    [`${CONTACT_FIELD}phone`]: '0813-1111-2222',
    [`${CONTACT_FIELD}email`]: 'siti.rahayu@contoh.or.id',
    [`${CONTACT_FIELD}consent`]: 'ya',
    [`${CONTACT_FIELD}consentOn`]: '2025-01-15',
  }
}

/** The values a coded column accepts, for the "Petunjuk" sheet. */
function allowedValues(database: AppDatabase, hub: HubIdentity): Record<string, string> {
  const taxonomies = readTaxonomies(database.orm)
  const list = (values: string[]) => values.join('; ')
  return {
    type: list(taxonomies.organisationTypes.map((term) => term.nameId)),
    legalForm: list(Object.values(labels.legalForm)),
    regency: list(listRegencies(database.orm, hub.provinceCode ?? '').map((regency) => regency.name)),
    sectors: list(taxonomies.sectors.map((term) => term.nameId)),
    sdgs: list(taxonomies.sdgs.map((sdg) => `${sdg.number} ${sdg.nameId}`)),
    status: list(Object.values(labels.status)),
    gender: list(Object.values(labels.gender)),
    role: list(Object.values(labels.role)),
    consent: 'ya; tidak',
  }
}

/**
 * The import's headings with one example row; XLSX adds a sheet explaining each column. The OMS
 * template ends with its contact person's columns, the one-sheet layout most lists already have.
 */
export function importTemplate(
  database: AppDatabase,
  hub: HubIdentity,
  kind: ImportKind,
  format: SpreadsheetFormat,
): Promise<SpreadsheetFile> {
  // New rows have no ID; exports carry it so that a re-import updates.
  const columns = mappableColumns(kind).filter((column) => column.field !== 'id')
  const example = exampleRow(database, hub, kind)
  const allowed = allowedValues(database, hub)
  const data: Table = {
    sheetName: kind === 'organisations' ? 'OMS' : 'Orang',
    headers: columns.map((column) => column.header),
    rows: [columns.map((column) => example[column.field] ?? null)],
  }
  const guide: Table = {
    sheetName: 'Petunjuk',
    headers: ['Kolom', 'Wajib', 'Keterangan', 'Nilai yang diterima'],
    rows: columns.map((column) => [
      column.header,
      column.required ? (isContactField(column.field) ? 'wajib bila ada kontak' : 'wajib') : '',
      column.note,
      allowed[column.field.replace(CONTACT_FIELD, '')] ?? '',
    ]),
  }
  return spreadsheetFile(format, `templat-impor-${kind === 'organisations' ? 'oms' : 'orang'}`, [data, guide])
}

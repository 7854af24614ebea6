import { randomUUID } from 'node:crypto'
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import Papa from 'papaparse'
import { AppError } from '../../shared/errors'
import { formatPhone } from '../../shared/phone'
import type { Language } from '../../shared/hub'
import type {
  DossierAffiliation,
  DossierCertificate,
  DossierStory,
  DossierDisclosure,
  DossierFormat,
  DossierParticipation,
  DossierRequest,
  DossierTrainer,
  PersonDossier,
  SavedDossier,
} from '../../shared/privacy'
import type { AppDatabase } from '../db'
import { requireIdentity } from '../hub/service'
import { findPersonRow } from '../members/records/people'
import { defused } from '../members/spreadsheets/write'
import { hubToday } from '../pledges/common'
import { savePrintedPage } from '../printing/save-pdf'
import type { Services } from '../services'
import { checkSaveTarget } from '../sync/chosen-files'
import { consentHistory } from './consent'
import { purposesOf } from './gates'

const all = <T>(database: AppDatabase, sql: string, ...params: unknown[]): T[] =>
  database.sqlite.prepare(sql).all(...params) as T[]

const affiliationsOf = (database: AppDatabase, personId: string) =>
  all<DossierAffiliation>(
    database,
    `SELECT a.organisation_id AS organisationId, o.name AS organisationName, a.role, a.from_on AS fromOn,
       a.until_on AS untilOn, a.deleted_at AS deletedAt
     FROM affiliations a LEFT JOIN organisations o ON o.id = a.organisation_id
     WHERE a.person_id = ? ORDER BY a.from_on, a.id`,
    personId,
  )

const participationsOf = (database: AppDatabase, personId: string) =>
  all<DossierParticipation>(
    database,
    `SELECT p.session_id AS sessionId, s.title AS sessionTitle, s.starts_at AS startsAt, s.ends_at AS endsAt,
       s.status AS sessionStatus, p.status, p.minutes_present AS minutesPresent, p.pre_score AS preScore,
       p.post_score AS postScore, p.deleted_at AS deletedAt
     FROM cop_participants p LEFT JOIN cop_sessions s ON s.id = p.session_id
     WHERE p.person_id = ? ORDER BY s.starts_at, p.id`,
    personId,
  )

const storiesOf = (database: AppDatabase, personId: string) =>
  all<DossierStory>(
    database,
    `SELECT s.title, s.happened_on AS happenedOn, s.status, i.title AS initiativeTitle, s.deleted_at AS deletedAt
     FROM stories s LEFT JOIN initiatives i ON i.id = s.initiative_id
     WHERE EXISTS (SELECT 1 FROM json_each(s.people) j WHERE j.value = ?) ORDER BY s.happened_on, s.id`,
    personId,
  )

const certificatesOf = (database: AppDatabase, personId: string) =>
  all<DossierCertificate>(
    database,
    `SELECT c.code, c.issued_on AS issuedOn, c.holder_name AS holderName, c.session_title AS sessionTitle,
       c.deleted_at AS deletedAt
     FROM cop_certificates c JOIN cop_participants p ON p.id = c.participant_id
     WHERE p.person_id = ? ORDER BY c.issued_on, c.code`,
    personId,
  )

function trainerQualificationsOf(database: AppDatabase, personId: string): DossierTrainer[] {
  const rows = all<Omit<DossierTrainer, 'aspectName'> & { nameId: string | null; nameEn: string | null }>(
    database,
    `SELECT t.aspect, r.name_id AS nameId, r.name_en AS nameEn, t.qualified_on AS qualifiedOn,
       t.source_session_id AS sourceSessionId, s.title AS sourceSessionTitle, t.deleted_at AS deletedAt
     FROM cop_trainers t
       LEFT JOIN ref_terms r ON r.vocabulary = 'capacity_aspect' AND r.code = t.aspect
       LEFT JOIN cop_sessions s ON s.id = t.source_session_id
     WHERE t.person_id = ? ORDER BY t.qualified_on, t.aspect`,
    personId,
  )
  return rows.map(({ nameId, nameEn, ...row }) => ({
    aspect: row.aspect,
    aspectName: nameId === null || nameEn === null ? null : { id: nameId, en: nameEn },
    qualifiedOn: row.qualifiedOn,
    sourceSessionId: row.sourceSessionId,
    sourceSessionTitle: row.sourceSessionTitle,
    deletedAt: row.deletedAt,
  }))
}

const requestsOf = (database: AppDatabase, personId: string) =>
  all<DossierRequest>(
    database,
    `SELECT id, kind, requester_name AS requesterName, received_at AS receivedAt, due_at AS dueAt, verification,
       details, status, closed_at AS closedAt, outcome
     FROM privacy_requests WHERE person_id = ? ORDER BY received_at, id`,
    personId,
  )

/**
 * The outgoing bundles that carried the person (bundle_people), and to whom each went: a hub's
 * bundles go to the national team, whose name is that of the national key this instance trusts; a
 * rebuild bundle goes back to the hub it rebuilds.
 */
function disclosuresOf(database: AppDatabase, personId: string): DossierDisclosure[] {
  const rows = all<Omit<DossierDisclosure, 'recipient' | 'identifying'> & { identifying: number }>(
    database,
    `SELECT b.id AS bundleId, b.kind, b.created_at AS createdAt, b.file_name AS fileName, b.sequence,
       bp.identifying,
       CASE WHEN b.kind = 'rebuild' THEN (SELECT h.name FROM hubs h WHERE h.id = b.hub_id)
         ELSE (SELECT k.name FROM sync_keys k WHERE k.role = 'national' AND k.status = 'trusted'
               ORDER BY k.enrolled_at DESC LIMIT 1) END AS recipientName
     FROM bundle_people bp JOIN sync_bundles b ON b.id = bp.bundle_id
     WHERE bp.person_id = ? AND b.direction = 'out' ORDER BY b.id`,
    personId,
  )
  return rows.map((row) => ({
    bundleId: row.bundleId,
    kind: row.kind,
    createdAt: row.createdAt,
    fileName: row.fileName,
    sequence: row.sequence,
    recipient: row.kind === 'rebuild' ? 'hub' : 'national',
    recipientName: row.recipientName,
    identifying: row.identifying === 1,
  }))
}

/**
 * Everything this hub holds about a person (UU PDP Pasal 7 access, Pasal 13 portability): their
 * record, OMS, consent, CoP participation, certificates, trainer qualifications, the requests
 * about them, and the bundles that carried their data out. Rows deleted since but still kept
 * (tombstones a sync needs) are included and say when they were deleted; so is a person who was
 * erased, with what remains of them.
 */
export function personDossier(database: AppDatabase, personId: string): PersonDossier {
  const row = findPersonRow(database, personId)
  if (!row) throw new AppError('NOT_FOUND', { key: 'validation.person.notFound' })
  const identity = requireIdentity(database)
  const organisationName =
    (database.sqlite.prepare('SELECT name FROM organisations WHERE id = ?').pluck().get(row.organisationId) as
      string | undefined) ?? null
  return {
    format: 'lokadaya-person-data',
    formatVersion: 1,
    exportedAt: new Date(database.clock()).toISOString(),
    controller: {
      hubId: identity.hubId,
      name: identity.name,
      provinceName: identity.provinceName,
      contactName: identity.contactName,
      contactPhone: identity.contactPhone,
      contactEmail: identity.contactEmail,
    },
    person: {
      id: row.id,
      hubId: row.hubId,
      name: row.name,
      gender: row.gender,
      birthYear: row.birthYear,
      ageBand: row.ageBand,
      role: row.role,
      organisationId: row.organisationId,
      organisationName,
      phone: row.phone,
      email: row.email,
      notes: row.notes,
      consentPurposes: purposesOf({ consent_purposes: row.consentPurposes }),
      restrictedOn: row.restrictedOn,
      erasedAt: row.erasedAt,
      mergedIntoId: row.mergedIntoId,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      deletedAt: row.deletedAt,
    },
    affiliations: affiliationsOf(database, personId),
    consents: consentHistory(database, personId),
    participations: participationsOf(database, personId),
    certificates: certificatesOf(database, personId),
    stories: storiesOf(database, personId),
    trainerQualifications: trainerQualificationsOf(database, personId),
    requests: requestsOf(database, personId),
    disclosures: disclosuresOf(database, personId),
  }
}

/** The JSON export: the dossier as it is, indented so it can be read too. */
export const dossierJson = (dossier: PersonDossier): string => `${JSON.stringify(dossier, null, 2)}\n`

const cellOf = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'string' ? value : String(value)

/** One CSV row per value: nested objects by a dotted field, lists of words joined by commas. */
function flatten(section: string, value: Record<string, unknown>, prefix: string, rows: string[][]): void {
  for (const [key, inner] of Object.entries(value)) {
    const field = prefix + key
    if (inner !== null && typeof inner === 'object' && !Array.isArray(inner))
      flatten(section, inner as Record<string, unknown>, `${field}.`, rows)
    // A phone as the screens show it, "+62 857-3414-5523", not the JSON's E.164 "+6285734145523":
    // Calc and Excel read a bare "+6285…" as a number and drop the "+" (Excel even shows 6.29E+12),
    // while spaces and hyphens keep it text in both, with no apostrophe or type hint that other
    // readers would keep in the value. The digits are unchanged; "+" and digits give E.164 back.
    else if (/phone$/i.test(key) && typeof inner === 'string' && /^\+62\d+$/.test(inner))
      rows.push([section, field, formatPhone(inner)])
    else rows.push([section, field, Array.isArray(inner) ? inner.map(cellOf).join(',') : cellOf(inner)])
  }
}

/**
 * The CSV export: one flat table of section;field;value, with the JSON's key names, so it reads in
 * any spreadsheet and maps back onto the JSON. A list's items are numbered sections
 * ("consents.1", "consents.2"); the file's own details are the section "file". Written as the
 * member lists are: ";" separated, a UTF-8 BOM, cells that would run as formulas made text.
 */
export function dossierCsv(dossier: PersonDossier): Buffer {
  const rows: string[][] = []
  const file: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(dossier)) {
    if (Array.isArray(value))
      value.forEach((item, index) => flatten(`${key}.${index + 1}`, item as Record<string, unknown>, '', rows))
    else if (value !== null && typeof value === 'object') flatten(key, value as Record<string, unknown>, '', rows)
    else file[key] = value
  }
  rows.unshift(...Object.entries(file).map(([field, value]) => ['file', field, cellOf(value)]))
  const table = Papa.unparse(
    { fields: ['section', 'field', 'value'], data: rows.map((row) => row.map((cell) => defused(cell) as string)) },
    { delimiter: ';', newline: '\r\n' },
  )
  return Buffer.from(`\uFEFF${table}\r\n`, 'utf8')
}

/** The hash route of a person's printable data, as the renderer routes it. */
export const dossierRoute = (personId: string, language: Language) =>
  `/print/dossier/${encodeURIComponent(personId)}/${language}`

/** "Data-pribadi-Siti-Rahayu-2026-11-01.json": whose and when; an erased person by their record number. */
function suggestedName(database: AppDatabase, dossier: PersonDossier, format: DossierFormat): string {
  const whose = dossier.person.name || dossier.person.id.slice(-12)
  return `Data-pribadi-${whose}-${hubToday(database)}`.replace(/[^\p{L}\p{N}-]+/gu, '-') + `.${format}`
}

/** Written beside and renamed once whole, readable by this user only: it holds a person's data. */
export function writeWhole(path: string, bytes: Buffer): void {
  const building = `${path}.${randomUUID()}.partial`
  try {
    writeFileSync(building, bytes, { flag: 'wx', mode: 0o600 })
    renameSync(building, path)
  } catch (error) {
    rmSync(building, { force: true })
    throw new AppError('INTERNAL', { key: 'privacy.access.saveFailed', params: { path, detail: String(error) } })
  }
}

/**
 * Saves a person's data where the user chooses (a cancelled dialog answers null): JSON or CSV
 * written here, a PDF printed from the app's page for it. An unknown person is refused before
 * any dialog opens.
 */
export async function exportPerson(
  services: Services,
  personId: string,
  format: DossierFormat,
  language: Language,
): Promise<SavedDossier | null> {
  const { database, files } = services
  const dossier = personDossier(database, personId)
  const name = suggestedName(database, dossier, format)
  if (format === 'pdf') {
    const printed = await savePrintedPage(services, { route: dossierRoute(personId, language), suggestedName: name })
    return printed && { ...printed, format }
  }
  const chosen = await files.chooseSavePath({ suggestedName: name, kind: format })
  if (chosen === null) return null
  const path = checkSaveTarget(database, chosen)
  const bytes = format === 'json' ? Buffer.from(dossierJson(dossier), 'utf8') : dossierCsv(dossier)
  writeWhole(path, bytes)
  return { file: basename(path), bytes: bytes.length, format }
}

import { statSync } from 'node:fs'
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Language } from '../../shared/hub'
import { consentPurposes } from '../../shared/privacy'
import type {
  DataCategory,
  ProcessingRecord,
  ReleaseCondition,
  TravellingTable,
  TrustedRecipient,
} from '../../shared/privacy-records'
import type { PrintedFile } from '../../shared/printing'
import { readBackupChoice, readLastBackup } from '../backup/settings'
import { defaultRetention } from '../backup/retention'
import { copCertificates, copParticipants } from '../cop/schema'
import type { AppDatabase } from '../db'
import { fingerprint } from '../hub/keys'
import { requireIdentity } from '../hub/service'
import { affiliations, organisations, people } from '../members/schema'
import { supporters } from '../pledges/schema'
import { hubToday } from '../pledges/common'
import { savePrintedPage } from '../printing/save-pdf'
import type { Services } from '../services'
import type { PersonalGroup } from '../sync/declare'
import { bookkeepingColumns, localTables, syncedTableNamed, syncedTables } from '../sync/tables'
import { stories } from '../initiatives/schema'
import { hubYear } from './consent'
import { retentionReview } from './retention'
import { consentRecords, privacyRequests } from './schema'

/** Columns that say nothing about a person or OMS: keys, sync bookkeeping, derived keys and flags. */
const hidden = new Set([
  ...bookkeepingColumns,
  'created_at',
  'deleted_at',
  'name_key',
  'merged_into_id',
  'holder_released',
  'people_released',
])

/** The kinds of data listed, each with the table that holds it. */
const categoryTables: [DataCategory['key'], SQLiteTable][] = [
  ['people', people],
  ['affiliations', affiliations],
  ['organisations', organisations],
  ['supporters', supporters],
  ['consents', consentRecords],
  ['attendance', copParticipants],
  ['certificates', copCertificates],
  ['stories', stories],
  ['requests', privacyRequests],
]

/** Local tables that hold people's data, or old values of it, and never leave this instance. */
const personalLocalTables = ['privacy_requests', 'bundle_people', 'merges']

/** Counts per category beyond the number of live rows, as SQL over the table's own columns. */
const detailSql: Partial<Record<DataCategory['key'], Record<string, string>>> = {
  people: {
    withBirthYear: 'birth_year IS NOT NULL',
    withPhone: "coalesce(phone, '') <> ''",
    withEmail: "coalesce(email, '') <> ''",
    restricted: 'restricted_on IS NOT NULL',
    erased: 'erased_at IS NOT NULL',
  },
  organisations: { withPhone: "coalesce(phone, '') <> ''", withEmail: "coalesce(email, '') <> ''" },
  supporters: {
    withContact: `coalesce(contact_person, '') <> '' OR coalesce(phone, '') <> '' OR coalesce(email, '') <> ''
      OR coalesce(address, '') <> ''`,
    contactConsent: 'consent',
  },
  consents: {
    given: "action = 'given'",
    withdrawn: "action = 'withdrawn'",
    withGuardian: 'guardian_name IS NOT NULL',
    withProof: 'proof_sha256 IS NOT NULL',
  },
  stories: { withPeople: "people <> '[]'" },
  requests: { open: "status = 'open'" },
}

const one = (database: AppDatabase, sql: string, ...params: unknown[]): number =>
  database.sqlite
    .prepare(sql)
    .pluck()
    .get(...params) as number

/** Live rows: not deleted, and for the directory not merged into another record. */
const liveConditions = (columns: string[]): string[] => [
  ...(columns.includes('deleted_at') ? ['deleted_at IS NULL'] : []),
  ...(columns.includes('merged_into_id') ? ['merged_into_id IS NULL'] : []),
]

const whereOf = (conditions: string[]): string => (conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '')

function categories(database: AppDatabase): DataCategory[] {
  return categoryTables.map(([key, table]) => {
    const { name, columns } = getTableConfig(table)
    const all = columns.map((column) => column.name)
    const live = liveConditions(all)
    const count = (condition?: string) =>
      one(database, `SELECT count(*) FROM "${name}"${whereOf(condition ? [...live, `(${condition})`] : live)}`)
    const details = Object.fromEntries(
      Object.entries(detailSql[key] ?? {}).map(([detail, condition]) => [detail, count(condition)]),
    )
    if (key === 'attendance')
      details.people = one(database, `SELECT count(DISTINCT person_id) FROM "${name}"${whereOf(live)}`)
    return { key, table: name, fields: all.filter((column) => !hidden.has(column)), count: count(), details }
  })
}

/**
 * When a group of personal fields leaves this instance, found by asking the group's own test of
 * rows that differ in one thing each: so the record says what the sync declarations do, not what
 * someone remembered they do.
 */
export function releaseCondition(group: PersonalGroup): ReleaseCondition {
  if (group.mirrors) return releaseCondition(group.mirrors)
  const everything = {
    consent_purposes: JSON.stringify(consentPurposes),
    consent: 1,
    restricted_on: null,
    erased_at: null,
  }
  const releasedWith = (changes: Record<string, unknown>) => group.released({ ...everything, ...changes })
  if (!releasedWith({}))
    return { never: true, purposes: [], consentFlag: false, notRestricted: false, notErased: false }
  return {
    never: false,
    purposes: consentPurposes.filter(
      (purpose) =>
        !releasedWith({ consent_purposes: JSON.stringify(consentPurposes.filter((other) => other !== purpose)) }),
    ),
    consentFlag: !releasedWith({ consent: 0 }),
    notRestricted: !releasedWith({ restricted_on: '2026-01-01' }),
    notErased: !releasedWith({ erased_at: '2026-01-01T00:00:00.000Z' }),
  }
}

/** What each synced table among the categories sends in a bundle, from its sync declaration. */
function travels(): TravellingTable[] {
  return categoryTables.flatMap(([, table]) => {
    const synced = syncedTableNamed(getTableConfig(table).name)
    if (!synced) return []
    const groups = synced.declaration.personal ?? []
    const personal = new Set(groups.flatMap((group) => group.columns))
    return [
      {
        table: synced.name,
        always: synced.fields.filter((column) => !personal.has(column) && !hidden.has(column)),
        withheld: groups.map((group) => ({ columns: group.columns, when: releaseCondition(group) })),
      },
    ]
  })
}

/** Personal fields, over every synced table, that a bundle carries only when released. */
const withheldFieldCount = (): number =>
  syncedTables.flatMap((table) => table.declaration.personal ?? []).flatMap((group) => group.columns).length

interface KeyRow {
  hubId: string
  name: string
  role: 'hub' | 'national'
  provinceCode: string | null
  publicKey: string
  enrolledAt: string
}

function trustedRecipients(database: AppDatabase, hubId: string): TrustedRecipient[] {
  const rows = database.sqlite
    .prepare(
      `SELECT hub_id AS hubId, name, role, province_code AS provinceCode, public_key AS publicKey, enrolled_at AS enrolledAt
      FROM sync_keys WHERE status = 'trusted' ORDER BY role DESC, province_code, name, enrolled_at`,
    )
    .all() as KeyRow[]
  return rows.map((row) => ({
    name: row.name,
    role: row.role,
    provinceCode: row.provinceCode,
    relation: row.hubId === hubId ? 'sibling' : row.role === 'national' ? 'national' : 'hub',
    fingerprint: fingerprint(row.publicKey),
    enrolledAt: row.enrolledAt,
  }))
}

/** Whether the database file is readable by its owner only; null where permissions are not POSIX modes. */
function privateFiles(path: string): boolean | null {
  if (process.platform === 'win32') return null
  try {
    return (statSync(path).mode & 0o077) === 0
  } catch {
    return null
  }
}

/** Live people who can still be about anything: neither deleted, merged away nor erased. */
const LIVE_PEOPLE = 'FROM people WHERE deleted_at IS NULL AND merged_into_id IS NULL AND erased_at IS NULL'

/**
 * The record of processing activities (Pasal 31) as this instance stands now: what it holds and how
 * much, for which purposes with how many consents, on which legal basis, to whom it goes and what
 * travels, how long it is kept, what protects it, and how many children's records it holds.
 */
export function processingRecord(services: Services): ProcessingRecord {
  const { database } = services
  const identity = requireIdentity(database)
  const year = hubYear(database)
  const listed = categories(database)
  const detail = (key: DataCategory['key'], name: string) =>
    listed.find((category) => category.key === key)?.details[name] ?? 0
  const trusted = trustedRecipients(database, identity.hubId)
  const review = retentionReview(database)
  const backup = readBackupChoice(database.orm)
  const minors = `${LIVE_PEOPLE} AND birth_year IS NOT NULL AND ? - birth_year < 18`
  const minorCount = one(database, `SELECT count(*) ${minors}`, year)
  return {
    generatedAt: new Date(database.clock()).toISOString(),
    timeZone: identity.timeZone,
    year,
    controller: {
      hubId: identity.hubId,
      role: identity.role,
      name: identity.name,
      provinceName: identity.provinceName,
      contactName: identity.contactName,
      contactPhone: identity.contactPhone,
      contactEmail: identity.contactEmail,
    },
    categories: listed,
    purposes: {
      people: one(database, `SELECT count(*) ${LIVE_PEOPLE}`),
      restricted: one(database, `SELECT count(*) ${LIVE_PEOPLE} AND restricted_on IS NOT NULL`),
      byPurpose: consentPurposes.map((purpose) => ({
        purpose,
        people: one(database, `SELECT count(*) ${LIVE_PEOPLE} AND instr(consent_purposes, ?) > 0`, `"${purpose}"`),
      })),
    },
    recipients: {
      trusted,
      bundlesOut: one(
        database,
        "SELECT count(*) FROM sync_bundles WHERE direction = 'out' AND outcome = 'exported' AND kind IS NOT 'ack'",
      ),
      lastBundleAt: database.sqlite
        .prepare(
          "SELECT max(created_at) FROM sync_bundles WHERE direction = 'out' AND outcome = 'exported' AND kind IS NOT 'ack'",
        )
        .pluck()
        .get() as string | null,
      peopleNamedInBundles: one(database, 'SELECT count(DISTINCT person_id) FROM bundle_people WHERE identifying'),
      travels: travels(),
      stays: personalLocalTables.filter((table) => table in localTables),
    },
    retention: {
      periods: review.periods,
      peopleToReview: review.peopleCount,
      supportersToReview: review.supporterCount,
    },
    safeguards: {
      signedBundles: true,
      signingKey: services.keyStore.protection,
      withheldFields: withheldFieldCount(),
      secureDelete: database.sqlite.pragma('secure_delete', { simple: true }) === 1,
      privateFiles: privateFiles(database.path),
      backups: {
        folderChosen: backup.folder !== null,
        scheduled: backup.folder !== null && backup.scheduled,
        lastAt: readLastBackup(database.orm)?.at ?? null,
        kept: defaultRetention,
      },
      restricted: detail('people', 'restricted'),
      erased: detail('people', 'erased'),
    },
    children: {
      minors: minorCount,
      guardianConsents: one(
        database,
        `SELECT count(*) ${minors} AND EXISTS (SELECT 1 FROM consent_records r WHERE r.person_id = people.id
          AND r.deleted_at IS NULL AND r.action = 'given' AND r.guardian_name IS NOT NULL)`,
        year,
      ),
      noConsent: one(database, `SELECT count(*) ${minors} AND consent_purposes = '[]'`, year),
      unknownBirthYear: one(database, `SELECT count(*) ${LIVE_PEOPLE} AND birth_year IS NULL`),
    },
    highRisk: [
      ...(minorCount > 0 ? (['children'] as const) : []),
      ...(identity.role === 'national' || trusted.some((key) => key.relation === 'national')
        ? (['combination'] as const)
        : []),
    ],
  }
}

/** The hash route of the printable record, as the renderer routes it. */
export const processingRecordRoute = '/print/processing-record'

/** The record printed by Chromium to a PDF where the user chooses, under the hub's name and today. */
export async function printProcessingRecord(services: Services, language: Language): Promise<PrintedFile | null> {
  const { name } = requireIdentity(services.database)
  const title = language === 'en' ? 'Record-of-processing' : 'Catatan-pemrosesan'
  const suggestedName = `${title}-${name}-${hubToday(services.database)}`.replace(/[^\p{L}\p{N}-]+/gu, '-') + '.pdf'
  return savePrintedPage(services, { route: processingRecordRoute, suggestedName })
}

import Database from 'better-sqlite3'
import { closeSync, openSync, readSync } from 'node:fs'
import { basename } from 'node:path'
import { AppError } from '../../shared/errors'
import type { CarriedFile, CarriedPerson } from '../../shared/privacy'
import { inspectBackup } from '../backup/inspect'
import type { AppDatabase } from '../db'
import { openBundleFile, readPayloadLines } from '../sync/bundle/read-file'
import { BundleRefusal, refuse } from '../sync/bundle/refusal'
import type { RowLine } from '../sync/bundle/rows'
import { findKey } from '../sync/keys'

/**
 * A bundle file signed by a key this instance knows (its own included), and its rows of one table.
 * A file that is no bundle, or one this instance cannot check, is refused in the import's words.
 */
function readBundle(database: AppDatabase, path: string, table: string) {
  try {
    const bundle = openBundleFile(
      path,
      (keyId) => findKey(database, keyId)?.publicKey ?? refuse('unknownKey', { keyId }),
    )
    try {
      const rows: RowLine[] = []
      readPayloadLines(bundle, (line) => {
        if ((line as RowLine).table === table) rows.push(line as RowLine)
      })
      return { manifest: bundle.manifest, fileSha256: bundle.fileSha256, rows }
    } finally {
      closeSync(bundle.fd)
    }
  } catch (error) {
    if (error instanceof BundleRefusal) throw new AppError('VALIDATION', error.reason)
    throw error
  }
}

/** Every row of a table in a bundle file signed by a key this instance knows (its own included). */
export const bundleRows = (database: AppDatabase, path: string, table: string): RowLine[] =>
  readBundle(database, path, table).rows

const IDENTIFYING = ['name', 'phone', 'email', 'notes']

type KnownPerson = Pick<CarriedPerson, 'name' | 'organisationName'>

/**
 * The name and OMS this instance holds for a person: the secretariat notifies people it knows, and
 * the OMS tells apart two of one name. Both null for someone never seen here.
 */
const personLookup = (database: AppDatabase) => {
  const statement = database.sqlite.prepare(
    `SELECT p.name, o.name AS organisationName FROM people p
     LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ?`,
  )
  return (personId: string): KnownPerson =>
    (statement.get(personId) as KnownPerson | undefined) ?? { name: null, organisationName: null }
}

/** A person as a file held them: who they are here, and which identifying fields went. */
function carriedPerson(known: KnownPerson, personId: string, fields: string[]): CarriedPerson {
  return { personId, ...known, identifying: fields.includes('name'), fields }
}

/** Which of the fields that identify someone a row of people holds, as a bundle or a backup has it. */
const heldFields = (values: Record<string, unknown>) =>
  IDENTIFYING.filter((field) => values[field] !== undefined && values[field] !== null && values[field] !== '')

function carriedPeopleOf(database: AppDatabase, rows: RowLine[]): CarriedPerson[] {
  const known = personLookup(database)
  return rows.map((row) => carriedPerson(known(row.id), row.id, heldFields(row.values)))
}

/**
 * Whose data a bundle file carried (UU PDP Pasal 46: whom to notify when it is lost), read from the
 * file itself: each person row, and which of the fields that identify someone it held.
 */
export const peopleInBundle = (database: AppDatabase, path: string): CarriedPerson[] =>
  carriedPeopleOf(database, bundleRows(database, path, 'people'))

/** One of this instance's outgoing bundles, as its history records it. */
export interface PastBundle {
  bundleId: number
  kind: 'changes' | 'rebuild'
  fileName: string | null
  createdAt: string | null
}

/**
 * Whose data a past outgoing bundle carried, from what this instance recorded when it wrote it
 * (bundle_people): for a lost USB stick when no copy of the file is left to read. The history
 * knows whether the name went, not the phone or e-mail, which travel only with the name.
 */
export function peopleInPastBundle(
  database: AppDatabase,
  bundleId: number,
): { bundle: PastBundle; people: CarriedPerson[] } {
  const bundle = database.sqlite
    .prepare(
      `SELECT id AS bundleId, kind, file_name AS fileName, created_at AS createdAt FROM sync_bundles
       WHERE id = ? AND direction = 'out' AND kind IN ('changes', 'rebuild')`,
    )
    .get(bundleId) as PastBundle | undefined
  if (!bundle) throw new AppError('NOT_FOUND', { key: 'privacy.access.bundleNotFound', params: { bundleId } })
  const rows = database.sqlite
    .prepare('SELECT person_id AS personId, identifying FROM bundle_people WHERE bundle_id = ? ORDER BY rowid')
    .all(bundleId) as { personId: string; identifying: number }[]
  const known = personLookup(database)
  return {
    bundle,
    people: rows.map((row) => carriedPerson(known(row.personId), row.personId, row.identifying === 1 ? ['name'] : [])),
  }
}

/**
 * Whose data a backup carried: everyone in it, with all it holds of them (UU PDP Pasal 46). Checked
 * whole as a restore checks it, then read only. Names and OMS are this instance's, as for bundles.
 */
export function peopleInBackup(
  database: AppDatabase,
  path: string,
  migrationsFolder?: string,
): { madeAt: string; people: CarriedPerson[] } {
  const summary = inspectBackup(path, migrationsFolder)
  const backup = new Database(path, { readonly: true, fileMustExist: true })
  try {
    const known = personLookup(database)
    const rows = backup
      .prepare('SELECT id, name, phone, email, notes FROM people ORDER BY rowid')
      .iterate() as IterableIterator<Record<string, unknown> & { id: string }>
    const people: CarriedPerson[] = []
    for (const row of rows) people.push(carriedPerson(known(row.id), row.id, heldFields(row)))
    return { madeAt: summary.madeAt, people }
  } finally {
    backup.close()
  }
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1')

/** A backup is an SQLite database; anything else is read as a bundle, which refuses what is neither. */
function isSqliteFile(path: string): boolean {
  const head = Buffer.alloc(SQLITE_HEADER.length)
  const fd = openSync(path, 'r')
  try {
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER)
  } finally {
    closeSync(fd)
  }
}

/**
 * Whose data a bundle or backup file carried, and when it was made: for one of this instance's own
 * bundles, as its history recorded it (with the history's id, for privacy:breachNotice); else as
 * the file says.
 */
export function carriedBy(database: AppDatabase, path: string, migrationsFolder?: string): CarriedFile {
  const file = basename(path)
  if (isSqliteFile(path)) {
    const { madeAt, people } = peopleInBackup(database, path, migrationsFolder)
    return { path, file, kind: 'backup', madeAt, bundleId: null, people }
  }
  const { manifest, fileSha256, rows } = readBundle(database, path, 'people')
  const recorded = database.sqlite
    .prepare(`SELECT id, created_at AS createdAt FROM sync_bundles WHERE direction = 'out' AND file_sha256 = ?`)
    .get(fileSha256) as { id: number; createdAt: string | null } | undefined
  return {
    path,
    file,
    kind: 'bundle',
    madeAt: recorded?.createdAt ?? manifest.createdAt,
    bundleId: recorded?.id ?? null,
    people: carriedPeopleOf(database, rows),
  }
}

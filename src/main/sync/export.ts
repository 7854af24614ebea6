import { v7 as uuidv7 } from 'uuid'
import { basename } from 'node:path'
import { eq } from 'drizzle-orm'
import { AppError } from '../../shared/errors'
import type { HubIdentity } from '../../shared/hub'
import type { ExportPlan, ExportReport } from '../../shared/sync'
import { readAttachment } from '../attachments/store'
import type { AppDatabase } from '../db'
import { loadSigningKey, requireIdentity } from '../hub/service'
import type { KeyStore } from '../hub/keystore'
import { watchCarriedPeople } from '../privacy/bundle-people'
import { schemaVersionOf, type Manifest } from './bundle/format'
import { attachmentLine, attachmentsOf } from './bundle/extras'
import { rowLine } from './bundle/rows'
import { writeBundleFile } from './bundle/write-file'
import { knownBundleHash, recordBundle } from './history'
import { ownKey, type SyncKey } from './keys'
import { syncKeys } from './schema'
import { keyEndorsement, readState, replacedKeys } from './state'
import { syncedTables, type SyncedTable } from './tables'

export interface ExportOptions {
  /** Everything this hub owns, whatever has been acknowledged. */
  full?: boolean
}

/**
 * Incremental export starts after the latest of our bundles every receiver that acknowledges has
 * acknowledged: the national instance (and any instance of ours that sends acks). Rows are
 * exported by this instance's change counter, so rows it received from another instance of its
 * hub travel on too.
 */
function startingPoint(
  database: AppDatabase,
  key: SyncKey,
  full: boolean,
): { coversFrom: number; afterChange: number } {
  if (full) return { coversFrom: 0, afterChange: 0 }
  const acked = database.sqlite
    .prepare('SELECT min(applied_through) FROM sync_acks WHERE key_id = ?')
    .pluck()
    .get(key.keyId) as number | null
  if (!acked) return { coversFrom: 0, afterChange: 0 }
  const upTo = database.sqlite
    .prepare(
      `SELECT up_to_change_seq FROM sync_bundles WHERE direction = 'out' AND key_id = ? AND sequence = ? AND outcome = 'exported'`,
    )
    .pluck()
    .get(key.keyId, acked) as number | undefined
  return upTo === undefined ? { coversFrom: 0, afterChange: 0 } : { coversFrom: acked, afterChange: upTo }
}

/** Every row of a hub changed after a point of this instance's change counter (-1: every row). */
export function* changedRows(database: AppDatabase, hubId: string, afterChange: number) {
  for (const synced of syncedTables) {
    const rows = database.sqlite
      .prepare(`SELECT * FROM "${synced.name}" WHERE hub_id = ? AND change_seq > ? ORDER BY change_seq`)
      .iterate(hubId, afterChange) as IterableIterator<Record<string, unknown>>
    for (const row of rows) yield { synced, row }
  }
}

export function planExport(database: AppDatabase, options: ExportOptions = {}): ExportPlan {
  const identity = requireIdentity(database)
  const key = ownKey(database, identity)
  const { coversFrom, afterChange } = startingPoint(database, key, options.full ?? false)
  const plan: ExportPlan = {
    full: options.full ?? false,
    coversFrom,
    tables: {},
    peopleWithheld: 0,
    personalFields: [],
    withheld: [],
  }
  for (const synced of syncedTables) {
    const groups = synced.declaration.personal ?? []
    for (const group of groups) plan.personalFields.push(...group.columns.map((column) => `${synced.name}.${column}`))
    // A group counts where it holds something that stays here: no phone withheld is nothing withheld.
    const staying = groups.map(
      (group) =>
        `(NOT (${group.releasedSql}) AND (${group.columns.map((column) => `coalesce("${column}", '') <> ''`).join(' OR ')}))`,
    )
    const counts = database.sqlite
      .prepare(
        `SELECT count(*) AS n${staying.map((held, index) => `, sum(${held}) AS g${index}`).join('')}
         ${groups.length > 0 ? `, sum(${staying.join(' OR ')}) AS any` : ''}
         FROM "${synced.name}" WHERE hub_id = ? AND change_seq > ?`,
      )
      .get(identity.hubId, afterChange) as Record<string, number | null>
    if (counts.n) plan.tables[synced.name] = counts.n
    plan.peopleWithheld += counts.any ?? 0
    groups.forEach((group, index) => {
      const rows = counts[`g${index}`] ?? 0
      if (rows > 0) plan.withheld.push({ table: synced.name, columns: group.columns, rows })
    })
  }
  return plan
}

/**
 * Writes this instance's next bundle: every row its hub owns changed since the point the receivers
 * acknowledged (or all with `full`), personal fields without consent left out.
 */
export async function exportBundle(
  database: AppDatabase,
  keyStore: KeyStore,
  path: string,
  appVersion: string,
  options: ExportOptions = {},
): Promise<ExportReport> {
  const privateKeyPem = await loadSigningKey(database, keyStore)
  return writeChangesBundle(database, privateKeyPem, path, appVersion, options)
}

export interface SigningOptions extends ExportOptions {
  /** Rotation: announce the key that signs after this bundle. */
  nextKey?: Manifest['nextKey']
  /** Runs in the export's transaction once the sequence is recorded. */
  afterCommit?: (sequence: number) => void
}

/**
 * One immediate transaction reads a consistent snapshot and records the sequence used, which
 * never goes back; the file gets its name only if that commit is about to succeed.
 */
export function writeChangesBundle(
  database: AppDatabase,
  privateKeyPem: string,
  path: string,
  appVersion: string,
  options: SigningOptions = {},
): ExportReport {
  const identity = requireIdentity(database)
  if (database.readOnly) throw new AppError('READ_ONLY', { key: 'errors.readOnly', params: { path: database.path } })
  return database.sqlite
    .transaction(() => {
      const key = ownKey(database, identity)
      const plan = planExport(database, options)
      const { afterChange } = startingPoint(database, key, plan.full)
      const sequence = key.lastSequence + 1
      const carried = watchCarriedPeople(changedRows(database, identity.hubId, afterChange))
      const payload = payloadOf(database, carried.rows)
      const upToChangeSeq = readState(database).changeSeq
      const nextKey = options.nextKey ?? null
      const written = writeBundleFile(
        path,
        payload.lines,
        (written) =>
          manifestFor(database, identity, key, {
            sequence,
            coversFrom: plan.coversFrom,
            appVersion,
            payload: written,
            tables: payload.tables,
            nextKey,
            attachments: payload.attachments,
          }),
        privateKeyPem,
        ({ manifest, fileSha256 }) => {
          database.orm.update(syncKeys).set({ lastSequence: sequence }).where(eq(syncKeys.keyId, key.keyId)).run()
          const bundleRowId = recordBundle(database, {
            direction: 'out',
            kind: 'changes',
            outcome: 'exported',
            bundleId: manifest.bundleId,
            keyId: key.keyId,
            hubId: identity.hubId,
            provinceCode: identity.provinceCode,
            sequence,
            coversFrom: plan.coversFrom,
            fileSha256,
            previousSha256: manifest.previousBundleSha256,
            createdAt: manifest.createdAt,
            fileName: basename(path),
            counts: JSON.stringify({ tables: payload.tables, peopleWithheld: plan.peopleWithheld }),
            upToChangeSeq,
          })
          carried.record(database, bundleRowId)
          options.afterCommit?.(sequence)
        },
      )
      const bytes = written.manifest.payload.compressedSize
      const { tables } = payload
      return { ...plan, tables, file: basename(path), sequence, fileSha256: written.fileSha256, bytes }
    })
    .immediate()
}

/**
 * A bundle's lines: the rows, then every attachment they name, each once. One not received here
 * yet travels later, with the next change of a row naming it, from whichever instance has it.
 * `tables` and `attachments` count what was written, once `lines` has been read to the end.
 */
export function payloadOf(
  database: AppDatabase,
  rows: Iterable<{ synced: SyncedTable; row: Record<string, unknown> }>,
) {
  const counts = { tables: {} as Record<string, number>, attachments: 0 }
  function* lines() {
    const named = new Set<string>()
    for (const { synced, row } of rows) {
      counts.tables[synced.name] = (counts.tables[synced.name] ?? 0) + 1
      for (const sha256 of attachmentsOf(synced, row)) named.add(sha256)
      yield rowLine(synced, row)
    }
    for (const sha256 of named) {
      const bytes = readAttachment(database, sha256)
      if (!bytes) continue
      counts.attachments += 1
      // readAttachment has checked the bytes against this hash.
      yield attachmentLine(bytes, sha256)
    }
  }
  return Object.assign(counts, { lines: lines() })
}

interface ManifestParts {
  sequence: number
  coversFrom: number
  appVersion: string
  payload: Manifest['payload']
  tables: Record<string, number>
  nextKey: Manifest['nextKey']
  ackFor?: string
  rebuildOf?: string
  attachments?: number
  /** Rebuild bundles: the keys of the hub that the rebuilt instance takes over from. */
  replaces?: string[]
}

export function manifestFor(
  database: AppDatabase,
  identity: HubIdentity,
  key: SyncKey,
  parts: ManifestParts,
): Manifest {
  const replaces = parts.replaces ?? (parts.ackFor ? [] : replacedKeys(database))
  const endorsement = parts.ackFor || parts.rebuildOf ? null : keyEndorsement(database)
  return {
    format: 'lokadaya-bundle',
    formatVersion: 1,
    kind: parts.rebuildOf ? 'rebuild' : parts.ackFor ? 'ack' : 'changes',
    bundleId: uuidv7({ msecs: database.clock() }),
    keyId: key.keyId,
    hubId: identity.hubId,
    instanceId: key.instanceId,
    role: identity.role,
    provinceCode: identity.provinceCode,
    sequence: parts.sequence,
    previousBundleSha256:
      parts.sequence > 1 ? (knownBundleHash(database, key.keyId, parts.sequence - 1) ?? null) : null,
    coversFrom: parts.coversFrom,
    schemaVersion: schemaVersionOf(database),
    appVersion: parts.appVersion,
    createdAt: new Date(database.clock()).toISOString(),
    ackFor: parts.ackFor ?? null,
    nextKey: parts.nextKey,
    payload: parts.payload,
    rows: { ...parts.tables },
    attachments: parts.attachments ?? 0,
    ...(replaces.length > 0 && { replaces }),
    ...(endorsement && { endorsement: endorsement as NonNullable<Manifest['endorsement']> }),
    ...(parts.rebuildOf && { rebuildOf: parts.rebuildOf }),
  }
}

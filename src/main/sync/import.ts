import { closeSync } from 'node:fs'
import { basename } from 'node:path'
import { eq, sql } from 'drizzle-orm'
import type { BundleReport, MergeCounts } from '../../shared/sync'
import type { AppDatabase } from '../db'
import { requireIdentity } from '../hub/service'
import { applyAttachmentLine, applyAckLine } from './bundle/extras'
import { schemaVersionOf, type Manifest } from './bundle/format'
import { openBundleFile, readPayloadLines, type BundleFile } from './bundle/read-file'
import { BundleRefusal, refuse } from './bundle/refusal'
import { aheadBy, checkRowLine } from './bundle/rows'
import { knownBundleHash, recordBundle, successorOf } from './history'
import { endorsedKey } from './endorse'
import { findKey, type SyncKey } from './keys'
import { syncKeys } from './schema'
import { syncWrite, MergeConflict, type MergeOutcome, type SyncWriter } from './write'

/** Office PCs drift and bundles travel for days; a day ahead is the most an honest clock is off. */
export const DEFAULT_MAX_DRIFT_MS = 24 * 60 * 60 * 1000

export interface ImportOptions {
  /** The operator saw the clock difference and accepts the bundle anyway (recorded in the history). */
  acceptDrift?: boolean
  maxDriftMs?: number
  /** A new instance is being set up from the national copy of its hub: rebuild bundles are welcome. */
  rebuild?: boolean
}

const emptyCounts = (): MergeCounts => ({ new: 0, updated: 0, unchanged: 0, deleted: 0 })

const hoursAhead = (ms: number) => Math.ceil(ms / 360_000) / 10

/**
 * The key that signed a bundle, if this instance trusts it to: enrolled here, or vouched for in
 * the bundle by a key enrolled here (a restored instance; enrolled once its bundle is accepted).
 */
function signingKey(database: AppDatabase, keyId: string, manifest: Record<string, unknown>): SyncKey {
  const key = findKey(database, keyId) ?? endorsedKey(database, keyId, manifest)
  if (!key) return refuse('unknownKey', { keyId })
  if (key.status === 'revoked') return refuse('revokedKey', { name: key.name, keyId })
  return key
}

function checkManifest(database: AppDatabase, manifest: Manifest, key: SyncKey, options: ImportOptions): boolean {
  if (manifest.hubId !== key.hubId || manifest.instanceId !== key.instanceId || manifest.role !== key.role)
    refuse('signerMismatch', { name: key.name })
  if (key.status === 'retired' && manifest.sequence > (key.lastValidSequence ?? 0))
    refuse('retiredKey', { name: key.name })
  const ours = schemaVersionOf(database)
  if (manifest.schemaVersion > ours) refuse('newerSchema', { theirs: manifest.schemaVersion, ours })
  if ((manifest.kind !== 'changes') !== (manifest.sequence === 0)) refuse('manifestInvalid', { detail: 'sequence' })
  if (manifest.kind === 'ack' && manifest.ackFor !== requireIdentity(database).hubId) refuse('ackForOther')
  if (
    (manifest.kind === 'rebuild') !== (manifest.rebuildOf !== undefined) ||
    (manifest.kind === 'rebuild' && manifest.role !== 'national')
  )
    refuse('manifestInvalid', { detail: 'rebuild' })
  if (manifest.kind === 'rebuild' && !options.rebuild) refuse('rebuildNotHere')
  return checkDrift(database, Date.parse(manifest.createdAt) - database.clock(), options)
}

/** Whether clocks ahead were accepted by the operator; refuses when they were not. */
function checkDrift(database: AppDatabase, ahead: number, options: ImportOptions): boolean {
  if (ahead <= (options.maxDriftMs ?? DEFAULT_MAX_DRIFT_MS)) return false
  if (!options.acceptDrift) refuse('clockAhead', { hours: hoursAhead(ahead) })
  return true
}

/**
 * Same key and sequence: the same file is a harmless repeat; other content means two databases
 * sign as one instance (a copied database, or a stolen key). A broken chain of previous-bundle
 * hashes says the same.
 */
function checkSequence(database: AppDatabase, bundle: BundleFile): 'duplicate' | 'new' {
  const { manifest, fileSha256 } = bundle
  // Acks and rebuilds stand outside the chain: they carry no sequence of their own.
  if (manifest.kind !== 'changes') return 'new'
  const known = knownBundleHash(database, manifest.keyId, manifest.sequence)
  if (known === fileSha256) return 'duplicate'
  if (known !== undefined) refuse('sequenceReused', { sequence: manifest.sequence }, true)
  const previous = knownBundleHash(database, manifest.keyId, manifest.sequence - 1)
  if (previous !== undefined && manifest.previousBundleSha256 !== previous)
    refuse('chainBroken', { sequence: manifest.sequence }, true)
  const next = successorOf(database, manifest.keyId, manifest.sequence)
  if (next !== undefined && next !== fileSha256) refuse('chainBroken', { sequence: manifest.sequence + 1 }, true)
  return 'new'
}

interface Scan {
  tables: Record<string, MergeCounts>
  rowsSeen: Record<string, number>
  attachments: number
  driftAccepted: boolean
}

/** Reads every line, checking it, and merges it when a writer is given (import) or not (verify). */
function scanPayload(
  database: AppDatabase,
  bundle: BundleFile,
  options: ImportOptions,
  writer: SyncWriter | null,
): Scan {
  const { manifest } = bundle
  const scan: Scan = { tables: {}, rowsSeen: {}, attachments: 0, driftAccepted: false }
  const now = database.clock()
  readPayloadLines(bundle, (line, lineNumber) => {
    if (typeof line !== 'object' || line === null || Array.isArray(line))
      return refuse('rowInvalid', { line: lineNumber, detail: 'not an object' })
    const record = line as Record<string, unknown>
    if ('attachment' in record) {
      applyAttachmentLine(database, record, lineNumber, writer !== null)
      scan.attachments += 1
      return
    }
    if ('ack' in record) {
      if (manifest.kind !== 'ack') refuse('rowInvalid', { line: lineNumber, detail: 'ack in a changes bundle' })
      applyAckLine(database, record, lineNumber, manifest.keyId, writer !== null)
      return
    }
    if (manifest.kind === 'ack') refuse('rowInvalid', { line: lineNumber, detail: 'rows in an ack' })
    const checked = checkRowLine(record, lineNumber, manifest.rebuildOf ?? manifest.hubId)
    if (checkDrift(database, aheadBy(checked.newest, now), options)) scan.driftAccepted = true
    const table = checked.synced.name
    scan.rowsSeen[table] = (scan.rowsSeen[table] ?? 0) + 1
    if (!writer) return
    let outcome: MergeOutcome
    try {
      outcome = writer.merge(checked.synced, checked.incoming)
    } catch (error) {
      if (error instanceof MergeConflict) return refuse('rowConflict', { line: lineNumber, detail: error.message })
      throw error
    }
    const counts = (scan.tables[table] ??= emptyCounts())
    counts[outcome] += 1
  })
  const declared = Object.entries(manifest.rows).filter(([, n]) => n > 0)
  const seen = Object.entries(scan.rowsSeen)
  if (declared.length !== seen.length || declared.some(([table, n]) => scan.rowsSeen[table] !== n))
    refuse('countsMismatch')
  if (scan.attachments !== manifest.attachments) refuse('countsMismatch')
  return scan
}

/**
 * A restored or rebuilt instance names the keys of its hub it took over from: each signs nothing
 * after the last of its bundles accepted here, so a bundle from the lost PC (or its thief) is
 * refused, and none already applied is undone.
 */
function followReplacement(database: AppDatabase, manifest: Manifest, key: SyncKey): void {
  for (const keyId of manifest.replaces ?? []) {
    const replaced = findKey(database, keyId)
    if (!replaced || replaced.status !== 'trusted' || replaced.hubId !== key.hubId || replaced.role !== key.role)
      continue
    const lastAccepted = database.sqlite
      .prepare(
        `SELECT max(sequence) FROM sync_bundles WHERE direction = 'in' AND key_id = ? AND outcome = 'accepted' AND kind = 'changes'`,
      )
      .pluck()
      .get(keyId) as number | null
    database.orm
      .update(syncKeys)
      .set({ status: 'retired', lastValidSequence: lastAccepted ?? 0 })
      .where(eq(syncKeys.keyId, keyId))
      .run()
  }
}

/** The rotated key takes over: enrolled as trusted, the old one signs nothing after this bundle. */
function followRotation(database: AppDatabase, manifest: Manifest, key: SyncKey): void {
  if (!manifest.nextKey || findKey(database, manifest.nextKey.keyId)) return
  database.orm
    .insert(syncKeys)
    .values({
      ...key,
      keyId: manifest.nextKey.keyId,
      publicKey: manifest.nextKey.publicKey,
      status: 'trusted',
      enrolledAt: new Date(database.clock()).toISOString(),
      lastSequence: 0,
      lastValidSequence: null,
      revokedAt: null,
    })
    .run()
  database.orm
    .update(syncKeys)
    .set({
      status: 'retired',
      lastValidSequence: sql`max(coalesce(${syncKeys.lastValidSequence}, 0), ${manifest.sequence})`,
    })
    .where(eq(syncKeys.keyId, key.keyId))
    .run()
}

const signerOf = ({ keyId, name, hubId, provinceCode, role }: SyncKey): BundleReport['signer'] => ({
  keyId,
  name,
  hubId,
  provinceCode,
  role,
})

function sum(tables: Record<string, MergeCounts>): MergeCounts {
  const total = emptyCounts()
  for (const counts of Object.values(tables))
    for (const outcome of Object.keys(total) as MergeOutcome[]) total[outcome] += counts[outcome]
  return total
}

export type BatchOptions = ImportOptions & { verifyOnly?: boolean }

/**
 * A batch touches most pages it writes about once, so the 64 MB page cache that directory searches
 * want buys a merge little, yet at the national batch (38 provinces, 1.1M rows) it is a fifth of
 * the 300 MB peak issue #8 allows. Half of it keeps the import's speed; searches get theirs back
 * when the batch is done.
 */
const IMPORT_CACHE_KIB = 32_768

function withSmallerCache<T>(database: AppDatabase, work: () => T): T {
  const previous = database.sqlite.pragma('cache_size', { simple: true }) as number
  database.sqlite.pragma(`cache_size = -${IMPORT_CACHE_KIB}`)
  try {
    return work()
  } finally {
    database.sqlite.pragma(`cache_size = ${previous}`)
  }
}

/**
 * Verifies bundles and, unless `verifyOnly`, merges them in one transaction, each bundle in a
 * savepoint of its own: a refused bundle writes nothing but its entry in the history (verify writes
 * nothing at all), and the national team's batch of every province commits once, not per file.
 * `onReport` hears each result as it is known, for progress.
 */
export function importBundles(
  database: AppDatabase,
  paths: readonly string[],
  options: BatchOptions = {},
  onReport: (report: BundleReport, index: number) => void = () => {},
): BundleReport[] {
  const each = (writer: SyncWriter | null) =>
    paths.map((path, index) => {
      const report = importOne(database, path, options, writer)
      onReport(report, index)
      return report
    })
  return options.verifyOnly ? each(null) : withSmallerCache(database, () => syncWrite(database, each, { batch: true }))
}

export function importBundle(database: AppDatabase, path: string, options: BatchOptions = {}): BundleReport {
  return importBundles(database, [path], options)[0] as BundleReport
}

function importOne(
  database: AppDatabase,
  path: string,
  options: BatchOptions,
  writer: SyncWriter | null,
): BundleReport {
  const report: BundleReport = {
    file: basename(path),
    outcome: 'refused',
    alarm: false,
    kind: null,
    signer: null,
    sequence: null,
    counts: emptyCounts(),
    tables: {},
    attachments: 0,
    reason: null,
    driftAccepted: false,
  }
  let bundle: BundleFile | undefined
  let signed: Manifest | undefined
  let key: SyncKey | undefined
  const history = (outcome: 'accepted' | 'duplicate' | 'refused' | 'alarm') => {
    if (options.verifyOnly || database.readOnly) return
    const manifest = bundle?.manifest ?? signed
    // Only a verified signature says who sent a file; a forged one names nobody in the history.
    const trusted = manifest ? key : undefined
    recordBundle(database, {
      direction: 'in',
      kind: manifest?.kind ?? null,
      outcome,
      bundleId: manifest?.bundleId ?? null,
      keyId: trusted?.keyId ?? null,
      hubId: trusted?.hubId ?? null,
      provinceCode: trusted?.provinceCode ?? null,
      sequence: manifest?.sequence ?? null,
      coversFrom: manifest?.coversFrom ?? null,
      fileSha256: bundle?.fileSha256 ?? null,
      previousSha256: manifest?.previousBundleSha256 ?? null,
      createdAt: manifest?.createdAt ?? null,
      fileName: report.file,
      counts: JSON.stringify({ ...report.counts, tables: report.tables, attachments: report.attachments }),
      reason: report.reason ? JSON.stringify(report.reason) : null,
      driftAccepted: report.driftAccepted,
    })
  }
  try {
    bundle = openBundleFile(
      path,
      (keyId, parsed) => (key = signingKey(database, keyId, parsed)).publicKey,
      (manifest) => (signed = manifest),
    )
    const signer = key as SyncKey
    const { manifest } = bundle
    report.kind = manifest.kind
    report.sequence = manifest.sequence
    report.signer = signerOf(signer)
    report.driftAccepted = checkManifest(database, manifest, signer, options)
    if (checkSequence(database, bundle) === 'duplicate') {
      report.outcome = 'duplicate'
      history('duplicate')
      return report
    }
    const opened = bundle
    const apply = (writer: SyncWriter | null) => {
      const scan = scanPayload(database, opened, options, writer)
      report.tables = scan.tables
      report.counts = sum(scan.tables)
      report.attachments = scan.attachments
      report.driftAccepted ||= scan.driftAccepted
      if (!writer) {
        report.tables = Object.fromEntries(
          Object.entries(scan.rowsSeen).map(([table, n]) => [table, { ...emptyCounts(), new: n }]),
        )
        return
      }
      report.outcome = 'accepted'
      if (!findKey(database, signer.keyId)) database.orm.insert(syncKeys).values(signer).run()
      followRotation(database, manifest, signer)
      followReplacement(database, manifest, signer)
      history('accepted')
    }
    if (writer) writer.attempt(() => apply(writer))
    else {
      apply(null)
      report.outcome = 'accepted'
    }
    return report
  } catch (error) {
    if (!(error instanceof BundleRefusal)) throw error
    if (signed && key && !report.signer) {
      // Signed, then refused for its contents: the result still says who sent it.
      report.kind = signed.kind
      report.sequence = signed.sequence
      report.signer = signerOf(key)
    }
    report.outcome = 'refused'
    report.alarm = error.alarm
    report.reason = error.reason
    report.tables = {}
    report.counts = emptyCounts()
    history(error.alarm ? 'alarm' : 'refused')
    return report
  } finally {
    if (bundle) closeSync(bundle.fd)
  }
}

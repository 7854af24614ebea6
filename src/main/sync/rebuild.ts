import { closeSync } from 'node:fs'
import { basename } from 'node:path'
import { and, eq } from 'drizzle-orm'
import { AppError } from '../../shared/errors'
import type { HubIdentity } from '../../shared/hub'
import type { BundleReport } from '../../shared/sync'
import type { AppDatabase } from '../db'
import type { KeyStore } from '../hub/keystore'
import { watchCarriedPeople } from '../privacy/bundle-people'
import { hubs } from '../hub/schema'
import { loadSigningKey, requireIdentity } from '../hub/service'
import { writeSetting } from '../settings/service'
import type { Manifest } from './bundle/format'
import { openBundleFile } from './bundle/read-file'
import { writeBundleFile } from './bundle/write-file'
import { changedRows, manifestFor, payloadOf } from './export'
import { recordBundle } from './history'
import { importBundle } from './import'
import { ownKey } from './keys'
import { syncKeys } from './schema'
import { addReplacedKeys } from './state'
import { asNewInstance } from './join'
import { enrolKey } from './trust'
import { syncWrite } from './write'

const refuse = (key: string, params?: Record<string, string>): never => {
  throw new AppError('VALIDATION', { key: `sync.rebuild.${key}`, ...(params && { params }) })
}

export interface RebuildExport {
  file: string
  hubId: string
  hubName: string
  tables: Record<string, number>
  attachments: number
  /** The hub's keys the rebuilt instance will retire. */
  replaces: string[]
}

/**
 * On the national instance: everything it holds of one provincial hub, signed with the national
 * key, for a new instance of that hub that has lost its own data. Outside the national key's
 * sequence (like acks), so it never disturbs the chain the hubs check.
 */
export async function exportRebuildBundle(
  database: AppDatabase,
  keyStore: KeyStore,
  hubId: string,
  path: string,
  appVersion: string,
): Promise<RebuildExport> {
  const identity = requireIdentity(database)
  const privateKeyPem = await loadSigningKey(database, keyStore)
  const hub = database.orm.select().from(hubs).where(eq(hubs.id, hubId)).get() ?? refuse('unknownHub', { hubId })
  if (hub.role !== 'hub') refuse('notProvince', { hubId })
  const replaces = database.orm
    .select({ keyId: syncKeys.keyId })
    .from(syncKeys)
    .where(and(eq(syncKeys.hubId, hubId), eq(syncKeys.status, 'trusted')))
    .all()
    .map((key) => key.keyId)
  return database.sqlite.transaction(() => {
    const own = ownKey(database, identity)
    const carried = watchCarriedPeople(changedRows(database, hubId, -1))
    const payload = payloadOf(database, carried.rows)
    writeBundleFile(
      path,
      payload.lines,
      (written) =>
        manifestFor(database, identity, own, {
          sequence: 0,
          coversFrom: 0,
          appVersion,
          payload: written,
          tables: payload.tables,
          nextKey: null,
          rebuildOf: hubId,
          attachments: payload.attachments,
          replaces,
        }),
      privateKeyPem,
      ({ manifest, fileSha256 }) => {
        const bundleRowId = recordBundle(database, {
          direction: 'out',
          kind: 'rebuild',
          outcome: 'exported',
          bundleId: manifest.bundleId,
          keyId: own.keyId,
          hubId,
          provinceCode: hub.provinceCode,
          sequence: 0,
          fileSha256,
          createdAt: manifest.createdAt,
          fileName: basename(path),
          counts: JSON.stringify({ tables: payload.tables, attachments: payload.attachments }),
        })
        carried.record(database, bundleRowId)
      },
    )
    return {
      file: basename(path),
      hubId,
      hubName: hub.name,
      tables: payload.tables,
      attachments: payload.attachments,
      replaces,
    }
  })()
}

/**
 * Sets up this empty database as a new instance of a hub that lost everything, from the national
 * copy: the national key is trusted once a person has compared its fingerprint, the rebuild bundle
 * brings the hub's rows back, and the instance gets a key of its own that retires the lost ones in
 * its first bundle. The national team enrols that new key by its fingerprint, as for any instance.
 */
export async function rebuildHub(
  database: AppDatabase,
  keyStore: KeyStore,
  input: { keyFileText: string; fingerprint: string; bundlePath: string },
): Promise<{ identity: HubIdentity; bundle: BundleReport; replaced: string[] }> {
  return asNewInstance(database, keyStore, (publicKey) =>
    database.sqlite
      .transaction(() => {
        const national = enrolKey(database, input.keyFileText, input.fingerprint)
        if (national.role !== 'national') refuse('notNational')
        // The owner of the writes to come; the import then checks the bundle in full.
        const claimed = readManifest(input.bundlePath, national.publicKey)?.rebuildOf
        return syncWrite(
          database,
          () => {
            const bundle = importBundle(database, input.bundlePath, { rebuild: true })
            if (bundle.outcome !== 'accepted')
              throw new AppError('VALIDATION', bundle.reason ?? { key: 'errors.internal' })
            if (bundle.kind !== 'rebuild' || bundle.signer?.keyId !== national.keyId) refuse('wrongBundle')
            const { rebuildOf = '', replaces = [] } = readManifest(input.bundlePath, national.publicKey) ?? {}
            if (!database.orm.select({ id: hubs.id }).from(hubs).where(eq(hubs.id, rebuildOf)).get())
              refuse('notHub', { hubId: rebuildOf })
            writeSetting(database.orm, 'self_hub_id', rebuildOf)
            const identity = requireIdentity(database)
            ownKey(database, identity, publicKey)
            addReplacedKeys(database, replaces)
            return { identity, bundle, replaced: replaces }
          },
          { hubId: claimed ?? national.hubId },
        )
      })
      .immediate(),
  )
}

/** A bundle's manifest, its signature checked against `publicKey`; undefined for any bundle that fails. */
function readManifest(path: string, publicKey: string): Manifest | undefined {
  try {
    const bundle = openBundleFile(path, () => publicKey)
    closeSync(bundle.fd)
    return bundle.manifest
  } catch {
    return undefined
  }
}

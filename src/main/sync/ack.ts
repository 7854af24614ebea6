import { basename } from 'node:path'
import { and, eq, ne } from 'drizzle-orm'
import { AppError } from '../../shared/errors'
import type { AckReport } from '../../shared/sync'
import type { AppDatabase } from '../db'
import type { KeyStore } from '../hub/keystore'
import { loadSigningKey, requireIdentity } from '../hub/service'
import { writeBundleFile } from './bundle/write-file'
import { manifestFor } from './export'
import { recordBundle } from './history'
import { ownKey } from './keys'
import { keyProgress } from './progress'
import { syncKeys } from './schema'

/**
 * A small signed file telling one hub what this instance has applied of each of its keys, so its
 * next incremental export starts after that. Acks carry sequence 0: they replace one another, and
 * the hub keeps only the furthest point acknowledged.
 */
export async function writeAck(
  database: AppDatabase,
  keyStore: KeyStore,
  hubId: string,
  path: string,
  appVersion: string,
): Promise<AckReport> {
  const identity = requireIdentity(database)
  const privateKeyPem = await loadSigningKey(database, keyStore)
  const keys = database.orm
    .select()
    .from(syncKeys)
    .where(and(eq(syncKeys.hubId, hubId), ne(syncKeys.status, 'self')))
    .all()
  if (keys.length === 0) throw new AppError('VALIDATION', { key: 'sync.ackUnknownHub', params: { hubId } })
  const progress = keys.map((key) => keyProgress(database, key.keyId))
  const own = ownKey(database, identity)
  const lines = progress.map(({ keyId, appliedThrough }) => JSON.stringify({ ack: { keyId, appliedThrough } }))
  database.sqlite.transaction(() =>
    writeBundleFile(
      path,
      lines,
      (payload) =>
        manifestFor(database, identity, own, {
          sequence: 0,
          coversFrom: 0,
          appVersion,
          payload,
          tables: {},
          nextKey: null,
          ackFor: hubId,
        }),
      privateKeyPem,
      ({ manifest, fileSha256 }) =>
        recordBundle(database, {
          direction: 'out',
          kind: 'ack',
          outcome: 'exported',
          bundleId: manifest.bundleId,
          keyId: own.keyId,
          hubId,
          provinceCode: keys[0]?.provinceCode ?? null,
          sequence: 0,
          fileSha256,
          createdAt: manifest.createdAt,
          fileName: basename(path),
          counts: JSON.stringify({ acks: progress.length }),
        }),
    ),
  )()
  return { file: basename(path), hubId, keys: progress }
}

import { createHash } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { AppError } from '../../shared/errors'
import type { HubIdentity } from '../../shared/hub'
import type { AppDatabase } from '../db'
import { fingerprint } from '../hub/keys'
import { syncKeys } from './schema'
import { instanceNode } from './state'

export type SyncKey = typeof syncKeys.$inferSelect

/** A key's id: the first 16 bytes of the SHA-256 of its raw public key, in hex. */
export const keyIdOf = (publicKey: string): string =>
  createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 32)

export const findKey = (database: AppDatabase, keyId: string): SyncKey | undefined =>
  database.orm.select().from(syncKeys).where(eq(syncKeys.keyId, keyId)).get()

/**
 * This instance's own key. Databases set up before sync existed get their row on first use, from
 * the hub's public key on record (the one key such an instance ever had).
 */
export function ownKey(database: AppDatabase, identity: HubIdentity, publicKey = identity.publicKey): SyncKey {
  const existing = database.orm.select().from(syncKeys).where(eq(syncKeys.status, 'self')).get()
  if (existing) return existing
  if (database.readOnly) throw new AppError('READ_ONLY', { key: 'errors.readOnly', params: { path: database.path } })
  return insertKey(
    database,
    {
      keyId: keyIdOf(publicKey),
      hubId: identity.hubId,
      instanceId: instanceNode(database),
      role: identity.role,
      provinceCode: identity.provinceCode,
      name: identity.name,
      publicKey,
    },
    'self',
  )
}

/** Records a key, own or another's, as newly known here: no sequence used, nothing revoked. */
export function insertKey(
  database: AppDatabase,
  key: Pick<SyncKey, 'keyId' | 'hubId' | 'instanceId' | 'role' | 'provinceCode' | 'name' | 'publicKey'>,
  status: 'self' | 'trusted',
): SyncKey {
  const row: SyncKey = {
    ...key,
    status,
    enrolledAt: new Date(database.clock()).toISOString(),
    revokedAt: null,
    lastValidSequence: null,
    lastSequence: 0,
  }
  database.orm.insert(syncKeys).values(row).run()
  return row
}

/** What screens and the CLI show of a key. */
export const describeKey = (key: SyncKey) => ({
  keyId: key.keyId,
  hubId: key.hubId,
  instanceId: key.instanceId,
  role: key.role,
  provinceCode: key.provinceCode,
  name: key.name,
  fingerprint: fingerprint(key.publicKey),
  status: key.status,
  enrolledAt: key.enrolledAt,
  revokedAt: key.revokedAt,
})

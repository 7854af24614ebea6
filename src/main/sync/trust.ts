import { asc, eq } from 'drizzle-orm'
import { AppError } from '../../shared/errors'
import type { AppDatabase } from '../db'
import { fingerprint } from '../hub/keys'
import { parseKeyFile } from './key-file'
import { describeKey, findKey, insertKey, type SyncKey } from './keys'
import { syncKeys } from './schema'

const refuse = (key: string, params?: Record<string, string | number>): never => {
  throw new AppError('VALIDATION', { key: `sync.trust.${key}`, ...(params && { params }) })
}

/** Fingerprints are compared as their digits: people type them with or without spaces. */
const digitsOf = (text: string) => text.replace(/[\s-]/g, '')

/**
 * Enrols another instance's key, only after a person has compared its fingerprint with the one
 * the other side reads out: a key file alone proves nothing about who sent it.
 */
export function enrolKey(database: AppDatabase, keyFileText: string, confirmedFingerprint: string): SyncKey {
  const key = parseKeyFile(keyFileText)
  if ('problem' in key) return refuse('keyFile', { problem: key.problem })
  const actual = fingerprint(key.publicKey)
  if (digitsOf(confirmedFingerprint) !== digitsOf(actual)) refuse('fingerprintMismatch')
  const existing = findKey(database, key.keyId)
  if (existing?.status === 'self') refuse('ownKey')
  if (existing?.status === 'revoked') refuse('revokedStays', { name: existing.name })
  if (existing) return existing
  const { keyId, hubId, instanceId, role, provinceCode, name, publicKey } = key
  return insertKey(database, { keyId, hubId, instanceId, role, provinceCode, name, publicKey }, 'trusted')
}

/** From now on every bundle the key signed is refused, those applied before included if sent again. */
export function revokeKey(database: AppDatabase, keyId: string): SyncKey {
  const key = findKey(database, keyId) ?? refuse('unknownKey', { keyId })
  if (key.status === 'self') refuse('revokeOwn')
  if (key.status === 'revoked') return key
  const revokedAt = new Date(database.clock()).toISOString()
  database.orm.update(syncKeys).set({ status: 'revoked', revokedAt }).where(eq(syncKeys.keyId, keyId)).run()
  return { ...key, status: 'revoked', revokedAt }
}

export function listKeys(database: AppDatabase) {
  return database.orm
    .select()
    .from(syncKeys)
    .orderBy(asc(syncKeys.provinceCode), asc(syncKeys.name), asc(syncKeys.enrolledAt))
    .all()
    .map(describeKey)
}

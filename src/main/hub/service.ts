import { and, eq, isNull } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import { AppError } from '../../shared/errors'
import { noticeMessage, type HubIdentity, type HubStatus, type StorageNotice } from '../../shared/hub'
import type { ParsedInputOf } from '../../shared/contract'
import { readOnlyRefusal, type AppDatabase } from '../db'
import { findProvince } from '../reference/queries'
import { readSetting, writeSetting } from '../settings/service'
import { fingerprint, generateHubKeyPair, publicKeyOf } from './keys'
import type { KeyStore } from './keystore'
import { ownKey } from '../sync/keys'
import { syncWrite } from '../sync/write'
import { hubs } from './schema'

export function hubStatus(database: AppDatabase): HubStatus {
  const selfId = readSetting(database.orm, 'self_hub_id')
  if (!selfId) return { setUp: false }
  return { setUp: true, identity: readIdentity(database, selfId) }
}

/**
 * Checked on every hub:status, so the app says at start what stands in the way of working: a
 * read-only database, or a signing key that sync would find missing, damaged or another hub's.
 */
export async function storageNotices(database: AppDatabase, keyStore: KeyStore): Promise<StorageNotice[]> {
  const notices: StorageNotice[] = database.readOnly ? [{ kind: 'readOnly', path: database.path }] : []
  const status = hubStatus(database)
  if (status.setUp) {
    const key = await checkSigningKey(database, status.identity, keyStore)
    if ('problem' in key) notices.push({ kind: key.problem, path: keyStore.location })
  }
  return notices
}

export function requireIdentity(database: AppDatabase): HubIdentity {
  const status = hubStatus(database)
  if (!status.setUp) throw new AppError('NOT_SET_UP', { key: 'errors.notSetUp' })
  return status.identity
}

/** One setup at a time per database: two racing calls must not both pass the "not yet" check. */
const setupsInFlight = new WeakMap<AppDatabase, Promise<unknown>>()

/**
 * Creates this installation's hub identity: a row in `hubs` that owns everything the hub records,
 * and an Ed25519 key pair that signs its sync bundles. The key is stored first and put back as it
 * was if the database write fails, so neither is ever left without the other.
 */
export function setUpHub(
  database: AppDatabase,
  keyStore: KeyStore,
  input: ParsedInputOf<'hub:setup'>,
): Promise<HubIdentity> {
  const previous = setupsInFlight.get(database) ?? Promise.resolve()
  const next = previous.catch(() => undefined).then(() => createIdentity(database, keyStore, input))
  setupsInFlight.set(database, next)
  return next
}

async function createIdentity(
  database: AppDatabase,
  keyStore: KeyStore,
  input: ParsedInputOf<'hub:setup'>,
): Promise<HubIdentity> {
  // Before the key is made: a key left without its hub would stand in the way of the next setup.
  if (database.readOnly) throw readOnlyRefusal(database)
  assertNotSetUp(database)
  const provinceCode = input.role === 'hub' ? input.provinceCode : null
  if (provinceCode !== null && !findProvince(database.orm, provinceCode))
    throw new AppError(
      'VALIDATION',
      { key: 'errors.validation' },
      { provinceCode: { key: 'validation.province.unknown', params: { code: provinceCode } } },
    )

  const keys = generateHubKeyPair()
  const hubId = uuidv7({ msecs: database.clock() })
  const stored = await keyStore.save(keys.privateKeyPem)
  try {
    syncWrite(
      database,
      (writer) => {
        // Checked again under the write lock: another process may share this database file.
        assertNotSetUp(database)
        writer.insert(hubs, {
          id: hubId,
          role: input.role,
          provinceCode,
          name: input.name,
          contactName: input.contactName,
          contactPhone: input.contactPhone,
          contactEmail: input.contactEmail,
          publicKey: keys.publicKey,
        })
        writeSetting(database.orm, 'self_hub_id', hubId)
        ownKey(database, readIdentity(database, hubId))
      },
      { hubId, immediate: true },
    )
  } catch (error) {
    await stored.undo()
    throw error
  }
  return readIdentity(database, hubId)
}

/**
 * Settings: the hub's name and secretariat contact change; its row travels with the next bundle, so
 * the national team learns them. Role and province stay: the hub's records and key belong to them.
 */
export function updateIdentity(database: AppDatabase, input: ParsedInputOf<'hub:updateIdentity'>): HubIdentity {
  const { provinceCode, ...values } = input
  return syncWrite(database, (writer) => {
    const current = requireIdentity(database)
    if (provinceCode !== undefined && provinceCode !== current.provinceCode)
      throw new AppError(
        'VALIDATION',
        { key: 'errors.validation' },
        {
          provinceCode:
            current.provinceName === null
              ? { key: 'validation.province.national' }
              : { key: 'validation.province.fixed', params: { province: current.provinceName } },
        },
      )
    writer.update(hubs, current.hubId, values)
    return readIdentity(database, current.hubId)
  })
}

function assertNotSetUp(database: AppDatabase): void {
  const existing = hubStatus(database)
  if (existing.setUp)
    throw new AppError('ALREADY_SET_UP', { key: 'errors.alreadySetUp', params: { name: existing.identity.name } })
}

const keyErrorCodes = { keyMissing: 'KEY_MISSING', keyUnreadable: 'KEY_UNREADABLE', keyForeign: 'KEY_FOREIGN' } as const
type KeyProblem = keyof typeof keyErrorCodes

/** The private key in the key store must match the public key on record, or signing is useless. */
export async function loadSigningKey(database: AppDatabase, keyStore: KeyStore): Promise<string> {
  const key = await checkSigningKey(database, requireIdentity(database), keyStore)
  if ('privateKeyPem' in key) return key.privateKeyPem
  const notice = { kind: key.problem, path: keyStore.location }
  throw new AppError(keyErrorCodes[key.problem], noticeMessage(notice))
}

/**
 * Reads the key without ever changing it: another hub's key is reported, never used or replaced,
 * as it may be the only copy of that hub's key.
 */
async function checkSigningKey(
  database: AppDatabase,
  identity: HubIdentity,
  keyStore: KeyStore,
): Promise<{ privateKeyPem: string } | { problem: KeyProblem }> {
  let privateKeyPem: string | null
  try {
    privateKeyPem = await keyStore.load()
  } catch {
    // Sealed by a keyring that is gone (another Windows account or PC), or unreadable as a file.
    return { problem: 'keyUnreadable' }
  }
  if (privateKeyPem === null) return { problem: 'keyMissing' }
  let publicKey: string
  try {
    publicKey = publicKeyOf(privateKeyPem)
  } catch {
    return { problem: 'keyUnreadable' }
  }
  // After a rotation the instance signs with its newer key; the hub row keeps the founding one.
  const expected = (database.sqlite.prepare(`SELECT public_key FROM sync_keys WHERE status = 'self'`).pluck().get() ??
    identity.publicKey) as string
  return publicKey === expected ? { privateKeyPem } : { problem: 'keyForeign' }
}

function readIdentity(database: AppDatabase, hubId: string): HubIdentity {
  const row = database.orm
    .select()
    .from(hubs)
    .where(and(eq(hubs.id, hubId), isNull(hubs.deletedAt)))
    .get()
  if (!row) throw new Error(`local_settings.self_hub_id points at missing hub ${hubId}`)
  const province = row.provinceCode ? findProvince(database.orm, row.provinceCode) : undefined
  return {
    hubId: row.id,
    role: row.role,
    provinceCode: row.provinceCode,
    provinceName: province?.name ?? null,
    // The national team works from Jakarta.
    timeZone: province?.timeZone ?? 'WIB',
    name: row.name,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    publicKey: row.publicKey,
    fingerprint: fingerprint(row.publicKey),
    createdAt: row.createdAt,
  }
}

import { eq } from 'drizzle-orm'
import { AppError } from '../../shared/errors'
import type { HubIdentity } from '../../shared/hub'
import type { AppDatabase } from '../db'
import { generateHubKeyPair } from '../hub/keys'
import type { KeyStore } from '../hub/keystore'
import { hubs } from '../hub/schema'
import { hubStatus, requireIdentity } from '../hub/service'
import { writeSetting } from '../settings/service'
import type { BundleReport } from '../../shared/sync'
import { importBundle } from './import'
import { ownKey } from './keys'
import { enrolKey } from './trust'
import { syncWrite } from './write'

/**
 * Sets up this database as another instance of an existing hub (a trainer's laptop beside the
 * secretariat's PC): it trusts the first instance's key once a person has compared its
 * fingerprint, takes the hub's data from that instance's full bundle, and gets a key and sequence
 * of its own. The other instance enrols this one's key the same way, and both then exchange
 * bundles like any two instances.
 */
export async function joinHub(
  database: AppDatabase,
  keyStore: KeyStore,
  input: { keyFileText: string; fingerprint: string; bundlePath: string },
): Promise<{ identity: HubIdentity; bundle: BundleReport }> {
  return asNewInstance(database, keyStore, (publicKey) =>
    syncWrite(
      database,
      () => {
        const founder = enrolKey(database, input.keyFileText, input.fingerprint)
        if (founder.role !== 'hub') throw new AppError('VALIDATION', { key: 'sync.join.notHub' })
        const bundle = importBundle(database, input.bundlePath)
        if (bundle.outcome !== 'accepted' || bundle.signer?.keyId !== founder.keyId)
          throw new AppError('VALIDATION', bundle.reason ?? { key: 'sync.join.wrongBundle' })
        if (!database.orm.select({ id: hubs.id }).from(hubs).where(eq(hubs.id, founder.hubId)).get())
          throw new AppError('VALIDATION', { key: 'sync.join.notFull' })
        writeSetting(database.orm, 'self_hub_id', founder.hubId)
        const identity = requireIdentity(database)
        ownKey(database, identity, publicKey)
        return { identity, bundle }
      },
      {
        hubId: (JSON.parse(input.keyFileText.split('\n')[1] ?? '{}') as { hubId?: string }).hubId ?? '',
        immediate: true,
      },
    ),
  )
}

/**
 * Sets up an empty database as a new instance of an existing hub with a key of its own: refuses a
 * database already set up, and keeps the new key only if `work` (one transaction) succeeds.
 */
export async function asNewInstance<T>(
  database: AppDatabase,
  keyStore: KeyStore,
  work: (publicKey: string) => T,
): Promise<T> {
  if (hubStatus(database).setUp)
    throw new AppError('ALREADY_SET_UP', {
      key: 'errors.alreadySetUp',
      params: { name: requireIdentity(database).name },
    })
  const keys = generateHubKeyPair()
  const stored = await keyStore.save(keys.privateKeyPem)
  try {
    return work(keys.publicKey)
  } catch (error) {
    await stored.undo()
    throw error
  }
}

import { eq } from 'drizzle-orm'
import type { AppDatabase } from '../db'
import { generateHubKeyPair } from '../hub/keys'
import type { KeyStore } from '../hub/keystore'
import { loadSigningKey, requireIdentity } from '../hub/service'
import type { ExportReport } from '../../shared/sync'
import { writeChangesBundle } from './export'
import { describeKey, keyIdOf, ownKey } from './keys'
import { syncKeys } from './schema'

/**
 * Replaces this instance's key. The new key is announced in a bundle signed by the old one, which
 * receivers trust already; from then on the old key's later sequences are refused everywhere. The
 * old private key stays beside the new one (the key store moves it aside), never deleted.
 */
export async function rotateKey(
  database: AppDatabase,
  keyStore: KeyStore,
  path: string,
  appVersion: string,
): Promise<{ bundle: ExportReport; key: ReturnType<typeof describeKey> }> {
  const identity = requireIdentity(database)
  const oldPrivateKey = await loadSigningKey(database, keyStore)
  const old = ownKey(database, identity)
  const next = generateHubKeyPair()
  const nextKeyId = keyIdOf(next.publicKey)
  const stored = await keyStore.save(next.privateKeyPem)
  try {
    const bundle = writeChangesBundle(database, oldPrivateKey, path, appVersion, {
      nextKey: { keyId: nextKeyId, publicKey: next.publicKey },
      afterCommit: (sequence) => {
        database.orm
          .update(syncKeys)
          .set({ status: 'retired', lastValidSequence: sequence })
          .where(eq(syncKeys.keyId, old.keyId))
          .run()
        database.orm
          .insert(syncKeys)
          .values({
            ...old,
            keyId: nextKeyId,
            publicKey: next.publicKey,
            status: 'self',
            enrolledAt: new Date(database.clock()).toISOString(),
            lastSequence: 0,
            lastValidSequence: null,
          })
          .run()
      },
    })
    const key = ownKey(database, identity)
    return { bundle, key: describeKey(key) }
  } catch (error) {
    await stored.undo()
    throw error
  }
}

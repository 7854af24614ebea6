import { eq } from 'drizzle-orm'
import type { AppDatabase } from '../db'
import { requireIdentity } from '../hub/service'
import { insertKey, keyIdOf, ownKey } from './keys'
import { syncKeys } from './schema'
import { addReplacedKeys, renewInstanceNode, saveKeyEndorsement } from './state'
import { endorse } from './endorse'
import { AppError } from '../../shared/errors'
import { publicKeyOf } from '../hub/keys'

/**
 * Turns a restored copy of this hub's database into a new instance of the hub: a new instance id
 * (its clocks never collide with the lost instance's), a new key whose sequence starts at 1 (the
 * lost instance may have signed bundles after the backup, so reusing its sequences would look like
 * a cloned database), and the old key retired here and named in every bundle the new key signs, so
 * receivers retire it too once they have enrolled the new key by its fingerprint.
 */
export function becomeNewInstance(
  database: AppDatabase,
  publicKey: string,
  oldPrivateKeyPem?: string,
): { keyId: string; replaced: string; endorsed: boolean } {
  return database.sqlite.transaction(() => {
    const identity = requireIdentity(database)
    const old = ownKey(database, identity)
    database.orm
      .update(syncKeys)
      .set({ status: 'retired', lastValidSequence: old.lastSequence })
      .where(eq(syncKeys.keyId, old.keyId))
      .run()
    const instanceId = renewInstanceNode(database)
    const { hubId, role, provinceCode, name } = old
    insertKey(database, { keyId: keyIdOf(publicKey), hubId, instanceId, role, provinceCode, name, publicKey }, 'self')
    addReplacedKeys(database, [old.keyId])
    // The old key, when the backup carried it, vouches for the new one: no fingerprint call needed.
    if (oldPrivateKeyPem !== undefined) {
      if (publicKeyOf(oldPrivateKeyPem) !== old.publicKey)
        throw new AppError('VALIDATION', { key: 'restore.keyMismatch' })
      saveKeyEndorsement(database, endorse(oldPrivateKeyPem, old.keyId, { hubId, instanceId, role, publicKey }))
    }
    return { keyId: keyIdOf(publicKey), replaced: old.keyId, endorsed: oldPrivateKeyPem !== undefined }
  })()
}

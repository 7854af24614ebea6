import { signBytes, verifyBytes } from '../hub/keys'
import type { AppDatabase } from '../db'
import { canonicalJson, ENDORSEMENT_CONTEXT, type Manifest } from './bundle/format'
import { findKey, keyIdOf, type SyncKey } from './keys'

type Endorsement = NonNullable<Manifest['endorsement']>

interface Endorsed {
  hubId: string
  instanceId: string
  role: string
  publicKey: string
}

const message = (key: Endorsed) =>
  Buffer.concat([
    ENDORSEMENT_CONTEXT,
    Buffer.from(
      canonicalJson({
        hubId: key.hubId,
        instanceId: key.instanceId,
        keyId: keyIdOf(key.publicKey),
        publicKey: key.publicKey,
        role: key.role,
      }),
      'utf8',
    ),
  ])

/** The old key vouching for the new one: made once, when a backup that carried the key is restored. */
export function endorse(oldPrivateKeyPem: string, by: string, key: Endorsed): Endorsement {
  return { by, publicKey: key.publicKey, signature: signBytes(oldPrivateKeyPem, message(key)).toString('base64') }
}

/**
 * The key an unknown key id stands for, if the still unverified manifest of its bundle carries an
 * endorsement by a key trusted here for the same hub and role, and the endorsement verifies: the
 * bundle's own signature is then checked against it. Anything short of that is no key at all.
 */
export function endorsedKey(database: AppDatabase, keyId: string, manifest: Record<string, unknown>): SyncKey | null {
  const endorsement = manifest.endorsement as Partial<Endorsement> | undefined
  const { hubId, instanceId, role } = manifest
  if (!endorsement || typeof endorsement !== 'object') return null
  const { by, publicKey, signature } = endorsement
  if (typeof by !== 'string' || typeof publicKey !== 'string' || typeof signature !== 'string') return null
  if (typeof hubId !== 'string' || typeof instanceId !== 'string' || typeof role !== 'string') return null
  const endorser = findKey(database, by)
  if (!endorser || endorser.status !== 'trusted' || endorser.hubId !== hubId || endorser.role !== role) return null
  if (!Array.isArray(manifest.replaces) || !manifest.replaces.includes(by)) return null
  if (keyIdOf(publicKey) !== keyId) return null
  try {
    if (
      !verifyBytes(
        endorser.publicKey,
        message({ hubId, instanceId, role, publicKey }),
        Buffer.from(signature, 'base64'),
      )
    )
      return null
  } catch {
    return null
  }
  return {
    ...endorser,
    keyId,
    instanceId,
    publicKey,
    status: 'trusted',
    enrolledAt: new Date(database.clock()).toISOString(),
    revokedAt: null,
    lastValidSequence: null,
    lastSequence: 0,
  }
}

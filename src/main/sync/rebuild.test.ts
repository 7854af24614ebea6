import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fingerprint } from '../hub/keys'
import { testServices } from '../testing/database'
import { appErrorFrom } from '../testing/errors'
import { syncDigest } from './digest'
import { findKey, ownKey } from './keys'
import { exportRebuildBundle, rebuildHub } from './rebuild'
import { addOrganisation, addPerson, exportFrom, importInto, keyFileOf, newInstance, trust } from './testing'
import type { Instance } from './testing'

/** A province whose data reached the national instance. */
async function provinceAtNational() {
  const hub = await newInstance('Forum OMS Jawa Timur', '35')
  const national = await newInstance('Sekretariat Nasional', null)
  await trust(national, hub)
  await trust(hub, national)
  const organisation = addOrganisation(hub, 'Yayasan Bina Desa', '35.19')
  addPerson(hub, organisation, { name: 'Siti Rahayu' })
  expect(importInto(national, await exportFrom(hub)).outcome).toBe('accepted')
  return { hub, national }
}

async function rebuildBundle(national: Instance, hubId: string) {
  const path = join(national.directory, 'pemulihan.lokadaya')
  const report = await exportRebuildBundle(national.database, national.keyStore, hubId, path, '0.0.0-test')
  return { path, report }
}

async function rebuildFrom(national: Instance, bundlePath: string, confirmed?: string) {
  const fresh = testServices({ clock: () => national.clock.now })
  const result = await rebuildHub(fresh.services.database, fresh.keyStore, {
    keyFileText: await keyFileOf(national),
    fingerprint: confirmed ?? fingerprint(ownKey(national.database, national.identity).publicKey),
    bundlePath,
  })
  return { ...fresh, ...result, database: fresh.services.database }
}

describe('rebuilding a hub from the national copy', () => {
  it('gives a new instance with the national digest of that hub, which the national instance then accepts', async () => {
    const { hub, national } = await provinceAtNational()
    const oldKey = ownKey(hub.database, hub.identity).keyId
    const { path, report } = await rebuildBundle(national, hub.identity.hubId)
    expect(report).toMatchObject({ hubName: 'Forum OMS Jawa Timur', replaces: [oldKey] })

    const rebuilt = await rebuildFrom(national, path)

    expect(syncDigest(rebuilt.database, hub.identity.hubId)).toBe(syncDigest(national.database, hub.identity.hubId))
    expect(rebuilt.identity).toMatchObject({ hubId: hub.identity.hubId, name: 'Forum OMS Jawa Timur' })
    expect(rebuilt.replaced).toEqual([oldKey])
    const key = ownKey(rebuilt.database, rebuilt.identity)
    expect(key.keyId).not.toBe(oldKey)

    // The national team enrols the new key by its fingerprint; the first bundle retires the old one.
    const instance: Instance = {
      name: 'rebuilt',
      database: rebuilt.database,
      keyStore: rebuilt.keyStore,
      identity: rebuilt.identity,
      directory: rebuilt.directory,
      clock: national.clock,
    }
    await trust(national, instance)
    addOrganisation(instance, 'KSM Makmur Sentosa', '35.19')
    const first = importInto(national, await exportFrom(instance))
    expect(first, JSON.stringify(first.reason)).toMatchObject({ outcome: 'accepted', alarm: false })
    expect(findKey(national.database, oldKey)?.status).toBe('retired')
    expect(syncDigest(instance.database, hub.identity.hubId)).toBe(syncDigest(national.database, hub.identity.hubId))
  })
})

describe('a rebuild refuses', () => {
  it('a fingerprint that does not match the national key, leaving the database unset', async () => {
    const { hub, national } = await provinceAtNational()
    const { path } = await rebuildBundle(national, hub.identity.hubId)
    const error = await appErrorFrom(() => rebuildFrom(national, path, '0000 0000 0000'))
    expect(error.userMessage).toMatchObject({ key: 'sync.trust.fingerprintMismatch' })
  })

  it("a hub's key in place of the national one", async () => {
    const { hub, national } = await provinceAtNational()
    const { path } = await rebuildBundle(national, hub.identity.hubId)
    const other = testServices()
    const asHub = await appErrorFrom(async () =>
      rebuildHub(other.services.database, other.keyStore, {
        keyFileText: await keyFileOf(hub),
        fingerprint: fingerprint(ownKey(hub.database, hub.identity).publicKey),
        bundlePath: path,
      }),
    )
    expect(asHub.userMessage.key).toBe('sync.rebuild.notNational')
  })

  it('to be imported into a running instance, and to export an unknown or national hub', async () => {
    const { hub, national } = await provinceAtNational()
    const { path } = await rebuildBundle(national, hub.identity.hubId)
    expect(importInto(hub, path)).toMatchObject({ outcome: 'refused', reason: { key: 'sync.refused.rebuildNotHere' } })
    const unknown = await appErrorFrom(() => rebuildBundle(national, '01890a5d-ac96-774b-bcce-b302099a8057'))
    expect(unknown.userMessage.key).toBe('sync.rebuild.unknownHub')
    const own = await appErrorFrom(() => rebuildBundle(national, national.identity.hubId))
    expect(own.userMessage.key).toBe('sync.rebuild.notProvince')
  })
})

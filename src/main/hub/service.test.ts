import { copyFileSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hubSetupInput, type HubStatusReport } from '../../shared/hub'
import type { HandlerRegistry } from '../ipc/registry'
import { appErrorFrom } from '../testing/errors'
import { testServices } from '../testing/database'
import { createFileKeyStore, plainCipher } from './keystore'
import { hubStatus, loadSigningKey, setUpHub } from './service'

const jatimForm = {
  role: 'hub',
  provinceCode: '35',
  name: 'Forum OMS Jawa Timur',
  contactName: 'Sri Wahyuni',
  contactPhone: '0812-3456-7890',
  contactEmail: 'Sekretariat@ForumOMS-Jatim.or.id',
}
const jatim = hubSetupInput.parse(jatimForm)

describe('hub setup', () => {
  it('starts not set up', () => {
    expect(hubStatus(testServices().services.database)).toEqual({ setUp: false })
  })

  it('creates the identity, owning itself, with a key kept outside the database', async () => {
    const { services, keyStore, directory } = testServices({ clock: () => Date.parse('2026-11-23T03:00:00Z') })
    const identity = await setUpHub(services.database, keyStore, jatim)
    expect(identity).toMatchObject({
      role: 'hub',
      provinceCode: '35',
      provinceName: 'Jawa Timur',
      timeZone: 'WIB',
      name: 'Forum OMS Jawa Timur',
      contactPhone: '+6281234567890',
      contactEmail: 'sekretariat@forumoms-jatim.or.id',
      createdAt: '2026-11-23T03:00:00.000Z',
    })
    expect(identity.hubId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(hubStatus(services.database)).toEqual({ setUp: true, identity })
    const row = services.database.sqlite.prepare('SELECT hub_id FROM hubs WHERE id = ?').get(identity.hubId)
    expect(row).toEqual({ hub_id: identity.hubId })

    const keyFile = join(directory, 'hub.db.signing-key')
    expect(statSync(keyFile).mode & 0o777).toBe(0o600)
    const dump = services.database.sqlite.serialize().toString('latin1')
    expect(dump).not.toContain('PRIVATE KEY')
    expect(await loadSigningKey(services.database, keyStore)).toMatch(/PRIVATE KEY/)
  })

  it('sets up a national instance without a province, in Jakarta time', async () => {
    const { services, keyStore } = testServices()
    const national = hubSetupInput.parse({ role: 'national', name: 'Sekretariat Nasional Lokadaya' })
    const identity = await setUpHub(services.database, keyStore, national)
    expect(identity).toMatchObject({ role: 'national', provinceCode: null, timeZone: 'WIB', contactName: null })
  })

  it('refuses a second setup and keeps the first identity and key', async () => {
    const { services, keyStore } = testServices()
    const first = await setUpHub(services.database, keyStore, jatim)
    const key = await keyStore.load()
    const error = await appErrorFrom(() => setUpHub(services.database, keyStore, { ...jatim, name: 'Lain' }))
    expect(error.code).toBe('ALREADY_SET_UP')
    expect(hubStatus(services.database)).toEqual({ setUp: true, identity: first })
    expect(await keyStore.load()).toBe(key)
  })

  it('refuses an unknown province, writing neither database row nor key', async () => {
    const { services, keyStore } = testServices()
    const error = await appErrorFrom(() =>
      setUpHub(services.database, keyStore, hubSetupInput.parse({ ...jatimForm, provinceCode: '99' })),
    )
    expect(error.code).toBe('VALIDATION')
    expect(error.fieldMessages?.provinceCode).toEqual({ key: 'validation.province.unknown', params: { code: '99' } })
    expect(services.database.sqlite.prepare('SELECT count(*) AS n FROM hubs').get()).toEqual({ n: 0 })
    expect(await keyStore.load()).toBeNull()
  })

  it('removes the new key again when the database write fails', async () => {
    const { services, keyStore } = testServices()
    services.database.sqlite.exec(
      `CREATE TRIGGER refuse BEFORE INSERT ON local_settings BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    )
    await expect(setUpHub(services.database, keyStore, jatim)).rejects.toThrow(/disk full/)
    expect(await keyStore.load()).toBeNull()
    expect(services.database.sqlite.prepare('SELECT count(*) AS n FROM hubs').get()).toEqual({ n: 0 })
  })

  it('creates exactly one identity, with its own key, when two setups race', async () => {
    const { services, keyStore } = testServices()
    const results = await Promise.allSettled([
      setUpHub(services.database, keyStore, jatim),
      setUpHub(services.database, keyStore, { ...jatim, name: 'Kedua' }),
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected'])
    const refused = results[1] as PromiseRejectedResult
    expect(refused.reason).toMatchObject({ code: 'ALREADY_SET_UP' })
    expect(services.database.sqlite.prepare('SELECT count(*) AS n FROM hubs').get()).toEqual({ n: 1 })
    expect(await loadSigningKey(services.database, keyStore)).toMatch(/PRIVATE KEY/)
  })

  it('keeps a key left by an earlier installation aside, and restores it if setup fails', async () => {
    const { services, keyStore, directory } = testServices()
    await keyStore.save('earlier key')
    await setUpHub(services.database, keyStore, jatim)
    expect(readdirSync(directory).filter((name) => name.includes('.replaced-'))).toHaveLength(1)
    expect(await loadSigningKey(services.database, keyStore)).toMatch(/PRIVATE KEY/)

    const { services: failing, keyStore: failingKeys } = testServices()
    await failingKeys.save('earlier key')
    failing.database.sqlite.exec(
      `CREATE TRIGGER refuse BEFORE INSERT ON hubs BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    )
    await expect(setUpHub(failing.database, failingKeys, jatim)).rejects.toThrow(/disk full/)
    expect(await failingKeys.load()).toBe('earlier key')
  })

  it("refuses to sign with a key that is missing, unreadable or not the hub's, saying which", async () => {
    const { services, keyStore, directory } = testServices()
    await setUpHub(services.database, keyStore, jatim)
    const missing = createFileKeyStore(join(directory, 'no-such-key'))
    expect(await appErrorFrom(() => loadSigningKey(services.database, missing))).toMatchObject({
      code: 'KEY_MISSING',
      userMessage: { key: 'storage.keyMissing', params: { path: missing.location } },
    })

    const damagedFile = join(directory, 'damaged-key')
    writeFileSync(damagedFile, 'not a key at all')
    const damaged = createFileKeyStore(damagedFile)
    expect(await appErrorFrom(() => loadSigningKey(services.database, damaged))).toMatchObject({
      code: 'KEY_UNREADABLE',
      userMessage: { key: 'storage.keyUnreadable', params: { path: damaged.location } },
    })

    const sealedElsewhere = createFileKeyStore(join(directory, 'hub.db.signing-key'), {
      ...plainCipher,
      decrypt: () => Promise.reject(new Error('keyring unavailable')),
    })
    expect((await appErrorFrom(() => loadSigningKey(services.database, sealedElsewhere))).code).toBe('KEY_UNREADABLE')

    const { services: other, keyStore: otherKeys } = testServices()
    await setUpHub(other.database, otherKeys, jatim)
    expect((await appErrorFrom(() => loadSigningKey(services.database, otherKeys))).code).toBe('KEY_FOREIGN')
  })
})

describe('the signing key, checked at start', () => {
  const notices = async (registry: HandlerRegistry) => {
    const result = await registry.invoke('hub:status', undefined)
    return result.ok && (result.value as HubStatusReport).notices
  }

  it('is not looked for before the hub is set up, and is fine right after', async () => {
    const { registry } = testServices()
    expect(await notices(registry)).toEqual([])
    await registry.invoke('hub:setup', jatimForm)
    expect(await notices(registry)).toEqual([])
  })

  it('is reported missing when its file was deleted', async () => {
    const { registry, keyStore } = testServices()
    await registry.invoke('hub:setup', jatimForm)
    unlinkSync(keyStore.location)
    expect(await notices(registry)).toEqual([{ kind: 'keyMissing', path: keyStore.location }])
  })

  it('is reported unreadable when its file is damaged', async () => {
    const { registry, keyStore } = testServices()
    await registry.invoke('hub:setup', jatimForm)
    writeFileSync(keyStore.location, '-----BEGIN PRIVATE KEY-----\nrusak\n-----END PRIVATE KEY-----\n')
    expect(await notices(registry)).toEqual([{ kind: 'keyUnreadable', path: keyStore.location }])
  })

  it("is reported as another hub's when it does not match this hub's public key, and left as it is", async () => {
    const { registry, keyStore } = testServices()
    await registry.invoke('hub:setup', jatimForm)
    const { keyStore: otherKeys, registry: otherRegistry } = testServices()
    await otherRegistry.invoke('hub:setup', { ...jatimForm, name: 'Hub lain' })
    copyFileSync(otherKeys.location, keyStore.location)
    const foreign = readFileSync(keyStore.location)

    expect(await notices(registry)).toEqual([{ kind: 'keyForeign', path: keyStore.location }])
    expect(await registry.invoke('hub:setup', jatimForm)).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_SET_UP' },
    })
    expect(readFileSync(keyStore.location).equals(foreign)).toBe(true)
  })
})

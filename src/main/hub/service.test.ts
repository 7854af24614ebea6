import { statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hubSetupInput } from '../../shared/hub'
import { appErrorFrom } from '../testing/errors'
import { testServices } from '../testing/database'
import { createFileKeyStore } from './keystore'
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

  it('creates the identity, owning itself, with a key kept outside the database', () => {
    const { services, keyStore, directory } = testServices()
    const identity = setUpHub(services.database, keyStore, jatim, new Date('2026-11-23T03:00:00Z'))
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
    expect(loadSigningKey(services.database, keyStore)).toMatch(/PRIVATE KEY/)
  })

  it('sets up a national instance without a province, in Jakarta time', () => {
    const { services, keyStore } = testServices()
    const identity = setUpHub(
      services.database,
      keyStore,
      hubSetupInput.parse({ role: 'national', name: 'Sekretariat Nasional Lokadaya' }),
    )
    expect(identity).toMatchObject({ role: 'national', provinceCode: null, timeZone: 'WIB', contactName: null })
  })

  it('refuses a second setup and keeps the first identity and key', () => {
    const { services, keyStore } = testServices()
    const first = setUpHub(services.database, keyStore, jatim)
    const key = keyStore.load()
    const error = appErrorFrom(() => setUpHub(services.database, keyStore, { ...jatim, name: 'Lain' }))
    expect(error.code).toBe('ALREADY_SET_UP')
    expect(hubStatus(services.database)).toEqual({ setUp: true, identity: first })
    expect(keyStore.load()).toBe(key)
  })

  it('refuses an unknown province, writing neither database row nor key', () => {
    const { services, keyStore } = testServices()
    const error = appErrorFrom(() =>
      setUpHub(services.database, keyStore, hubSetupInput.parse({ ...jatimForm, provinceCode: '99' })),
    )
    expect(error.code).toBe('VALIDATION')
    expect(error.fieldMessages?.provinceCode).toEqual({ key: 'validation.province.unknown', params: { code: '99' } })
    expect(services.database.sqlite.prepare('SELECT count(*) AS n FROM hubs').get()).toEqual({ n: 0 })
    expect(keyStore.load()).toBeNull()
  })

  it('removes the new key again when the database write fails', () => {
    const { services, keyStore } = testServices()
    services.database.sqlite.exec(
      `CREATE TRIGGER refuse BEFORE INSERT ON local_settings BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    )
    expect(() => setUpHub(services.database, keyStore, jatim)).toThrow(/disk full/)
    expect(keyStore.load()).toBeNull()
    expect(services.database.sqlite.prepare('SELECT count(*) AS n FROM hubs').get()).toEqual({ n: 0 })
  })

  it('refuses to sign with a key that does not belong to the hub', () => {
    const { services, keyStore, directory } = testServices()
    setUpHub(services.database, keyStore, jatim)
    const otherStore = createFileKeyStore(join(directory, 'other-key'))
    expect(appErrorFrom(() => loadSigningKey(services.database, otherStore)).code).toBe('KEY_MISSING')
    const { services: other, keyStore: otherKeys } = testServices()
    setUpHub(other.database, otherKeys, jatim)
    expect(appErrorFrom(() => loadSigningKey(services.database, otherKeys)).code).toBe('KEY_MISSING')
  })
})

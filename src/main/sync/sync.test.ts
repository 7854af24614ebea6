import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { organisations, people } from '../members/schema'
import { syncDigest } from './digest'
import { revokeKey } from './trust'
import { ownKey } from './keys'
import { addOrganisation, addPerson, exportFrom, importInto, joinInstance, newInstance, trust } from './testing'
import { syncWrite } from './write'

describe('sync between a province and the national instance', () => {
  it('merges a province bundle once; the same bundle again is a duplicate', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const national = await newInstance('Sekretariat Nasional', null)
    await trust(national, jatim)
    const organisation = addOrganisation(jatim, 'Yayasan Bina Desa', '35.19')
    addPerson(jatim, organisation, { name: 'Siti Rahayu', phone: '+6281234567890', consent: true })
    const bundle = await exportFrom(jatim)

    const first = importInto(national, bundle)
    expect(first).toMatchObject({ outcome: 'accepted', sequence: 1, signer: { name: 'Forum OMS Jawa Timur' } })
    expect(first.counts).toEqual({ new: 7, updated: 0, unchanged: 0, deleted: 0 })
    expect(syncDigest(national.database, jatim.identity.hubId)).toBe(syncDigest(jatim.database, jatim.identity.hubId))
    const before = syncDigest(national.database)
    expect(importInto(national, bundle)).toMatchObject({ outcome: 'duplicate' })
    expect(syncDigest(national.database)).toBe(before)
  })

  it('refuses a bundle from an unknown or revoked key, writing nothing', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const national = await newInstance('Sekretariat Nasional', null)
    addOrganisation(jatim, 'Yayasan Bina Desa', '35.19')
    const bundle = await exportFrom(jatim)
    const digest = syncDigest(national.database)
    expect(importInto(national, bundle)).toMatchObject({
      outcome: 'refused',
      reason: { key: 'sync.refused.unknownKey' },
    })
    await trust(national, jatim)
    revokeKey(national.database, ownKey(jatim.database, jatim.identity).keyId)
    expect(importInto(national, bundle)).toMatchObject({
      outcome: 'refused',
      reason: { key: 'sync.refused.revokedKey' },
    })
    expect(syncDigest(national.database)).toBe(digest)
  })

  it('withholds phone and e-mail of people without consent', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const national = await newInstance('Sekretariat Nasional', null)
    await trust(national, jatim)
    const organisation = addOrganisation(jatim, 'Yayasan Bina Desa', '35.19')
    const withConsent = addPerson(jatim, organisation, { name: 'Siti Rahayu', phone: '+6281234567890', consent: true })
    const without = addPerson(jatim, organisation, { name: 'Budi Santoso', phone: '+6281298765432' })
    importInto(national, await exportFrom(jatim))
    const phone = (id: string) =>
      national.database.orm.select({ phone: people.phone }).from(people).where(eq(people.id, id)).get()?.phone
    expect(phone(withConsent)).toBe('+6281234567890')
    expect(phone(without)).toBeNull()
  })

  it('refuses clocks more than a day ahead unless the operator accepts them', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35', Date.parse('2026-11-05T02:00:00Z'))
    const national = await newInstance('Sekretariat Nasional', null, Date.parse('2026-11-01T02:00:00Z'))
    await trust(national, jatim)
    addOrganisation(jatim, 'Yayasan Bina Desa', '35.19')
    const bundle = await exportFrom(jatim)
    const refused = importInto(national, bundle)
    expect(refused).toMatchObject({
      outcome: 'refused',
      reason: { key: 'sync.refused.clockAhead', params: { hours: 96 } },
    })
    expect(importInto(national, bundle, { acceptDrift: true })).toMatchObject({
      outcome: 'accepted',
      driftAccepted: true,
    })
  })
})

describe('instances of one hub', () => {
  it('keep concurrent edits of different fields, and pick one winner for the same field', async () => {
    const secretariat = await newInstance('Forum OMS Jawa Timur', '35')
    const organisation = addOrganisation(secretariat, 'Yayasan Bina Desa', '35.19')
    const laptop = await joinInstance(secretariat, 'laptop pelatih')
    const edit = (instance: typeof secretariat, values: Partial<typeof organisations.$inferInsert>) =>
      syncWrite(instance.database, (writer) => writer.update(organisations, organisation, values))
    secretariat.clock.now += 60_000
    laptop.clock.now += 120_000
    edit(secretariat, { acronym: 'YBD', notes: 'dari sekretariat' })
    edit(laptop, { phone: '+6281234567890', notes: 'dari laptop' })
    const toLaptop = await exportFrom(secretariat)
    const toSecretariat = await exportFrom(laptop)
    expect(importInto(laptop, toLaptop).outcome).toBe('accepted')
    expect(importInto(secretariat, toSecretariat).outcome).toBe('accepted')
    const row = (instance: typeof secretariat) =>
      instance.database.orm.select().from(organisations).where(eq(organisations.id, organisation)).get()
    expect(row(secretariat)).toMatchObject({ acronym: 'YBD', phone: '+6281234567890', notes: 'dari laptop' })
    expect(syncDigest(secretariat.database)).toBe(syncDigest(laptop.database))
  })
})

describe('deletes, rotation and acknowledgements', () => {
  it('keeps a row deleted when another instance edits it concurrently, until someone restores it', async () => {
    const secretariat = await newInstance('Forum OMS Jawa Timur', '35')
    const organisation = addOrganisation(secretariat, 'Yayasan Bina Desa', '35.19')
    const laptop = await joinInstance(secretariat, 'laptop pelatih')
    secretariat.clock.now += 60_000
    laptop.clock.now += 120_000
    syncWrite(secretariat.database, (writer) => writer.remove(organisations, organisation))
    syncWrite(laptop.database, (writer) => writer.update(organisations, organisation, { acronym: 'YBD' }))
    importInto(laptop, await exportFrom(secretariat))
    importInto(secretariat, await exportFrom(laptop))
    const row = (instance: typeof secretariat) =>
      instance.database.orm.select().from(organisations).where(eq(organisations.id, organisation)).get()
    for (const instance of [secretariat, laptop]) expect(row(instance)).toMatchObject({ acronym: 'YBD' })
    for (const instance of [secretariat, laptop]) expect(row(instance)?.deletedAt).not.toBeNull()
    laptop.clock.now += 60_000
    syncWrite(laptop.database, (writer) => writer.restore(organisations, organisation))
    expect(importInto(secretariat, await exportFrom(laptop)).outcome).toBe('accepted')
    expect(row(secretariat)?.deletedAt).toBeNull()
    expect(syncDigest(secretariat.database)).toBe(syncDigest(laptop.database))
  })

  it('follows a rotated key: the announcement enrols the new key, whose bundles then merge', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const national = await newInstance('Sekretariat Nasional', null)
    await trust(national, jatim)
    addOrganisation(jatim, 'Yayasan Bina Desa', '35.19')
    const oldKey = ownKey(jatim.database, jatim.identity).keyId
    const { rotateKey } = await import('./rotate')
    const announcement = `${jatim.directory}/rotation.lokadaya`
    const rotated = await rotateKey(jatim.database, jatim.keyStore, announcement, '0.0.0-test')
    expect(rotated.key.keyId).not.toBe(oldKey)
    expect(importInto(national, announcement).outcome).toBe('accepted')
    addOrganisation(jatim, 'Perkumpulan Tani Makmur', '35.19')
    expect(importInto(national, await exportFrom(jatim))).toMatchObject({ outcome: 'accepted', sequence: 1 })
    expect(syncDigest(national.database, jatim.identity.hubId)).toBe(syncDigest(jatim.database, jatim.identity.hubId))
  })

  it('exports only what the national instance has not acknowledged', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const national = await newInstance('Sekretariat Nasional', null)
    await trust(national, jatim)
    await trust(jatim, national)
    addOrganisation(jatim, 'Yayasan Bina Desa', '35.19')
    importInto(national, await exportFrom(jatim))
    const { writeAck } = await import('./ack')
    const ack = `${national.directory}/ack.lokadaya`
    await writeAck(national.database, national.keyStore, jatim.identity.hubId, ack, '0.0.0-test')
    expect(importInto(jatim, ack)).toMatchObject({ outcome: 'accepted', kind: 'ack' })
    addOrganisation(jatim, 'Perkumpulan Tani Makmur', '35.19')
    const second = importInto(national, await exportFrom(jatim))
    expect(second.counts).toEqual({ new: 2, updated: 0, unchanged: 0, deleted: 0 })
  })
})

import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { copCertificates, copParticipants } from '../cop/schema'
import { people } from '../members/schema'
import { recordConsent } from '../privacy/consent'
import { bundleRows } from '../privacy/carried'
import { writeAck } from '../sync/ack'
import { planExport } from '../sync/export'
import { syncedTableNamed } from '../sync/tables'
import { addOrganisation, addPerson, exportFrom, importInto, newInstance, trust, type Instance } from '../sync/testing'
import { syncWrite } from '../sync/write'
import { forgetMigrationsAfter } from '../testing/migrations'
import { createDb } from '.'

/** Every personal group of people and certificates releasing everything, as bundles did before 0010. */
function asBeforeConsent<T>(act: () => Promise<T>): Promise<T> {
  const groups = ['people', 'cop_certificates'].flatMap((name) => syncedTableNamed(name)?.declaration.personal ?? [])
  const kept = groups.map((group) => ({ ...group }))
  for (const group of groups) Object.assign(group, { releasedSql: '1', released: () => true })
  return act().finally(() => groups.forEach((group, index) => Object.assign(group, kept[index])))
}

function certify(instance: Instance, personId: string, holderName: string): void {
  syncWrite(instance.database, (writer) => {
    const participantId = writer.insert(copParticipants, { sessionId: 'tot-1', personId, status: 'present' })
    writer.insert(copCertificates, {
      participantId,
      code: `35-${holderName.slice(0, 4).toUpperCase()}-0000`,
      issuedOn: '2026-10-20',
      holderName,
      sessionTitle: 'ToT Penggalangan Sumber Daya Domestik',
    })
  })
}

/** Takes the instance's file back to 0010 (the 11th migration) and opens it again, as the upgrade does. */
function upgradedFrom0010(instance: Instance): Instance {
  forgetMigrationsAfter(instance.database.sqlite, 11)
  return upgradedAfterForgetting(instance)
}

function upgradedAfterForgetting(instance: Instance): Instance {
  instance.database.close()
  const database = createDb(instance.database.path, { clock: () => instance.clock.now })
  onTestFinished(() => database.close())
  return { ...instance, database }
}

/** The national team's next bundle tells the hub what it has applied. */
async function acknowledged(hub: Instance, national: Instance): Promise<void> {
  await trust(hub, national)
  const path = join(national.directory, `ack-${randomUUID()}.lokadaya`)
  await writeAck(national.database, national.keyStore, hub.identity.hubId, path, '0.0.0-test')
  expect(importInto(hub, path).outcome).toBe('accepted')
}

const nationalCopy = (national: Instance, sql: string) => national.database.sqlite.prepare(sql).pluck().all()

describe('migration 0011_privacy_upgrade', () => {
  it("sends again this hub's rows whose names no consent releases, and the national copy forgets them", async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const national = await newInstance('Sekretariat Nasional', null)
    await trust(national, jatim)
    const organisation = addOrganisation(jatim, 'Yayasan Bina Desa', '35.19')
    const siti = addPerson(jatim, organisation, { name: 'Siti Rahayu', phone: '+6281234567890', consent: true })
    const budi = addPerson(jatim, organisation, { name: 'Budi Santoso', phone: '+6285600001111', national: false })
    certify(jatim, siti, 'Siti Rahayu')
    certify(jatim, budi, 'Budi Santoso')
    await asBeforeConsent(async () => importInto(national, await exportFrom(jatim)))
    expect(nationalCopy(national, 'SELECT name FROM people ORDER BY name')).toEqual(['Budi Santoso', 'Siti Rahayu'])
    await acknowledged(jatim, national)
    expect(planExport(jatim.database).tables).toEqual({})

    const upgraded = upgradedFrom0010(jatim)
    const released = upgraded.database.sqlite
      .prepare('SELECT holder_name, holder_released FROM cop_certificates ORDER BY holder_name')
      .all()
    expect(released).toEqual([
      { holder_name: 'Budi Santoso', holder_released: 0 },
      { holder_name: 'Siti Rahayu', holder_released: 1 },
    ])
    // Budi and his certificate travel again, and nothing else does.
    const plan = planExport(upgraded.database)
    expect(plan.tables).toEqual({ people: 1, cop_certificates: 1 })
    expect(plan.withheld).toEqual([
      { table: 'people', columns: ['name', 'notes'], rows: 1 },
      { table: 'people', columns: ['phone', 'email'], rows: 1 },
      { table: 'cop_certificates', columns: ['holder_name'], rows: 1 },
    ])
    const bundle = await exportFrom(upgraded)
    expect(bundleRows(upgraded.database, bundle, 'people').map((row) => row.values.name)).toEqual([undefined])
    expect(importInto(national, bundle).outcome).toBe('accepted')
    await acknowledged(upgraded, national)
    expect(nationalCopy(national, 'SELECT name FROM people ORDER BY name')).toEqual(['', 'Siti Rahayu'])
    expect(nationalCopy(national, 'SELECT phone FROM people ORDER BY name')).toEqual([null, '+6281234567890'])
    expect(nationalCopy(national, 'SELECT holder_name FROM cop_certificates ORDER BY holder_name')).toEqual([
      '',
      'Siti Rahayu',
    ])
    // The counter went past what it sent: the next bundle carries nothing again.
    expect(planExport(upgraded.database).tables).toEqual({})
  })

  it("leaves other hubs' rows where they are: only the hub that holds the consent sends again", async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const national = await newInstance('Sekretariat Nasional', null)
    await trust(national, jatim)
    const organisation = addOrganisation(jatim, 'Yayasan Bina Desa', '35.19')
    addPerson(jatim, organisation, { name: 'Budi Santoso', national: false })
    await asBeforeConsent(async () => importInto(national, await exportFrom(jatim)))
    const counter = "SELECT value FROM local_settings WHERE key = 'sync_change_seq'"
    const before = [nationalCopy(national, 'SELECT change_seq FROM people'), nationalCopy(national, counter)]
    const upgraded = upgradedFrom0010(national)
    expect([nationalCopy(upgraded, 'SELECT change_seq FROM people'), nationalCopy(upgraded, counter)]).toEqual(before)
    expect(nationalCopy(upgraded, 'SELECT name FROM people')).toEqual(['Budi Santoso'])
  })
  it('takes back a contact flag ticked for someone under 18: no guardian gave it', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const organisation = addOrganisation(jatim, 'Yayasan Bina Desa', '35.19')
    const novi = addPerson(jatim, organisation, { name: 'Novi Lestari', phone: '+6285734145523', national: true })
    const budi = addPerson(jatim, organisation, { name: 'Budi Santoso', phone: '+6285600001111', national: true })
    forgetMigrationsAfter(jatim.database.sqlite, 11)
    // As data from before consent records holds it: the box ticked, Novi 15 at the time.
    jatim.database.sqlite
      .prepare(
        `UPDATE people SET consent = 1, consent_on = '2025-03-16', consent_purposes = '["contact","national"]',
          birth_year = CASE id WHEN ? THEN 2010 ELSE 1990 END`,
      )
      .run(novi)
    const upgraded = upgradedAfterForgetting(jatim)
    const row = (id: string) =>
      upgraded.database.sqlite
        .prepare('SELECT consent, consent_on AS consentOn, consent_purposes AS purposes FROM people WHERE id = ?')
        .get(id)
    expect(row(novi)).toEqual({ consent: 0, consentOn: null, purposes: '["national"]' })
    expect(row(budi)).toEqual({ consent: 1, consentOn: '2025-03-16', purposes: '["contact","national"]' })
    // Her phone no longer leaves the hub: she travels again without it.
    expect(planExport(upgraded.database, { full: false }).withheld).toContainEqual({
      table: 'people',
      columns: ['phone', 'email'],
      rows: 1,
    })

    // The flag of an adult counts, and is withdrawn like any consent.
    const withdrawn = { purposes: ['contact' as const], action: 'withdrawn' as const, recordedOn: '2026-11-02' }
    const by = { method: 'verbal' as const, recordedBy: 'Sri Wahyuni' }
    expect(() => recordConsent(upgraded.database, { personId: budi, ...withdrawn, ...by })).not.toThrow()
    expect(row(budi)).toEqual({ consent: 0, consentOn: null, purposes: '["national"]' })

    // A birth year corrected later tells the same about a flag ticked then, and about his consent
    // to share, recorded in January 2026 at 17 with no guardian.
    syncWrite(upgraded.database, (writer) => writer.update(people, budi, { birthYear: 2009 }))
    expect(row(budi)).toEqual({ consent: 0, consentOn: null, purposes: '[]' })
  })
})

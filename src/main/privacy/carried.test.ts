import { rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Result } from '../../shared/errors'
import type { BreachNotice, CarriedFile } from '../../shared/privacy'
import { writeBackup } from '../backup/write'
import { createAppRegistry } from '../handlers'
import { updateIdentity } from '../hub/service'
import { addOrganisation, addPerson, exportFrom, newInstance, trust } from '../sync/testing'
import { scriptedDialogs } from '../testing/dialogs'
import { breachNotice } from './breach'
import { carriedBy, peopleInBackup, peopleInBundle, peopleInPastBundle } from './carried'
import { erasePerson } from './erase'

/** A hub with three people: one shared and contactable, one shared only, one kept at the hub. */
async function jatimWithPeople() {
  const jatim = await newInstance('Forum OMS Jawa Timur', '35')
  const national = await newInstance('Sekretariat Nasional', null)
  await trust(national, jatim)
  const organisation = addOrganisation(jatim, 'Yayasan Bina Desa', '35.19')
  const siti = addPerson(jatim, organisation, { name: 'Siti Rahayu', phone: '+6281234567890', consent: true })
  const budi = addPerson(jatim, organisation, { name: 'Budi Santoso' })
  const rani = addPerson(jatim, organisation, { name: 'Rani Putri', phone: '+6285711112222', national: false })
  return { jatim, national, organisation, siti, budi, rani }
}

const lastBundleId = (context: Awaited<ReturnType<typeof jatimWithPeople>>) =>
  context.jatim.database.sqlite
    .prepare(`SELECT max(id) FROM sync_bundles WHERE direction = 'out'`)
    .pluck()
    .get() as number

describe('whose data a file carried', () => {
  it('reads a bundle: everyone in it, what identified them, and when this instance made it', async () => {
    const context = await jatimWithPeople()
    const { jatim, siti, budi, rani } = context
    const path = await exportFrom(jatim)
    const carried = carriedBy(jatim.database, path)
    expect(carried).toMatchObject({
      path,
      file: basename(path),
      kind: 'bundle',
      madeAt: '2026-11-01T02:00:00.000Z',
      bundleId: lastBundleId(context),
    })
    const oms = 'Yayasan Bina Desa'
    expect(carried.people).toEqual([
      { personId: siti, name: 'Siti Rahayu', organisationName: oms, identifying: true, fields: ['name', 'phone'] },
      { personId: budi, name: 'Budi Santoso', organisationName: oms, identifying: true, fields: ['name'] },
      { personId: rani, name: 'Rani Putri', organisationName: oms, identifying: false, fields: [] },
    ])
    expect(peopleInBundle(jatim.database, path)).toEqual(carried.people)
  })

  it('knows a past bundle whose file is gone from what was recorded when it was written', async () => {
    const context = await jatimWithPeople()
    const { jatim, siti, budi, rani } = context
    const path = await exportFrom(jatim)
    const fromFile = carriedBy(jatim.database, path).people
    rmSync(path)
    const past = peopleInPastBundle(jatim.database, lastBundleId(context))
    expect(past.bundle).toEqual({
      bundleId: lastBundleId(context),
      kind: 'changes',
      fileName: basename(path),
      createdAt: '2026-11-01T02:00:00.000Z',
    })
    expect(past.people.map(({ personId, identifying }) => ({ personId, identifying }))).toEqual(
      fromFile.map(({ personId, identifying }) => ({ personId, identifying })),
    )
    expect(past.people.map((person) => person.personId)).toEqual([siti, budi, rani])
    // Named and placed as this instance knows them now, as for a file at hand.
    expect(past.people.map(({ name, organisationName }) => ({ name, organisationName }))).toEqual(
      fromFile.map(({ name, organisationName }) => ({ name, organisationName })),
    )
    expect(() => peopleInPastBundle(jatim.database, 9999)).toThrow(/./)
  })

  it('reads a backup: every person in it, named or not, consent or not', async () => {
    const { jatim, siti, budi, rani } = await jatimWithPeople()
    const path = join(jatim.directory, 'cadangan.lokadaya-backup')
    await writeBackup(jatim.database, path, { appVersion: '0.0.0-test' })
    erasePerson(jatim.database, budi)
    const carried = carriedBy(jatim.database, path)
    expect(carried).toMatchObject({ kind: 'backup', file: 'cadangan.lokadaya-backup', bundleId: null })
    expect(carried.madeAt).toBe('2026-11-01T02:00:00.000Z')
    // Budi was erased since: the hub no longer holds his name, but the lost backup did. His OMS stays.
    const oms = 'Yayasan Bina Desa'
    expect(carried.people).toEqual([
      { personId: siti, name: 'Siti Rahayu', organisationName: oms, identifying: true, fields: ['name', 'phone'] },
      { personId: budi, name: '', organisationName: oms, identifying: true, fields: ['name'] },
      { personId: rani, name: 'Rani Putri', organisationName: oms, identifying: true, fields: ['name', 'phone'] },
    ])
    expect(peopleInBackup(jatim.database, path).people).toEqual(carried.people)
  })

  it('refuses a file that is neither a bundle nor a backup', async () => {
    const { jatim } = await jatimWithPeople()
    const path = join(jatim.directory, 'bukan.lokadaya')
    writeFileSync(path, 'bukan paket')
    expect(() => carriedBy(jatim.database, path)).toThrow(expect.objectContaining({ code: 'VALIDATION' }))
  })
})

describe('the notice of a lost file', () => {
  it('names the file, when it was made, how many people, what is done, whom to contact and the 3×24 hours', async () => {
    const context = await jatimWithPeople()
    const { jatim } = context
    updateIdentity(jatim.database, {
      name: 'Forum OMS Jawa Timur',
      contactName: 'Ibu Ratna',
      contactPhone: '0812-3456-7890',
      contactEmail: 'sekretariat@forumjatim.or.id',
    })
    const path = await exportFrom(jatim)
    rmSync(path)
    jatim.clock.now = Date.parse('2026-11-03T01:15:00Z')
    const { notice, people, source, file } = breachNotice(jatim.database, { bundleId: lastBundleId(context) })
    expect({ source, file, count: people.length }).toEqual({ source: 'history', file: basename(path), count: 3 })
    expect(notice).toContain('PEMBERITAHUAN KEGAGALAN PELINDUNGAN DATA PRIBADI')
    expect(notice).toContain(`"${basename(path)}" milik Forum OMS Jawa Timur, dibuat 1 Nov 2026 09.00 WIB, hilang`)
    expect(notice).toContain('Data 3 orang: jenis kelamin, tahun lahir, peran, dan OMS setiap orang. Bagi 2 orang')
    expect(notice).toContain('Upaya penanganan dan pemulihan')
    expect(notice).toContain('Forum OMS Jawa Timur: Ibu Ratna, 0812-3456-7890, sekretariat@forumjatim.or.id')
    expect(notice).toContain('paling lambat 3×24 jam')
    expect(notice).toContain('tenggatnya 6 Nov 2026 08.15 WIB')
    expect(notice).toContain('Pasal 46 UU No. 27 Tahun 2022')
  })

  it('counts a bundle file’s contactable people, and a backup’s everyone', async () => {
    const { jatim } = await jatimWithPeople()
    const bundle = await exportFrom(jatim)
    const fromBundle = breachNotice(jatim.database, { path: bundle })
    expect(fromBundle.source).toBe('bundle')
    expect(fromBundle.notice).toContain('juga nama dan catatan; nomor telepon dan e-mail ikut bagi 1 orang')
    expect(fromBundle.notice).toContain('[isi nama, telepon, dan e-mail yang dapat dihubungi]')

    const backup = join(jatim.directory, 'cadangan.lokadaya-backup')
    await writeBackup(jatim.database, backup, { appVersion: '0.0.0-test' })
    const fromBackup = breachNotice(jatim.database, { path: backup })
    expect(fromBackup.source).toBe('backup')
    expect(fromBackup.notice).toContain('Berkas cadangan Lokadaya Hub "cadangan.lokadaya-backup"')
    expect(fromBackup.notice).toContain('data 3 orang (3 di antaranya dengan nama)')
  })

  it('asks for a phone or e-mail to contact when the hub has a contact name only, never doubling a word', async () => {
    const { jatim } = await jatimWithPeople()
    const hub = { name: 'Sekretariat OMS Jawa Timur', contactName: 'Ibu Ratna', contactPhone: null, contactEmail: null }
    updateIdentity(jatim.database, hub)
    const bundle = await exportFrom(jatim)
    const { notice } = breachNotice(jatim.database, { path: bundle })
    expect(notice).toContain(
      'Hubungi\nSekretariat OMS Jawa Timur: [isi nama, telepon, dan e-mail yang dapat dihubungi]',
    )
    expect(notice).not.toMatch(/sekretariat sekretariat/i)

    updateIdentity(jatim.database, { ...hub, contactEmail: 'oms@jatim.or.id' })
    expect(breachNotice(jatim.database, { path: bundle }).notice).toContain(
      'Sekretariat OMS Jawa Timur: Ibu Ratna, oms@jatim.or.id',
    )
    // A phone as the hub's settings store it, written as on a name card.
    updateIdentity(jatim.database, { ...hub, contactPhone: '+6281234567890' })
    expect(breachNotice(jatim.database, { path: bundle }).notice).toContain(
      'Sekretariat OMS Jawa Timur: Ibu Ratna, +62 812-3456-7890',
    )
  })

  it('privacy:carried asks for the file and answers null when cancelled; privacy:breachNotice takes either', async () => {
    const context = await jatimWithPeople()
    const { jatim } = context
    const dialogs = scriptedDialogs()
    const registry = createAppRegistry(
      { database: jatim.database, keyStore: jatim.keyStore, appVersion: 'test', files: dialogs },
      () => {},
    )
    const invoke = async <T>(channel: string, input?: unknown) => {
      const result = (await registry.invoke(channel, input)) as Result<T>
      if (!result.ok) throw new Error(result.error.message)
      return result.value
    }
    expect(await invoke('privacy:carried')).toBeNull()
    const path = await exportFrom(jatim)
    dialogs.answerOpen([path])
    const carried = await invoke<CarriedFile>('privacy:carried')
    expect(carried).toMatchObject({ kind: 'bundle', bundleId: lastBundleId(context) })
    expect(carried.people).toHaveLength(3)
    expect(dialogs.asked).toEqual([{ kind: 'carrier' }, { kind: 'carrier' }])
    const byPath = await invoke<BreachNotice>('privacy:breachNotice', { path: carried.path })
    const byId = await invoke<BreachNotice>('privacy:breachNotice', { bundleId: carried.bundleId })
    expect(byPath.people.map((person) => person.personId)).toEqual(byId.people.map((person) => person.personId))
    expect(byId.notice).toContain('Data 3 orang')
    expect(await registry.invoke('privacy:breachNotice', { path: 'relatif.lokadaya' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    })
  })
})

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import type { Channel, InputOf, OutputOf } from '../../shared/contract'
import type { ErrorPayload } from '../../shared/errors'
import { createDb } from '../db'
import { createAppRegistry } from '../handlers'
import { fingerprint } from '../hub/keys'
import { scriptedDialogs } from '../testing/dialogs'
import { cloneInstance } from './forge'
import { recordBundle } from './history'
import { parseKeyFile } from './key-file'
import { ownKey } from './keys'
import { addOrganisation, addPerson, exportFrom, keyFileOf, newInstance, trust, type Instance } from './testing'

/** An instance's handlers as the screen calls them, with file dialogs the test answers. */
function screenOf(instance: Instance) {
  const dialogs = scriptedDialogs()
  const registry = createAppRegistry(
    { database: instance.database, keyStore: instance.keyStore, appVersion: '0.0.0-test', files: dialogs },
    () => {},
  )
  async function call<C extends Channel>(
    channel: C,
    ...input: InputOf<C> extends undefined ? [] : [InputOf<C>]
  ): Promise<OutputOf<C>> {
    const result = await registry.invoke(channel, input[0])
    if (!result.ok) throw Object.assign(new Error(result.error.message), { payload: result.error })
    return result.value as OutputOf<C>
  }
  async function failure<C extends Channel>(
    channel: C,
    ...input: InputOf<C> extends undefined ? [] : [InputOf<C>]
  ): Promise<ErrorPayload> {
    const result = await registry.invoke(channel, input[0])
    if (result.ok) throw new Error(`${channel} succeeded`)
    return result.error
  }
  const file = (name: string) => join(instance.directory, name)
  return { dialogs, call, failure, file }
}

const fingerprintOf = (instance: Instance) => fingerprint(ownKey(instance.database, instance.identity).publicKey)

async function keyFileIn(sender: Instance, directory: string): Promise<string> {
  const path = join(directory, `${sender.identity.hubId}.lokadaya-key`)
  writeFileSync(path, await keyFileOf(sender))
  return path
}

describe('sending from a province', () => {
  it('says what the bundle will hold, then writes it where the user saved it', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const organisation = addOrganisation(jatim, 'Yayasan Bina Desa', '35.19')
    addPerson(jatim, organisation, { name: 'Siti Rahayu', phone: '+6281234567890', consent: true })
    addPerson(jatim, organisation, { name: 'Budi Santoso', phone: '+6281298765432' })
    const screen = screenOf(jatim)

    const plan = await screen.call('sync:exportPlan', { full: false })
    expect(plan).toMatchObject({ full: false, coversFrom: 0, peopleWithheld: 1 })
    expect(plan.tables).toMatchObject({ hubs: 1, organisations: 1, people: 2, affiliations: 2 })
    expect(plan.withheld).toEqual([{ table: 'people', columns: ['phone', 'email'], rows: 1 }])
    expect(plan.personalFields).toEqual([
      'people.name',
      'people.notes',
      'people.phone',
      'people.email',
      'consent_records.proof_sha256',
      'stories.title',
      'stories.narrative',
      'stories.before',
      'stories.after',
      'stories.photos',
      'supporters.contact_person',
      'supporters.phone',
      'supporters.email',
      'supporters.address',
      'cop_certificates.holder_name',
    ])

    screen.dialogs.answerSave(screen.file('out.lokadaya'))
    const report = await screen.call('sync:export', { full: false })
    expect(report).toMatchObject({ file: 'out.lokadaya', sequence: 1, peopleWithheld: 1 })
    expect(readFileSync(screen.file('out.lokadaya')).subarray(0, 8).toString()).toBe('LOKADAYA')
    expect(screen.dialogs.asked).toEqual([{ kind: 'bundle', suggestedName: 'paket-jawa-timur-2026-11-01.lokadaya' }])

    const [entry] = await screen.call('sync:history')
    expect(entry).toMatchObject({ direction: 'out', outcome: 'exported', sequence: 1, exportedRows: 10 })
    expect(entry?.party).toBe('Forum OMS Jawa Timur')
  })

  it('does nothing when the save dialog is cancelled', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const screen = screenOf(jatim)
    await expect(screen.call('sync:export', { full: true })).resolves.toBeNull()
    await expect(screen.call('sync:rotateKey')).resolves.toBeNull()
    await expect(screen.call('sync:exportKeyFile')).resolves.toBeNull()
    expect(await screen.call('sync:history')).toEqual([])
  })

  it('never writes over its own database or signing key', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const screen = screenOf(jatim)
    screen.dialogs.answerSave(jatim.database.path)
    screen.dialogs.answerSave(`${jatim.database.path}.signing-key`)
    for (let attempt = 0; attempt < 2; attempt++)
      expect(await screen.failure('sync:export', { full: false })).toMatchObject({
        code: 'VALIDATION',
        message: expect.stringContaining('berkas milik hub ini sendiri'),
      })
    expect(await screen.call('sync:history')).toEqual([])
  })

  it('says before any dialog that a database it may only read records no bundle', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const readOnly = createDb(jatim.database.path, { canWrite: (target) => target !== jatim.database.path })
    onTestFinished(() => readOnly.close())
    const screen = screenOf({ ...jatim, database: readOnly })
    expect(await screen.failure('sync:export', { full: false })).toMatchObject({ code: 'READ_ONLY' })
    expect(await screen.failure('sync:writeAck', { hubId: jatim.identity.hubId })).toMatchObject({ code: 'READ_ONLY' })
    // An import would fail at its first write, and be said as a damaged file: refused before the dialog.
    expect(await screen.failure('sync:pickBundles')).toMatchObject({ code: 'READ_ONLY' })
    const bundle = await exportFrom(jatim)
    expect(await screen.failure('sync:importBundle', { path: bundle, acceptDrift: false })).toMatchObject({
      code: 'READ_ONLY',
    })
    expect(screen.dialogs.asked).toEqual([])
  })

  it('says that a bundle chosen for import was made here, but never of an alarm', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    // The same database copied to a laptop signs with the same key.
    const copy = cloneInstance(jatim, 'salinan di laptop')
    addOrganisation(jatim, 'Yayasan Bina Desa', '35.19')
    addOrganisation(copy, 'Perkumpulan Nelayan Puger', '35.09')
    const screen = screenOf(jatim)
    screen.dialogs.answerSave(screen.file('paket.lokadaya'))
    await screen.call('sync:export', { full: false })
    expect(
      await screen.call('sync:importBundle', { path: screen.file('paket.lokadaya'), acceptDrift: false }),
    ).toMatchObject({ outcome: 'duplicate', madeHere: true })
    expect((await screen.call('sync:history'))[0]).toMatchObject({ direction: 'in', madeHere: true })

    // The laptop's bundle 1 holds other changes than ours: an alarm, whoever's key signed it.
    const copied = await exportFrom(copy)
    expect(await screen.call('sync:importBundle', { path: copied, acceptDrift: false })).toMatchObject({
      alarm: true,
      madeHere: false,
    })
    expect((await screen.call('sync:history'))[0]).toMatchObject({ outcome: 'alarm', madeHere: false })
  })

  it('saves its public key file for the national team, with the fingerprint to read aloud', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const screen = screenOf(jatim)
    screen.dialogs.answerSave(screen.file('kunci.lokadaya-key'))
    const saved = await screen.call('sync:exportKeyFile')
    expect(saved).toEqual({ file: 'kunci.lokadaya-key', fingerprint: fingerprintOf(jatim) })
    expect(parseKeyFile(readFileSync(screen.file('kunci.lokadaya-key'), 'utf8'))).toMatchObject({
      hubId: jatim.identity.hubId,
      provinceCode: '35',
    })
    expect(screen.dialogs.asked[0]).toEqual({ kind: 'key', suggestedName: 'kunci-jawa-timur.lokadaya-key' })
  })

  it('rotates its key: a bundle announces the new key, which then is its own', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const screen = screenOf(jatim)
    const before = await screen.call('sync:keys')
    screen.dialogs.answerSave(screen.file('rotasi.lokadaya'))
    const rotation = await screen.call('sync:rotateKey')
    expect(rotation?.bundle).toMatchObject({ file: 'rotasi.lokadaya', sequence: 1 })
    const after = await screen.call('sync:keys')
    expect(after.own.keyId).toBe(rotation?.key.keyId)
    expect(after.own.keyId).not.toBe(before.own.keyId)
    expect(after.keys.find((key) => key.keyId === before.own.keyId)?.status).toBe('retired')
  })
})

describe('receiving at the national instance', () => {
  it('reads a key file, and enrols it only with the fingerprint the sender reads out', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const national = await newInstance('Sekretariat Nasional', null)
    const screen = screenOf(national)
    const path = await keyFileIn(jatim, national.directory)

    screen.dialogs.answerOpen([path])
    const choice = await screen.call('sync:pickKeyFile')
    expect(choice).toMatchObject({
      path,
      key: { name: 'Forum OMS Jawa Timur', role: 'hub', provinceCode: '35', fingerprint: fingerprintOf(jatim) },
      known: null,
    })

    const wrong = fingerprintOf(jatim).replace(/^\d/, (digit) => String((Number(digit) + 1) % 10))
    expect(await screen.failure('sync:enrolKey', { path, fingerprint: wrong })).toMatchObject({
      message: expect.stringContaining('Sidik jari tidak cocok'),
    })
    expect((await screen.call('sync:keys')).keys).toHaveLength(1)

    const enrolled = await screen.call('sync:enrolKey', { path, fingerprint: fingerprintOf(jatim).replace(/ /g, '') })
    expect(enrolled).toMatchObject({ name: 'Forum OMS Jawa Timur', status: 'trusted' })
    screen.dialogs.answerOpen([path])
    expect(await screen.call('sync:pickKeyFile')).toMatchObject({ known: 'trusted' })

    expect(await screen.call('sync:revokeKey', { keyId: enrolled.keyId })).toMatchObject({ status: 'revoked' })
  })

  it('sends a key file chosen for import to the trusted keys, recording nothing', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const national = await newInstance('Sekretariat Nasional', null)
    const screen = screenOf(national)
    const path = await keyFileIn(jatim, national.directory)
    expect(await screen.failure('sync:importBundle', { path, acceptDrift: false })).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('adalah berkas kunci publik, bukan paket. Daftarkan kunci itu'),
    })
    expect(await screen.call('sync:history')).toEqual([])
  })

  it('says what is wrong with a file that is not a key file', async () => {
    const national = await newInstance('Sekretariat Nasional', null)
    const screen = screenOf(national)
    writeFileSync(screen.file('notes.txt'), 'kunci? bukan')
    screen.dialogs.answerOpen([screen.file('notes.txt')])
    expect(await screen.failure('sync:pickKeyFile')).toMatchObject({
      message: 'Berkas kunci tidak dapat dipakai: not a Lokadaya Hub public key file.',
    })
    await expect(screen.call('sync:pickKeyFile')).resolves.toBeNull()
  })

  it('imports the bundles chosen, one at a time, and refuses what is not a file', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const national = await newInstance('Sekretariat Nasional', null)
    await trust(national, jatim)
    addOrganisation(jatim, 'Yayasan Bina Desa', '35.19')
    const bundle = await exportFrom(jatim)
    const screen = screenOf(national)

    screen.dialogs.answerOpen([bundle])
    expect(await screen.call('sync:pickBundles')).toEqual([bundle])
    const report = await screen.call('sync:importBundle', { path: bundle, acceptDrift: false })
    expect(report).toMatchObject({
      outcome: 'accepted',
      counts: { new: 3 },
      signer: { provinceCode: '35' },
      madeHere: false,
    })
    expect(await screen.call('sync:importBundle', { path: bundle, acceptDrift: false })).toMatchObject({
      outcome: 'duplicate',
    })

    mkdirSync(screen.file('folder.lokadaya'))
    expect(
      await screen.failure('sync:importBundle', { path: screen.file('folder.lokadaya'), acceptDrift: false }),
    ).toMatchObject({
      message: '"folder.lokadaya" bukan berkas (mungkin folder). Pilih berkas paket atau berkas kunci.',
    })
    expect(
      await screen.failure('sync:importBundle', { path: screen.file('gone.lokadaya'), acceptDrift: false }),
    ).toMatchObject({ message: expect.stringContaining('"gone.lokadaya" tidak ditemukan') })
    // What a browser gives for a dropped file it cannot place on disk.
    expect(await screen.failure('sync:importBundle', { path: 'bundle.lokadaya', acceptDrift: false })).toMatchObject({
      message: expect.stringContaining('Letak berkas "bundle.lokadaya" di komputer ini tidak diketahui'),
    })
    expect(await screen.failure('sync:importBundle', { path: '', acceptDrift: false })).toMatchObject({
      code: 'VALIDATION',
    })

    const history = await screen.call('sync:history')
    expect(history.map((entry) => entry.outcome)).toEqual(['duplicate', 'accepted'])
    expect(history[1]).toMatchObject({ party: 'Forum OMS Jawa Timur', provinceCode: '35', merged: { new: 3 } })
  })

  it('lists a refusal in the history with its reason', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const national = await newInstance('Sekretariat Nasional', null)
    const bundle = await exportFrom(jatim)
    const screen = screenOf(national)
    expect(await screen.call('sync:importBundle', { path: bundle, acceptDrift: false })).toMatchObject({
      outcome: 'refused',
      reason: { key: 'sync.refused.unknownKey' },
    })
    const [entry] = await screen.call('sync:history')
    expect(entry).toMatchObject({ direction: 'in', outcome: 'refused', party: null, merged: null })
    expect(entry?.reason?.key).toBe('sync.refused.unknownKey')
  })

  it('follows every province: last bundle and its age, totals, gaps and alarms', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const national = await newInstance('Sekretariat Nasional', null)
    await trust(national, jatim)
    const organisation = addOrganisation(jatim, 'Yayasan Bina Desa', '35.19')
    addOrganisation(jatim, 'Perkumpulan Nelayan Puger', '35.09')
    addPerson(jatim, organisation, { name: 'Siti Rahayu' })
    const screen = screenOf(national)
    await screen.call('sync:importBundle', { path: await exportFrom(jatim), acceptDrift: false })

    const provinces = await screen.call('sync:provinces')
    expect(provinces).toHaveLength(38)
    expect(provinces.find((province) => province.code === '11')).toEqual({ code: '11', name: 'Aceh', hubs: [] })
    const row = provinces.find((province) => province.code === '35')
    expect(row?.name).toBe('Jawa Timur')
    expect(row?.hubs).toEqual([
      {
        hubId: jatim.identity.hubId,
        name: 'Forum OMS Jawa Timur',
        lastBundle: { sequence: 1, createdAt: '2026-11-01T02:00:00.000Z', recordedAt: '2026-11-01T02:00:00.000Z' },
        ageDays: 0,
        stale: false,
        gaps: [],
        organisations: 2,
        people: 1,
        alarms: 0,
      },
    ])

    // Bundle 3 arrived, carrying the changes after 2, and a bundle reusing a sequence was refused.
    const keyId = ownKey(jatim.database, jatim.identity).keyId
    const arrived = { direction: 'in', kind: 'changes', keyId, hubId: jatim.identity.hubId } as const
    recordBundle(national.database, { ...arrived, outcome: 'accepted', sequence: 3, coversFrom: 2 })
    recordBundle(national.database, { ...arrived, outcome: 'alarm', sequence: 1 })
    national.clock.now += 15 * 24 * 60 * 60 * 1000
    const later = (await screen.call('sync:provinces')).find((province) => province.code === '35')
    expect(later?.hubs[0]).toMatchObject({ ageDays: 15, stale: true, gaps: [2], alarms: 1 })
  })

  it('writes an acknowledgement for a hub, which the hub then imports', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const national = await newInstance('Sekretariat Nasional', null)
    await trust(national, jatim)
    await trust(jatim, national)
    const screen = screenOf(national)
    await screen.call('sync:importBundle', { path: await exportFrom(jatim), acceptDrift: false })

    screen.dialogs.answerSave(screen.file('ack.lokadaya'))
    const ack = await screen.call('sync:writeAck', { hubId: jatim.identity.hubId })
    expect(ack).toMatchObject({ file: 'ack.lokadaya', keys: [{ appliedThrough: 1, gaps: [] }] })
    expect(screen.dialogs.asked[0]?.suggestedName).toBe('tanda-terima-jawa-timur-2026-11-01.lokadaya')
    expect((await screen.call('sync:history'))[0]).toMatchObject({
      direction: 'out',
      kind: 'ack',
      party: 'Forum OMS Jawa Timur',
    })

    const atJatim = await screenOf(jatim).call('sync:importBundle', {
      path: screen.file('ack.lokadaya'),
      acceptDrift: false,
    })
    expect(atJatim).toMatchObject({ outcome: 'accepted', kind: 'ack' })
    expect(await screenOf(jatim).call('sync:exportPlan', { full: false })).toMatchObject({ coversFrom: 1, tables: {} })
  })
})

import { closeSync, copyFileSync, existsSync, openSync, readdirSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it, onTestFinished } from 'vitest'
import { putAttachment, readAttachment } from '../attachments/store'
import { createDb } from '../db'
import { generateHubKeyPair, publicKeyOf } from '../hub/keys'
import { createFileKeyStore } from '../hub/keystore'
import { loadSigningKey } from '../hub/service'
import { syncDigest } from '../sync/digest'
import { findKey, ownKey } from '../sync/keys'
import { addOrganisation, exportFrom, importInto, newInstance, trust, type Instance } from '../sync/testing'
import { appErrorFrom } from '../testing/errors'
import { inspectBackup } from './inspect'
import { finishInterruptedRestore, restoreBackup } from './restore'
import { contentHash } from './testing'
import { writeBackup } from './write'

const HOUR = 3_600_000
const PASSPHRASE = 'sawah hijau di kaki gunung'

/** Damage as a failing disk does it: a run of pages overwritten with garbage. */
function overwrite(path: string, at: number, length: number) {
  const fd = openSync(path, 'r+')
  writeSync(fd, Buffer.alloc(length, 0x5a), 0, length, at)
  closeSync(fd)
}

async function backUp(instance: Instance, name = 'cadangan.lokadaya-backup') {
  const path = join(instance.directory, name)
  await writeBackup(instance.database, path, { appVersion: '0.0.0-test' })
  return path
}

/** Closes the instance, restores, and opens the result in its place with the same clock. */
async function restore(instance: Instance, backupPath: string, passphrase?: string) {
  const databasePath = instance.database.path
  instance.database.close()
  const report = await restoreBackup({
    databasePath,
    backupPath,
    keyStore: instance.keyStore,
    appVersion: '0.0.0-test',
    safetyFolder: instance.directory,
    ...(passphrase !== undefined && { passphrase }),
  })
  const database = createDb(databasePath, { clock: () => instance.clock.now })
  onTestFinished(() => database.close())
  instance.database = database
  return report
}

describe('restoring a backup', () => {
  it('brings back the data as backed up, attachments too, after backing up what it replaces', async () => {
    const hub = await newInstance('Forum OMS Jawa Timur', '35')
    addOrganisation(hub, 'Yayasan Bina Desa', '35.19')
    const photo = Buffer.from('\x89PNG foto kegiatan')
    const sha256 = putAttachment(hub.database, photo)
    const backup = await backUp(hub)
    const backedUp = syncDigest(hub.database)
    hub.clock.now += HOUR
    addOrganisation(hub, 'KSM Makmur Sentosa', '35.19')
    const replaced = contentHash(hub.database.sqlite)

    const report = await restore(hub, backup)

    expect(syncDigest(hub.database)).toBe(backedUp)
    expect(readAttachment(hub.database, sha256)).toEqual(photo)
    expect(hub.database.sqlite.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'backup_%'`).all()).toEqual([])
    expect(hub.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    const safety = new Database(report.safetyBackup!, { readonly: true })
    expect(contentHash(safety)).toBe(replaced)
    safety.close()
    expect(report.restored).toMatchObject({ hubId: hub.identity.hubId, hubName: 'Forum OMS Jawa Timur' })
    expect(report.restored.counts.organisations).toBe(1)
    expect(readdirSync(hub.directory).filter((name) => /restoring|staged/.test(name))).toEqual([])
  })

  it('makes a new instance of the hub: new key and instance id, the old key retired, and the key file to match', async () => {
    const hub = await newInstance('Forum OMS Jawa Timur', '35')
    const old = ownKey(hub.database, hub.identity)
    const backup = await backUp(hub)

    const report = await restore(hub, backup)

    const key = ownKey(hub.database, hub.identity)
    expect(key.keyId).toBe(report.keyId)
    expect(key.keyId).not.toBe(old.keyId)
    expect(key.instanceId).not.toBe(old.instanceId)
    expect(key.lastSequence).toBe(0)
    expect(findKey(hub.database, old.keyId)?.status).toBe('retired')
    expect(publicKeyOf(await loadSigningKey(hub.database, hub.keyStore))).toBe(key.publicKey)
    // The old private key is moved aside by the key store, never deleted.
    expect(readdirSync(hub.directory).some((name) => name.startsWith('hub.db.signing-key.replaced-'))).toBe(true)
  })

  it('is accepted by the national instance without a clone alarm, and retires the old key there', async () => {
    const hub = await newInstance('Forum OMS Jawa Timur', '35')
    const national = await newInstance('Sekretariat Nasional', null)
    await trust(national, hub)
    addOrganisation(hub, 'Yayasan Bina Desa', '35.19')
    expect(importInto(national, await exportFrom(hub)).outcome).toBe('accepted')
    const backup = await backUp(hub)
    hub.clock.now += HOUR
    addOrganisation(hub, 'KSM Makmur Sentosa', '35.19')
    // Sent after the backup, from the PC that is then lost.
    expect(importInto(national, await exportFrom(hub)).outcome).toBe('accepted')
    const lostPc = join(hub.directory, 'lost.db')
    await hub.database.sqlite.backup(lostPc)
    copyFileSync(`${hub.database.path}.signing-key`, `${lostPc}.signing-key`)
    const old = ownKey(hub.database, hub.identity)

    await restore(hub, backup)
    hub.clock.now += HOUR
    addOrganisation(hub, 'Perkumpulan Sumber Air', '35.19')
    const first = await exportFrom(hub)
    // Unknown until the national team enrols the new key by its fingerprint.
    expect(importInto(national, first)).toMatchObject({ outcome: 'refused', alarm: false })
    await trust(national, hub)
    const accepted = importInto(national, first)
    expect(accepted).toMatchObject({ outcome: 'accepted', alarm: false, sequence: 1 })
    expect(findKey(national.database, old.keyId)).toMatchObject({ status: 'retired', lastValidSequence: 2 })
    const names = national.database.sqlite
      .prepare(`SELECT name FROM organisations WHERE hub_id = ? ORDER BY name`)
      .pluck()
      .all(hub.identity.hubId)
    expect(names).toEqual(['KSM Makmur Sentosa', 'Perkumpulan Sumber Air', 'Yayasan Bina Desa'])

    // The lost PC (or whoever has it) signs nothing more that the national instance takes.
    const lost = {
      ...hub,
      database: createDb(lostPc, { clock: () => hub.clock.now }),
      keyStore: createFileKeyStore(`${lostPc}.signing-key`),
    }
    onTestFinished(() => lost.database.close())
    addOrganisation(lost, 'Data dari PC yang hilang', '35.19')
    const late = await exportFrom(lost)
    expect(importInto(national, late)).toMatchObject({ outcome: 'refused', reason: { key: 'sync.refused.retiredKey' } })
  })

  it('with the key the backup carried, the old key vouches for the new one: no fingerprint call', async () => {
    const hub = await newInstance('Forum OMS Jawa Timur', '35')
    const national = await newInstance('Sekretariat Nasional', null)
    await trust(national, hub)
    const old = ownKey(hub.database, hub.identity)
    const backup = join(hub.directory, 'dengan-kunci.lokadaya-backup')
    await writeBackup(hub.database, backup, {
      appVersion: '0.0.0-test',
      key: { store: hub.keyStore, passphrase: PASSPHRASE },
    })

    const report = await restore(hub, backup, PASSPHRASE)

    expect(report.endorsed).toBe(true)
    addOrganisation(hub, 'Yayasan Bina Desa', '35.19')
    const first = await exportFrom(hub)
    expect(importInto(national, first)).toMatchObject({ outcome: 'accepted', alarm: false })
    expect(findKey(national.database, report.keyId)?.status).toBe('trusted')
    expect(findKey(national.database, old.keyId)?.status).toBe('retired')
    expect(importInto(national, first).outcome).toBe('duplicate')
  })

  it('an endorsement by a key the receiver does not trust, or one altered, vouches for nothing', async () => {
    const hub = await newInstance('Forum OMS Jawa Timur', '35')
    const national = await newInstance('Sekretariat Nasional', null)
    const backup = join(hub.directory, 'dengan-kunci.lokadaya-backup')
    await writeBackup(hub.database, backup, {
      appVersion: '0.0.0-test',
      key: { store: hub.keyStore, passphrase: PASSPHRASE },
    })
    await restore(hub, backup, PASSPHRASE)
    const unknown = importInto(national, await exportFrom(hub))
    expect(unknown).toMatchObject({ outcome: 'refused', reason: { key: 'sync.refused.unknownKey' } })

    const other = await newInstance('Forum OMS Jawa Timur', '35')
    await trust(national, other)
    const endorsement = JSON.parse(
      hub.database.sqlite
        .prepare(`SELECT value FROM local_settings WHERE key = 'key_endorsement'`)
        .pluck()
        .get() as string,
    ) as { by: string }
    // Vouched for by a key the national instance does trust, but the signature is not that key's.
    endorsement.by = ownKey(other.database, other.identity).keyId
    hub.database.sqlite
      .prepare(`UPDATE local_settings SET value = ? WHERE key = 'key_endorsement'`)
      .run(JSON.stringify(endorsement))
    const altered = importInto(national, await exportFrom(hub))
    expect(altered).toMatchObject({ outcome: 'refused', reason: { key: 'sync.refused.unknownKey' } })
  })

  it("counts a national instance's records by all it holds: they belong to the provinces", async () => {
    const hub = await newInstance('Forum OMS Jawa Timur', '35')
    const national = await newInstance('Sekretariat Nasional', null)
    await trust(national, hub)
    addOrganisation(hub, 'Yayasan Bina Desa', '35.19')
    expect(importInto(national, await exportFrom(hub)).outcome).toBe('accepted')
    expect(inspectBackup(await backUp(national)).counts.organisations).toBe(1)
    expect(inspectBackup(await backUp(hub)).counts.organisations).toBe(1)
  })

  it('sets up a new PC from a backup when there is no database yet', async () => {
    const hub = await newInstance('Forum OMS Jawa Timur', '35')
    addOrganisation(hub, 'Yayasan Bina Desa', '35.19')
    const backup = await backUp(hub)
    const digest = syncDigest(hub.database)
    const fresh = await newInstance('Kosong', '35')
    fresh.database.close()
    const databasePath = join(fresh.directory, 'baru.db')
    const keyStore = createFileKeyStore(`${databasePath}.signing-key`)
    const report = await restoreBackup({
      databasePath,
      backupPath: backup,
      keyStore,
      appVersion: '0.0.0-test',
      safetyFolder: fresh.directory,
    })
    expect(report.safetyBackup).toBeNull()
    const restored = createDb(databasePath)
    onTestFinished(() => restored.close())
    expect(syncDigest(restored)).toBe(digest)
    expect(publicKeyOf(await loadSigningKey(restored, keyStore))).toBe(ownKey(restored, hub.identity).publicKey)
  })

  it('keeps a damaged database aside, journal and all, and restores in its place', async () => {
    const hub = await newInstance('Forum OMS Jawa Timur', '35')
    addOrganisation(hub, 'Yayasan Bina Desa', '35.19')
    const backup = await backUp(hub)
    const digest = syncDigest(hub.database)
    const path = hub.database.path
    hub.database.close()
    overwrite(path, 4096 * 2, 4096 * 4)
    const report = await restore(hub, backup)
    expect(report.damagedCopy).not.toBeNull()
    expect(existsSync(report.damagedCopy!)).toBe(true)
    expect(syncDigest(hub.database)).toBe(digest)
  })
})

describe('a restore refuses, changing nothing', () => {
  async function refusal(backupOf: (hub: Instance) => Promise<string>, passphrase?: string) {
    const hub = await newInstance('Forum OMS Jawa Timur', '35')
    addOrganisation(hub, 'Yayasan Bina Desa', '35.19')
    const backupPath = await backupOf(hub)
    const before = contentHash(hub.database.sqlite)
    hub.database.close()
    const error = await appErrorFrom(() =>
      restoreBackup({
        databasePath: hub.database.path,
        backupPath,
        keyStore: hub.keyStore,
        appVersion: '0.0.0-test',
        safetyFolder: hub.directory,
        ...(passphrase !== undefined && { passphrase }),
      }),
    )
    const after = createDb(hub.database.path)
    onTestFinished(() => after.close())
    expect(contentHash(after.sqlite)).toBe(before)
    expect(readdirSync(hub.directory).filter((name) => /restoring|staged/.test(name))).toEqual([])
    return error.userMessage
  }

  it('a file that is no backup: a plain database, or not SQLite at all', async () => {
    expect(await refusal(async (hub) => hub.database.path)).toMatchObject({ key: 'restore.notBackup' })
    expect(
      await refusal(async (hub) => {
        const path = join(hub.directory, 'foto.lokadaya-backup')
        writeFileSync(path, 'bukan cadangan')
        return path
      }),
    ).toMatchObject({ key: 'restore.notBackup' })
  })

  it('a damaged backup', async () => {
    const message = await refusal(async (hub) => {
      const path = await backUp(hub)
      overwrite(path, Math.floor(statSync(path).size / 4096 / 2) * 4096, 4096)
      return path
    })
    expect(message.key).toMatch(/^restore\.(backupDamaged|notBackup)$/)
  })

  it('a wrong passphrase for the key in the backup, or a passphrase for a backup without a key', async () => {
    const withKey = async (hub: Instance) => {
      const path = join(hub.directory, 'dengan-kunci.lokadaya-backup')
      await writeBackup(hub.database, path, {
        appVersion: '0.0.0-test',
        key: { store: hub.keyStore, passphrase: PASSPHRASE },
      })
      return path
    }
    expect(await refusal(withKey, 'kata sandi yang keliru')).toMatchObject({ key: 'backup.passphraseWrong' })
    expect(await refusal((hub) => backUp(hub), PASSPHRASE)).toMatchObject({ key: 'restore.noKey' })
  })

  it("another hub's backup over this hub", async () => {
    const message = await refusal(async () => {
      const other = await newInstance('Forum OMS Bali', '51')
      return backUp(other)
    })
    expect(message).toMatchObject({
      key: 'restore.otherHub',
      params: { backupHub: 'Forum OMS Bali', currentHub: 'Forum OMS Jawa Timur' },
    })
  })
})

describe('a restore killed midway is finished at the next start', () => {
  it('drops a staged key while the old database is in place, and promotes it once the restored one is', async () => {
    const hub = await newInstance('Forum OMS Jawa Timur', '35')
    const path = hub.database.path
    const current = await loadSigningKey(hub.database, hub.keyStore)
    hub.database.close()
    writeFileSync(`${path}.0f8e.restoring`, 'setengah jadi')
    await hub.keyStore.stage(generateHubKeyPair().privateKeyPem)
    await finishInterruptedRestore(path, hub.keyStore)
    expect(await hub.keyStore.load()).toBe(current)
    expect(await hub.keyStore.loadStaged()).toBeNull()
    expect(existsSync(`${path}.0f8e.restoring`)).toBe(false)

    const next = generateHubKeyPair()
    const sqlite = new Database(path)
    sqlite.prepare(`UPDATE sync_keys SET public_key = ? WHERE status = 'self'`).run(next.publicKey)
    sqlite.close()
    await hub.keyStore.stage(next.privateKeyPem)
    await finishInterruptedRestore(path, hub.keyStore)
    expect(await hub.keyStore.load()).toBe(next.privateKeyPem)
    expect(await hub.keyStore.loadStaged()).toBeNull()
  })
})

import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it, onTestFinished } from 'vitest'
import { putAttachment } from '../attachments/store'
import { jawaTimurServices } from '../members/records/testing'
import { appErrorFrom } from '../testing/errors'
import { openKey } from './key-envelope'
import { contentHash } from './testing'
import { BACKUP_FORMAT, writeBackup } from './write'

const opened = (path: string) => {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true })
  onTestFinished(() => {
    sqlite.close()
  })
  return sqlite
}

async function hubWithRecords() {
  const context = await jawaTimurServices()
  for (const name of ['Yayasan Bina Desa', 'KSM Makmur Sentosa'])
    await context.registry.invoke('members:createOrganisation', { name, regencyCode: '35.19' })
  const photo = Buffer.from('\x89PNG\r\n\x1a\n bukan foto sungguhan')
  const sha256 = putAttachment(context.database, photo)
  return { ...context, photo, sha256 }
}

describe('a backup', () => {
  it('is one checked file holding every table and the attachments, for its owner only, with no key unless asked', async () => {
    const { database, directory, photo, sha256, hub } = await hubWithRecords()
    const steps: [number, number][] = []
    const out = join(directory, 'cadangan', 'hub-2026-05-18.lokadaya-backup')
    mkdirSync(join(directory, 'cadangan'))
    const made = await writeBackup(database, out, { appVersion: '1.2.3', onProgress: (...step) => steps.push(step) })
    expect(made).toMatchObject({ path: out, attachments: 1, attachmentsMissing: 0, withKey: false })
    expect(statSync(out).mode & 0o777).toBe(0o600)
    expect(readdirSync(join(directory, 'cadangan'))).toEqual(['hub-2026-05-18.lokadaya-backup'])
    const copy = opened(out)
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete')
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(copy.prepare('SELECT format, app_version, hub_id, key FROM backup_info').get()).toEqual({
      format: BACKUP_FORMAT,
      app_version: '1.2.3',
      hub_id: hub.hubId,
      key: null,
    })
    expect(copy.prepare('SELECT bytes FROM backup_attachments WHERE sha256 = ?').pluck().get(sha256)).toEqual(photo)
    expect(contentHash(copy)).toBe(contentHash(database.sqlite))
    expect(steps.at(-1)?.[0]).toBe(steps.at(-1)?.[1])
    expect(steps.length).toBeGreaterThan(1)
  })

  it('carries the signing key only sealed under the passphrase', async () => {
    const { database, directory, keyStore } = await hubWithRecords()
    const out = join(directory, 'dengan-kunci.lokadaya-backup')
    const passphrase = 'sawah hijau di kaki gunung'
    const made = await writeBackup(database, out, { appVersion: '1.2.3', key: { store: keyStore, passphrase } })
    expect(made.withKey).toBe(true)
    const key = (await keyStore.load())!
    const envelope = opened(out).prepare('SELECT key FROM backup_info').pluck().get() as string
    expect(envelope).not.toContain(key.split('\n')[1])
    expect(await openKey(JSON.parse(envelope), passphrase)).toBe(key)
  })

  it('is consistent as of its end while the app keeps writing between its steps', async () => {
    const { database, directory, registry } = await hubWithRecords()
    let finished = false
    let written = 0
    const writes = (async () => {
      while (!finished) {
        await new Promise((resolve) => setImmediate(resolve))
        if (finished) break
        await registry.invoke('members:createOrganisation', { name: `OMS Baru ${written}`, regencyCode: '35.77' })
        written += 1
      }
    })()
    const out = join(directory, 'sambil-menulis.lokadaya-backup')
    await writeBackup(database, out, { appVersion: '1.2.3' }).finally(() => (finished = true))
    await writes
    expect(written).toBeGreaterThan(2)
    const copy = opened(out)
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(copy.prepare(`SELECT count(*) FROM organisations WHERE name LIKE 'OMS Baru %'`).pluck().get()).toBe(written)
    expect(contentHash(copy)).toBe(contentHash(database.sqlite))
  })

  it('never overwrites: not a file already there, not the hub’s own files', async () => {
    const { database, directory } = await hubWithRecords()
    const taken = join(directory, 'kemarin.lokadaya-backup')
    writeFileSync(taken, 'cadangan kemarin')
    const exists = await appErrorFrom(() => writeBackup(database, taken, { appVersion: '1' }))
    expect([exists.code, exists.userMessage.key]).toEqual(['VALIDATION', 'backup.targetExists'])
    for (const own of [
      database.path,
      `${database.path}-wal`,
      `${database.path}.signing-key`,
      `${database.path}.lock`,
    ]) {
      const refused = await appErrorFrom(() => writeBackup(database, own, { appVersion: '1' }))
      expect(refused.userMessage.key).toBe('backup.targetIsHubFile')
    }
  })

  it('tells a folder that is gone (a USB stick pulled out) and leaves nothing behind', async () => {
    const { database, directory } = await hubWithRecords()
    const gone = join(directory, 'usb-dicabut', 'cadangan.lokadaya-backup')
    const failure = await appErrorFrom(() => writeBackup(database, gone, { appVersion: '1' }))
    expect([failure.code, failure.userMessage.key]).toEqual(['INTERNAL', 'backup.folderMissing'])
    expect(failure.userMessage.params).toMatchObject({ path: gone, detail: 'ENOENT' })
    expect(existsSync(join(directory, 'usb-dicabut'))).toBe(false)
  })

  it('refuses a passphrase too short before writing anything', async () => {
    const { database, directory, keyStore } = await hubWithRecords()
    const out = join(directory, 'pendek.lokadaya-backup')
    const refused = await appErrorFrom(() =>
      writeBackup(database, out, { appVersion: '1', key: { store: keyStore, passphrase: 'pendek' } }),
    )
    expect(refused.userMessage.key).toBe('backup.passphraseShort')
    expect(readdirSync(directory).filter((name) => name.includes('pendek'))).toEqual([])
  })
})

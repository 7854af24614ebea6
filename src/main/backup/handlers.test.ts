import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { BackupDone, BackupEntry, BackupProgress, BackupSettings, BackupStatus } from '../../shared/backup'
import { openKey } from './key-envelope'
import { HOUR, hubWithBackupFolder, start } from './testing-hub'

describe('backup settings', () => {
  it('start with no folder, and a chosen folder turns the daily schedule on', async () => {
    const hub = await hubWithBackupFolder()
    expect(await hub.value<BackupSettings>('backup:settings')).toEqual({
      folder: null,
      scheduled: true,
      retention: { daily: 7, weekly: 4, monthly: 12 },
      last: null,
      failure: null,
    })
    const chosen = await hub.chooseFolder()
    expect(chosen).toMatchObject({ folder: hub.folder, scheduled: true })
    expect(hub.dialogs.asked).toEqual([{ kind: 'folder' }])
    expect(await hub.value<BackupStatus>('backup:status')).toMatchObject({
      folderSet: true,
      overdue: true,
      nextDueAt: new Date(start).toISOString(),
    })
  })

  it('keep the folder when the dialog is cancelled, and the schedule off once turned off', async () => {
    const hub = await hubWithBackupFolder()
    await hub.chooseFolder()
    expect(await hub.value('backup:chooseFolder')).toBeNull()
    const off = await hub.value<BackupSettings>('backup:setSchedule', { scheduled: false })
    expect(off).toMatchObject({ folder: hub.folder, scheduled: false })
    expect(await hub.value<BackupStatus>('backup:status')).toMatchObject({ scheduled: false, nextDueAt: null })
    const refused = await hub.call('backup:setSchedule', { scheduled: 'ya' })
    expect(refused.ok).toBe(false)
  })
})

describe('a backup now', () => {
  it('writes the file, reports its progress, lists it and dates the home screen’s age', async () => {
    const hub = await hubWithBackupFolder()
    await hub.chooseFolder()
    const seen: (BackupProgress | null)[] = []
    const running = hub.value<BackupDone>('backup:run', {})
    // The copy steps through the event loop, so a poll gets in while it runs.
    seen.push(await hub.value<BackupProgress | null>('backup:progress'))
    const done = await running
    expect(seen[0]).not.toBeNull()
    expect(await hub.value('backup:progress')).toBeNull()
    expect(done).toMatchObject({ withKey: false, removed: 0 })
    expect(done.file).toMatch(/^cadangan-forum-oms-jawa-timur-[0-9a-f]{8}-2026-12-01-1530\.lokadaya-backup$/)
    expect(readdirSync(hub.folder)).toEqual([done.file])

    const list = await hub.value<BackupEntry[]>('backup:list')
    expect(list).toEqual([{ file: done.file, takenAt: '2026-12-01T08:30:00.000Z', bytes: done.bytes }])
    expect((await hub.value<BackupSettings>('backup:settings')).last).toEqual({
      at: new Date(start).toISOString(),
      path: join(hub.folder, done.file),
      file: done.file,
      bytes: done.bytes,
    })
    hub.clock.now = start + 3 * 24 * HOUR + HOUR
    expect(await hub.value<BackupStatus>('backup:status')).toMatchObject({
      lastAt: new Date(start).toISOString(),
      ageHours: 73,
      overdue: true,
      nextDueAt: new Date(start + 24 * HOUR).toISOString(),
      failure: null,
    })
  })

  it('carries the key only when a passphrase is typed for it, and stores the passphrase nowhere', async () => {
    const hub = await hubWithBackupFolder()
    await hub.chooseFolder()
    const passphrase = 'kopi tubruk di pagi hari'
    const done = await hub.value<BackupDone>('backup:run', { passphrase })
    expect(done.withKey).toBe(true)
    const copy = new Database(join(hub.folder, done.file), { readonly: true })
    const sealed = copy.prepare('SELECT key FROM backup_info').pluck().get() as string
    copy.close()
    expect(await openKey(JSON.parse(sealed), passphrase)).toContain('PRIVATE KEY')
    const settings = hub.services.database.sqlite.prepare('SELECT value FROM local_settings').pluck().all()
    expect(settings.join('\n')).not.toContain(passphrase)

    const short = await hub.call('backup:run', { passphrase: 'pendek' })
    expect(!short.ok && short.error.message).toMatch(/minimal 10 karakter/)
    expect((await hub.value<BackupSettings>('backup:settings')).failure).toBeNull()
  })

  it('asks for a folder first', async () => {
    const hub = await hubWithBackupFolder()
    const result = await hub.call('backup:run', {})
    expect(!result.ok && result.error.message).toBe(
      'Belum ada folder cadangan. Pilih folder cadangan dulu di Pengaturan.',
    )
  })

  it('never runs two at once', async () => {
    const hub = await hubWithBackupFolder()
    await hub.chooseFolder()
    const first = hub.call('backup:run', {})
    const second = await hub.call('backup:run', {})
    expect(!second.ok && second.error.message).toMatch(/sedang dibuat/)
    expect((await first).ok).toBe(true)
    expect(readdirSync(hub.folder)).toHaveLength(1)
  })

  it('says a folder that is gone is gone, keeps the earlier backup and records the failure', async () => {
    const hub = await hubWithBackupFolder()
    await hub.chooseFolder()
    const earlier = await hub.value<BackupDone>('backup:run', {})
    const kept = join(hub.folder, earlier.file)
    const elsewhere = `${hub.folder}-dicabut`
    renameSync(hub.folder, elsewhere)
    hub.clock.now += 24 * HOUR
    const failed = await hub.call('backup:run', {})
    expect(!failed.ok && failed.error.message).toMatch(
      /^Folder cadangan .*usb tidak ditemukan\. Bila cadangan disimpan di disk USB/,
    )
    renameSync(elsewhere, hub.folder)
    expect(existsSync(kept)).toBe(true)
    const settings = await hub.value<BackupSettings>('backup:settings')
    expect(settings.last?.file).toBe(earlier.file)
    expect(settings.failure).toEqual({
      at: new Date(hub.clock.now).toISOString(),
      message: !failed.ok && failed.error.message,
    })
    expect(await hub.value<BackupEntry[]>('backup:list')).toHaveLength(1)

    await hub.value('settings:setLanguage', { language: 'en' })
    expect((await hub.value<BackupStatus>('backup:status')).failure?.message).toMatch(
      /^The backup folder .* was not found/,
    )
    await hub.value('backup:run', {})
    expect((await hub.value<BackupStatus>('backup:status')).failure).toBeNull()
  })

  it('lists nothing from a folder that is gone, rather than failing', async () => {
    const hub = await hubWithBackupFolder()
    await hub.chooseFolder()
    rmSync(hub.folder, { recursive: true })
    expect(await hub.value('backup:list')).toEqual([])
  })
})

import { readdirSync, rmSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { BackupSettings } from '../../shared/backup'
import { createDb } from '../db'
import { readSetting, writeSetting } from '../settings/service'
import { startScheduledBackups } from './auto'
import { HOUR, hubWithBackupFolder, start } from './testing-hub'
import { backUpBeforeUpgrade } from './upgrade'

describe('a backup before an upgrade', () => {
  it('is taken into the folder when another version opened the database last', async () => {
    const hub = await hubWithBackupFolder()
    await hub.chooseFolder()
    const { database } = hub.services
    writeSetting(database.orm, 'backup_app_version', '0.1.0')
    const errors: unknown[] = []
    const reopened = createDb(database.path, {
      clock: () => start,
      beforeMigrations: backUpBeforeUpgrade('0.2.0', (error) => errors.push(error)),
    })
    try {
      expect(errors).toEqual([])
      expect(readdirSync(hub.folder)).toHaveLength(1)
      expect(readSetting(reopened.orm, 'backup_app_version')).toBe('0.2.0')
    } finally {
      reopened.close()
    }
    const again = createDb(database.path, {
      beforeMigrations: backUpBeforeUpgrade('0.2.0', (error) => errors.push(error)),
    })
    again.close()
    expect(readdirSync(hub.folder)).toHaveLength(1)
  })

  it('is taken when migrations are pending, and only remembers the version without a folder', async () => {
    const hub = await hubWithBackupFolder()
    const { database } = hub.services
    const hook = backUpBeforeUpgrade('0.2.0', () => {})
    hook(database, true)
    expect(readSetting(database.orm, 'backup_app_version')).toBe('0.2.0')
    expect(readdirSync(hub.folder)).toEqual([])
    await hub.chooseFolder()
    hook(database, true)
    expect(readdirSync(hub.folder)).toHaveLength(1)
    expect((await hub.value<BackupSettings>('backup:settings')).last).not.toBeNull()
  })

  it('does not stop the upgrade when the folder is gone, and records why', async () => {
    const hub = await hubWithBackupFolder()
    await hub.chooseFolder()
    rmSync(hub.folder, { recursive: true })
    const errors: unknown[] = []
    backUpBeforeUpgrade('0.2.0', (error) => errors.push(error))(hub.services.database, true)
    expect(errors).toHaveLength(1)
    expect((await hub.value<BackupSettings>('backup:settings')).failure?.message).toMatch(/tidak ditemukan/)
  })
})

describe('scheduled backups while the app runs', () => {
  it('take one at start when due, then none until a day has passed', async () => {
    const hub = await hubWithBackupFolder()
    await hub.chooseFolder()
    const schedule = startScheduledBackups(hub.services, () => {})
    try {
      await schedule.check()
      await schedule.check()
      expect(readdirSync(hub.folder)).toHaveLength(1)
      hub.clock.now += 24 * HOUR
      await schedule.check()
      expect(readdirSync(hub.folder)).toHaveLength(2)
    } finally {
      schedule.stop()
    }
  })

  it('take none with the schedule off', async () => {
    const hub = await hubWithBackupFolder()
    await hub.chooseFolder()
    await hub.value('backup:setSchedule', { scheduled: false })
    const schedule = startScheduledBackups(hub.services, () => {})
    await schedule.check()
    schedule.stop()
    expect(readdirSync(hub.folder)).toEqual([])
  })
})

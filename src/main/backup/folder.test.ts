import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { jawaTimurServices } from '../members/records/testing'
import { appErrorFrom } from '../testing/errors'
import { backUpToFolder, listBackups } from './folder'

// 1 December 2026, 08:30 UTC: 15.30 WIB in Surabaya.
const start = Date.UTC(2026, 11, 1, 8, 30)

async function hubAt(clock: { now: number }) {
  const context = await jawaTimurServices({ clock: () => clock.now })
  const folder = join(context.directory, 'usb')
  mkdirSync(folder)
  return { ...context, folder }
}

describe('backups into the backup folder', () => {
  it('are named by the hub, its id and its wall clock, and a second in one minute gets a number', async () => {
    const clock = { now: start }
    const { database, folder, hub } = await hubAt(clock)
    await backUpToFolder(database, folder, { appVersion: '1' })
    await backUpToFolder(database, folder, { appVersion: '1' })
    const prefix = `cadangan-forum-oms-jawa-timur-${hub.hubId.slice(0, 8)}-2026-12-01-1530`
    expect(readdirSync(folder).sort()).toEqual([`${prefix}-2.lokadaya-backup`, `${prefix}.lokadaya-backup`])
    expect(listBackups(database, folder).map((backup) => backup.takenAt)).toEqual([
      '2026-12-01T15:30',
      '2026-12-01T15:30',
    ])
  })

  it('prune the folder to the retention policy, and leave other files and other hubs’ backups alone', async () => {
    const clock = { now: start }
    const { database, folder } = await hubAt(clock)
    writeFileSync(join(folder, 'catatan.txt'), 'milik pengguna')
    writeFileSync(join(folder, 'cadangan-hub-lain-01234567-2020-01-01-0800.lokadaya-backup'), 'hub lain')
    const removed: string[] = []
    for (let day = 0; day < 10; day += 1) {
      clock.now = start + day * 86_400_000
      removed.push(
        ...(await backUpToFolder(database, folder, { appVersion: '1', retention: { daily: 3, weekly: 0, monthly: 0 } }))
          .removed,
      )
    }
    expect(
      listBackups(database, folder)
        .map((backup) => backup.takenAt.slice(0, 10))
        .sort(),
    ).toEqual(['2026-12-08', '2026-12-09', '2026-12-10'])
    expect(removed).toHaveLength(7)
    expect(readdirSync(folder)).toContain('catatan.txt')
    expect(readdirSync(folder)).toContain('cadangan-hub-lain-01234567-2020-01-01-0800.lokadaya-backup')
  })

  it('remove nothing when the new backup fails', async () => {
    const clock = { now: start }
    const { database, folder } = await hubAt(clock)
    await backUpToFolder(database, folder, { appVersion: '1', retention: { daily: 1, weekly: 0, monthly: 0 } })
    clock.now += 86_400_000
    const before = readdirSync(folder)
    // The USB disk is unplugged: its folder is gone, and nothing may be pruned anywhere.
    renameSync(folder, `${folder}-dicabut`)
    const failure = await appErrorFrom(() => backUpToFolder(database, folder, { appVersion: '1' }))
    expect(failure.userMessage.key).toBe('backup.folderMissing')
    renameSync(`${folder}-dicabut`, folder)
    expect(readdirSync(folder)).toEqual(before)
    expect(before).toHaveLength(1)
  })
})

import { readdirSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import type { BackupDone, BackupSettings } from '../../shared/backup'
import * as files from '../db/files'
import { HOUR, hubWithBackupFolder } from './testing-hub'

// Tests run as root, whom no folder refuses: the refusal is injected where the file is created.
vi.mock('../db/files', async (original) => {
  const actual = await original<typeof files>()
  return { ...actual, createPrivateFile: vi.fn(actual.createPrivateFile) }
})

const failing = (code: string) =>
  vi.mocked(files.createPrivateFile).mockImplementationOnce(() => {
    throw Object.assign(new Error(`${code}: refused`), { code })
  })

describe('a backup the folder refuses', () => {
  it.each([
    ['EROFS', /^Folder cadangan .*usb tidak dapat ditulisi \(hanya-baca/],
    ['EACCES', /^Folder cadangan .*usb tidak dapat ditulisi/],
    ['ENOSPC', /^Disk tempat folder cadangan .*usb sudah penuh/],
    ['EIO', /^Cadangan tidak dapat ditulis di .* \(EIO\)\. Cadangan sebelumnya tetap utuh/],
  ])('(%s) says so specifically, keeps the earlier backup and leaves no partial file', async (code, message) => {
    const hub = await hubWithBackupFolder()
    await hub.chooseFolder()
    const earlier = await hub.value<BackupDone>('backup:run', {})
    hub.clock.now += 24 * HOUR
    failing(code)
    const result = await hub.call('backup:run', {})
    expect(!result.ok && result.error.message).toMatch(message)
    expect(readdirSync(hub.folder)).toEqual([earlier.file])
    const settings = await hub.value<BackupSettings>('backup:settings')
    expect(settings.last?.file).toBe(earlier.file)
    expect(settings.failure?.message).toMatch(message)
    expect(hub.services.database.sqlite.pragma('quick_check', { simple: true })).toBe('ok')
  })
})

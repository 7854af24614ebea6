import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Logger } from './log'

const updater = vi.hoisted(() => {
  const listeners = new Map<string, (error: Error) => void>()
  return {
    listeners,
    autoUpdater: {
      logger: null as unknown,
      on: vi.fn((name: string, listener: (error: Error) => void) => listeners.set(name, listener)),
      checkForUpdates: vi.fn(async () => null as unknown),
    },
  }
})
vi.mock('electron-updater', () => ({ autoUpdater: updater.autoUpdater }))

const { CHECK_INTERVAL_MS, startUpdater, updatesDisabledReason } = await import('./updater')

const withFeed = mkdtempSync(join(tmpdir(), 'lokadaya-resources-'))
writeFileSync(join(withFeed, 'app-update.yml'), 'provider: generic\nurl: https://updates.example/\n')
const withoutFeed = mkdtempSync(join(tmpdir(), 'lokadaya-resources-'))
afterAll(() => [withFeed, withoutFeed].forEach((dir) => rmSync(dir, { recursive: true, force: true })))

const packagedWindows = { isPackaged: true, platform: 'win32', resourcesPath: withFeed, appImage: undefined } as const
const log = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() } satisfies Logger

describe('updatesDisabledReason', () => {
  it('enables updates for packaged Windows and AppImage builds with a feed', () => {
    expect(updatesDisabledReason(packagedWindows)).toBeNull()
    expect(
      updatesDisabledReason({ ...packagedWindows, platform: 'linux', appImage: '/home/hub/Lokadaya.AppImage' }),
    ).toBeNull()
  })

  it.each([
    ['development builds', { isPackaged: false }, /not a packaged build/],
    ['builds without a feed', { resourcesPath: withoutFeed }, /no update feed/],
    ['.deb installs', { platform: 'linux' }, /package manager/],
    ['macOS', { platform: 'darwin' }, /no update support for darwin/],
  ] as const)('disables them for %s', (_, change, reason) => {
    expect(updatesDisabledReason({ ...packagedWindows, ...change })).toMatch(reason)
  })
})

describe('startUpdater', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.clearAllMocks()
    updater.listeners.clear()
    return () => vi.useRealTimers()
  })

  it('does nothing but log why when updates are off', () => {
    startUpdater({ ...packagedWindows, isPackaged: false }, log)
    expect(updater.autoUpdater.checkForUpdates).not.toHaveBeenCalled()
    expect(log.info).toHaveBeenCalledWith('updates off: not a packaged build')
  })

  it('never checks in an installer built without a feed (npm run package, not package:release)', () => {
    startUpdater({ ...packagedWindows, resourcesPath: withoutFeed }, log)
    vi.advanceTimersByTime(CHECK_INTERVAL_MS)
    expect(updater.autoUpdater.checkForUpdates).not.toHaveBeenCalled()
    expect(updater.autoUpdater.on).not.toHaveBeenCalled()
    expect(log.info).toHaveBeenCalledWith('updates off: no update feed configured at build time')
  })

  it('checks at start and periodically until stopped', () => {
    const stop = startUpdater(packagedWindows, log)
    expect(updater.autoUpdater.checkForUpdates).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(CHECK_INTERVAL_MS)
    expect(updater.autoUpdater.checkForUpdates).toHaveBeenCalledTimes(2)
    stop()
    vi.advanceTimersByTime(CHECK_INTERVAL_MS * 3)
    expect(updater.autoUpdater.checkForUpdates).toHaveBeenCalledTimes(2)
  })

  it('only logs failures, whether rejected or emitted', async () => {
    updater.autoUpdater.checkForUpdates.mockRejectedValueOnce(new Error('net::ERR_INTERNET_DISCONNECTED'))
    startUpdater(packagedWindows, log)
    await vi.waitFor(() => expect(log.warn).toHaveBeenCalledWith('update check failed', expect.any(Error)))
    updater.listeners.get('error')?.(new Error('sha512 checksum mismatch'))
    expect(log.warn).toHaveBeenCalledWith(
      'update failed',
      expect.objectContaining({ message: 'sha512 checksum mismatch' }),
    )
    expect(log.error).not.toHaveBeenCalled()
  })
})

import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { autoUpdater } from 'electron-updater'
import type { Logger } from './log'

export interface UpdaterContext {
  isPackaged: boolean
  platform: NodeJS.Platform
  /** process.resourcesPath: electron-builder writes the feed to app-update.yml there. */
  resourcesPath: string
  /** Set by the AppImage runtime; absent for .deb installs. */
  appImage: string | undefined
}

/** Hubs are often offline for days: checking a few times a day is plenty. */
export const CHECK_INTERVAL_MS = 6 * 60 * 60 * 1000

/** Why updates are off here, or null when the app should update itself. */
export function updatesDisabledReason({
  isPackaged,
  platform,
  resourcesPath,
  appImage,
}: UpdaterContext): string | null {
  if (!isPackaged) return 'not a packaged build'
  if (!existsSync(join(resourcesPath, 'app-update.yml'))) return 'no update feed configured at build time'
  // A .deb belongs to the system package manager; updating it would need an administrator password.
  if (platform === 'linux' && !appImage) return 'installed from a system package; the package manager updates it'
  if (platform !== 'win32' && platform !== 'linux') return `no update support for ${platform}`
  return null
}

/**
 * Downloads updates in the background and installs them when the app quits. Every failure is only
 * logged: a hub without connectivity must never see an error because of it. Returns a stop function.
 */
export function startUpdater(context: UpdaterContext, log: Logger): () => void {
  const reason = updatesDisabledReason(context)
  if (reason) {
    log.info(`updates off: ${reason}`)
    return () => {}
  }
  autoUpdater.logger = {
    info: (message: unknown) => log.info(`updater: ${String(message)}`),
    warn: (message: unknown) => log.warn(`updater: ${String(message)}`),
    error: (message: unknown) => log.warn('updater', message),
    debug: (message: string) => log.debug(`updater: ${message}`),
  }
  // Without a listener, the updater's 'error' event would throw in the main process.
  autoUpdater.on('error', (error) => log.warn('update failed', error))
  const check = () =>
    void autoUpdater.checkForUpdates().catch((error: unknown) => log.warn('update check failed', error))
  check()
  const timer = setInterval(check, CHECK_INTERVAL_MS)
  return () => clearInterval(timer)
}

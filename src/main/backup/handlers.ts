import { isAbsolute } from 'node:path'
import type { HandlerRegistry } from '../ipc/registry'
import { backupProgress, backUpNow } from './run'
import { writeBackupChoice } from './settings'
import { backupList, backupSettings, backupStatus } from './view'

/** Backups into a folder of the user's choosing: its settings, a backup now with progress, the list. */
export function registerBackupHandlers(registry: HandlerRegistry): void {
  registry.register('backup:settings', (_, services) => backupSettings(services))
  registry.register('backup:chooseFolder', async (_, services) => {
    const folder = await services.files.chooseFolder()
    if (folder === null || !isAbsolute(folder)) return null
    writeBackupChoice(services.database.orm, { folder })
    return backupSettings(services)
  })
  registry.register('backup:setSchedule', ({ scheduled }, services) => {
    writeBackupChoice(services.database.orm, { scheduled })
    return backupSettings(services)
  })
  registry.register('backup:run', ({ passphrase }, services) => backUpNow(services, passphrase || undefined))
  registry.register('backup:progress', (_, { database }) => backupProgress(database))
  registry.register('backup:list', (_, services) => backupList(services))
  registry.register('backup:status', (_, services) => backupStatus(services))
}

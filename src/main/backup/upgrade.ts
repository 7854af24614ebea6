import { basename } from 'node:path'
import { AppError } from '../../shared/errors'
import type { AppDatabase } from '../db'
import { hubStatus } from '../hub/service'
import { readSetting, writeSetting } from '../settings/service'
import { backUpToFolderAtOnce } from './folder'
import { readBackupChoice, recordBackup, recordBackupFailure } from './settings'

/**
 * createDb's `beforeMigrations`: when this version is not the one that opened the database last
 * (or migrations are pending), a backup into the backup folder first, so an upgrade can be walked
 * back from the user's own disk too. A failed backup (the USB disk not plugged in) is recorded and
 * logged but does not stop the app: the copy beside the database (backupFileFor) is still taken.
 */
export function backUpBeforeUpgrade(appVersion: string, log: (error: unknown) => void) {
  return (database: AppDatabase, upgrading: boolean): void => {
    const previous = readSetting(database.orm, 'backup_app_version')
    const { folder } = readBackupChoice(database.orm)
    if (folder !== null && (upgrading || (previous !== null && previous !== appVersion))) {
      try {
        // Read with this version's code from the older schema: if even that fails, the copy beside the database remains.
        if (hubStatus(database).setUp) {
          const { made } = backUpToFolderAtOnce(database, folder, previous ?? appVersion)
          const file = basename(made.path)
          recordBackup(database.orm, { at: made.madeAt, path: made.path, file, bytes: made.bytes })
        }
      } catch (error) {
        log(error)
        const at = new Date(database.clock()).toISOString()
        recordBackupFailure(
          database.orm,
          at,
          error instanceof AppError ? error.userMessage : { key: 'errors.internal' },
        )
      }
    }
    if (previous !== appVersion) writeSetting(database.orm, 'backup_app_version', appVersion)
  }
}

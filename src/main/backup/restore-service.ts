import { basename, dirname } from 'node:path'
import { AppError } from '../../shared/errors'
import type { RestoreDone, RestorePlan } from '../../shared/restore'
import { createDb } from '../db'
import { hubStatus, requireIdentity } from '../hub/service'
import type { Services } from '../services'
import { inspectBackup, recordCounts, type BackupSummary } from './inspect'
import { restoreBackup } from './restore'
import { isBackingUp } from './run'
import { readBackupChoice } from './settings'

const describe = (summary: BackupSummary) => ({ ...summary, file: basename(summary.path) })

/** Whether the database opened at start: when it did not, there is nothing of it to back up. */
const opened = (services: Services) => services.startupProblem === undefined

/**
 * The state a restore first backs up: into the hub's backup folder, or beside the database when
 * none is chosen (or when the database cannot be read to say which).
 */
const safetyFolderOf = (services: Services) =>
  (opened(services) && readBackupChoice(services.database.orm).folder) || dirname(services.database.path)

/** Checks a backup whole and says what restoring it would replace, changing nothing. */
export function planRestore(services: Services, path: string): RestorePlan {
  const backup = describe(inspectBackup(path, services.databaseOptions?.migrationsFolder))
  if (!opened(services) || !hubStatus(services.database).setUp) return { backup, current: null, safetyFolder: null }
  const identity = requireIdentity(services.database)
  if (identity.hubId !== backup.hubId)
    throw new AppError('VALIDATION', {
      key: 'restore.otherHub',
      params: { backupHub: backup.hubName, currentHub: identity.name },
    })
  return {
    backup,
    current: { hubName: identity.name, counts: recordCounts(services.database.sqlite, identity.hubId) },
    safetyFolder: safetyFolderOf(services),
  }
}

/**
 * Restores in place while the app runs: the connection is closed, the backup put in (see
 * restoreBackup), and the database opened again for every handler, as a new instance of the hub.
 * On a refusal the old database is opened again, as it was.
 */
export async function runRestore(services: Services, path: string, passphrase?: string): Promise<RestoreDone> {
  if (opened(services) && isBackingUp(services.database)) throw new AppError('VALIDATION', { key: 'backup.busy' })
  planRestore(services, path)
  const databasePath = services.database.path
  const safetyFolder = safetyFolderOf(services)
  const reopen = () => {
    services.database = createDb(databasePath, services.databaseOptions)
    delete services.startupProblem
  }
  services.database.close()
  let report: Awaited<ReturnType<typeof restoreBackup>>
  try {
    report = await restoreBackup({
      databasePath,
      backupPath: path,
      keyStore: services.keyStore,
      appVersion: services.appVersion,
      safetyFolder,
      ...(passphrase !== undefined && { passphrase }),
      ...(services.databaseOptions && { databaseOptions: services.databaseOptions }),
    })
  } catch (error) {
    if (opened(services)) reopen()
    throw error
  }
  reopen()
  const { safetyBackup, damagedCopy, keyId, fingerprint, endorsed } = report
  return { file: basename(path), safetyBackup, damagedCopy, keyId, fingerprint, endorsed }
}

import type { Services } from '../services'
import { backUpNow, isBackingUp } from './run'
import { isDue, startBackupSchedule } from './schedule'
import { readBackupChoice, readLastBackup } from './settings'

/**
 * The daily backup while the app runs, without the key (no one is there to type a passphrase).
 * A failure is recorded for the screens by backUpNow; `log` is told too. A database opened
 * read-only cannot record a backup, so it would take one every hour: it takes none.
 */
export function startScheduledBackups(services: Services, log: (error: unknown) => void) {
  return startBackupSchedule({
    // Read at each check: a restore replaces the database, and one that would not open has none.
    due: () => {
      const { database } = services
      return (
        services.startupProblem === undefined &&
        !database.readOnly &&
        !isBackingUp(database) &&
        isDue(readBackupChoice(database.orm), readLastBackup(database.orm)?.at ?? null, database.clock())
      )
    },
    run: () =>
      backUpNow(services).catch((error: unknown) => {
        log(error)
        throw error
      }),
  })
}

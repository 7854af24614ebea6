import { statSync } from 'node:fs'
import { basename } from 'node:path'
import type { BackupEntry, BackupFailure, BackupSettings, BackupStatus } from '../../shared/backup'
import { zonedToUtc } from '../../shared/format'
import { createTranslator } from '../../shared/i18n/translate'
import { requireIdentity } from '../hub/service'
import type { Services } from '../services'
import { readLanguage } from '../settings/service'
import { listBackups } from './folder'
import { defaultRetention } from './retention'
import { backupAge, nextDueAt } from './schedule'
import { readBackupChoice, readBackupFailure, readLastBackup } from './settings'

/** The stored failure in the user's language: it was stored as a key, so a language switch follows. */
function failureOf(services: Services): BackupFailure | null {
  const stored = readBackupFailure(services.database.orm)
  if (!stored) return null
  const translate = createTranslator(services.language ?? readLanguage(services.database.orm))
  return { at: stored.at, message: translate(stored.message) }
}

export function backupSettings(services: Services): BackupSettings {
  const { orm } = services.database
  const { folder, scheduled } = readBackupChoice(orm)
  return { folder, scheduled, retention: defaultRetention, last: readLastBackup(orm), failure: failureOf(services) }
}

/** For the home screen: how old the last backup is, when the next is due, what failed last. */
export function backupStatus(services: Services): BackupStatus {
  const { orm, clock } = services.database
  const choice = readBackupChoice(orm)
  const lastAt = readLastBackup(orm)?.at ?? null
  const now = clock()
  const due = nextDueAt(choice, lastAt, now)
  return {
    folderSet: choice.folder !== null,
    scheduled: choice.scheduled,
    lastAt,
    ...backupAge(lastAt, now),
    nextDueAt: due === null ? null : new Date(due).toISOString(),
    failure: failureOf(services),
  }
}

/** This hub's backups in its folder, newest first; none when there is no folder or it is gone. */
export function backupList(services: Services): BackupEntry[] {
  const { database } = services
  const { folder } = readBackupChoice(database.orm)
  if (folder === null) return []
  const zone = requireIdentity(database).timeZone
  return listBackups(database, folder)
    .flatMap((backup) => {
      try {
        return [
          { file: basename(backup.path), takenAt: zonedToUtc(backup.takenAt, zone), bytes: statSync(backup.path).size },
        ]
      } catch {
        // Pruned or unplugged between listing and looking: not there to show.
        return []
      }
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.file.localeCompare(a.file))
}

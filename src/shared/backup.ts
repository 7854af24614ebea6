import { z } from 'zod'

/** How long a scheduled backup waits for the next one. */
export const BACKUP_EVERY_HOURS = 24
/** A hub with no backup younger than this is warned on its home screen. */
export const BACKUP_OVERDUE_HOURS = 48

/** A passphrase the user types and must remember; long enough that guessing it is hopeless. */
export const MIN_PASSPHRASE_LENGTH = 10

/** The folder is chosen in main's folder dialog (backup:chooseFolder), never named by the renderer. */
export const backupScheduleInput = z.strictObject({ scheduled: z.boolean({ error: 'validation.invalid' }) })

/**
 * A manual backup, with the signing key sealed under this passphrase when one is given. The
 * passphrase is used for this backup only and never stored.
 */
export const backupRunInput = z.strictObject({
  passphrase: z.string({ error: 'validation.invalid' }).max(1000, { error: 'validation.tooLong' }).optional(),
})

export interface BackupRetention {
  daily: number
  weekly: number
  monthly: number
}

export interface LastBackup {
  /** UTC instant the backup was finished. */
  at: string
  path: string
  file: string
  bytes: number
}

export interface BackupFailure {
  at: string
  /** Already translated into the user's language. */
  message: string
}

export interface BackupSettings {
  /** Absolute path of the backup folder; null until the user chooses one. */
  folder: string | null
  /** A backup every day while the app runs; on by default once a folder is set. */
  scheduled: boolean
  retention: BackupRetention
  last: LastBackup | null
  /** The latest failure, cleared by the next backup that succeeds. */
  failure: BackupFailure | null
}

export interface BackupEntry {
  file: string
  /** UTC instant, from the hub's wall-clock time in the file's name. */
  takenAt: string
  bytes: number
}

export interface BackupStatus {
  folderSet: boolean
  scheduled: boolean
  lastAt: string | null
  /** Whole hours since the last backup; null when there was none. */
  ageHours: number | null
  /** No backup, or none in BACKUP_OVERDUE_HOURS. */
  overdue: boolean
  /** When the schedule takes the next backup; null when nothing is scheduled. */
  nextDueAt: string | null
  failure: BackupFailure | null
}

/** A backup being written: SQLite's pages copied of all there are. */
export interface BackupProgress {
  done: number
  total: number
}

export interface BackupDone {
  file: string
  path: string
  bytes: number
  withKey: boolean
  /** Older backups the retention policy let go. */
  removed: number
}

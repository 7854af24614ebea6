import { z } from 'zod'
import type { Message } from './errors'

/** A backup named by its path: one main listed itself, or one the user chose in main's dialog. */
export const restorePathInput = z.strictObject({
  path: z.string({ error: 'validation.invalid' }).min(1, { error: 'validation.required' }).max(4096),
})

/** A restore; with the passphrase of a backup that carried the key, the old key vouches for the new one. */
export const restoreRunInput = restorePathInput.extend({
  passphrase: z.string({ error: 'validation.invalid' }).max(1000, { error: 'validation.tooLong' }).optional(),
})

export interface RecordCounts {
  organisations: number
  people: number
  initiatives: number
  pledges: number
  sessions: number
}

/** What a backup holds, checked whole, for the screen that asks before replacing anything. */
export interface BackupDescription {
  path: string
  file: string
  /** UTC instant the backup was finished. */
  madeAt: string
  appVersion: string
  hubName: string
  timeZone: 'WIB' | 'WITA' | 'WIT'
  withKey: boolean
  counts: RecordCounts
}

/** What a restore would replace: the hub as it is now, or nothing (a new PC, a damaged file). */
export interface RestorePlan {
  backup: BackupDescription
  current: { hubName: string; counts: RecordCounts } | null
  /** Where the current state is backed up first; null when there is nothing to back up. */
  safetyFolder: string | null
}

export interface RestoreDone {
  file: string
  safetyBackup: string | null
  damagedCopy: string | null
  keyId: string
  fingerprint: string
  /** The old key vouched for the new one: the national team need not enrol it by fingerprint. */
  endorsed: boolean
}

/** A backup found where this hub keeps them, listed on the recovery screen before it is checked. */
export interface FoundBackup {
  path: string
  file: string
  modifiedAt: string
  bytes: number
}

/** Why the hub database could not be opened at start, for the recovery screen. */
export interface StartupProblem {
  code: string
  /** Translated by the screen: the language setting lives in the database that would not open. */
  message: Message
  databasePath: string
  backups: FoundBackup[]
}

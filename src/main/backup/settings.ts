import { z } from 'zod'
import type { LastBackup } from '../../shared/backup'
import type { Message } from '../../shared/errors'
import type { Orm } from '../db'
import { deleteSetting, readJsonSetting, writeSetting } from '../settings/service'

/**
 * This instance's backup settings, in local_settings: another instance of the same hub (a
 * trainer's laptop) has its own folder and its own last backup. The passphrase is never stored:
 * scheduled backups carry no key, and a manual one asks for it each time.
 */
const choice = z.object({ folder: z.string().min(1).nullable(), scheduled: z.boolean() })
export type BackupChoice = z.infer<typeof choice>

const last = z.object({ at: z.string(), path: z.string(), file: z.string(), bytes: z.number() })

const failure = z.object({
  at: z.string(),
  message: z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }),
})
export interface StoredFailure {
  at: string
  message: Message
}

/** No folder until the user chooses one; from then on, daily until they turn it off. */
const defaultChoice: BackupChoice = { folder: null, scheduled: true }

/** What another version stored in a shape this one cannot read counts as never stored. */
const stored = <T>(schema: z.ZodType<T>, value: unknown): T | null => {
  const parsed = schema.safeParse(value)
  return parsed.success ? parsed.data : null
}

export const readBackupChoice = (orm: Orm): BackupChoice =>
  stored(choice, readJsonSetting(orm, 'backup')) ?? defaultChoice

export function writeBackupChoice(orm: Orm, changes: Partial<BackupChoice>): BackupChoice {
  const next = { ...readBackupChoice(orm), ...changes }
  writeSetting(orm, 'backup', JSON.stringify(next))
  return next
}

export const readLastBackup = (orm: Orm): LastBackup | null => stored(last, readJsonSetting(orm, 'backup_last'))

export const readBackupFailure = (orm: Orm): StoredFailure | null =>
  stored(failure, readJsonSetting(orm, 'backup_failure'))

/** A backup that succeeded clears the failure before it: the warning is about now, not history. */
export function recordBackup(orm: Orm, made: LastBackup): void {
  writeSetting(orm, 'backup_last', JSON.stringify(made))
  deleteSetting(orm, 'backup_failure')
}

/** A failure leaves the last good backup as it was: it is still the one there is. */
export function recordBackupFailure(orm: Orm, at: string, message: Message): void {
  writeSetting(orm, 'backup_failure', JSON.stringify({ at, message }))
}

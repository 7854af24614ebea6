import { BACKUP_EVERY_HOURS, BACKUP_OVERDUE_HOURS } from '../../shared/backup'
import type { BackupChoice } from './settings'

const HOUR_MS = 3_600_000

/** While the app runs, whether a backup is due is asked this often: a missed day costs at most an hour. */
export const CHECK_EVERY_MS = HOUR_MS

/**
 * When the schedule takes the next backup: at once when there was none, a day after the last
 * otherwise; null when there is no folder or the schedule is off.
 */
export function nextDueAt(choice: BackupChoice, lastAt: string | null, now: number): number | null {
  if (choice.folder === null || !choice.scheduled) return null
  return lastAt === null ? now : Date.parse(lastAt) + BACKUP_EVERY_HOURS * HOUR_MS
}

export function isDue(choice: BackupChoice, lastAt: string | null, now: number): boolean {
  const due = nextDueAt(choice, lastAt, now)
  return due !== null && due <= now
}

/** Whole hours since the last backup, and whether that is too long (or there never was one). */
export function backupAge(lastAt: string | null, now: number): { ageHours: number | null; overdue: boolean } {
  if (lastAt === null) return { ageHours: null, overdue: true }
  const ageHours = Math.max(0, Math.floor((now - Date.parse(lastAt)) / HOUR_MS))
  return { ageHours, overdue: ageHours >= BACKUP_OVERDUE_HOURS }
}

export interface ScheduleDeps {
  /** Whether a backup is due now and none is being made. */
  due(): boolean
  /** Makes the backup; its failure is recorded by whoever runs it, and must not stop the schedule. */
  run(): Promise<unknown>
  every?: number
  setInterval?: (check: () => void, ms: number) => unknown
  clearInterval?: (timer: unknown) => void
}

/**
 * Checks at once and then every CHECK_EVERY_MS; a check while the previous backup still runs does
 * nothing, so two never overlap. Returns a stop function, and the check for tests to await.
 */
export function startBackupSchedule(deps: ScheduleDeps): { stop(): void; check(): Promise<void> } {
  let inFlight: Promise<void> | null = null
  const check = (): Promise<void> => {
    if (inFlight) return inFlight
    if (!deps.due()) return Promise.resolve()
    inFlight = deps
      .run()
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => (inFlight = null))
    return inFlight
  }
  const schedule = deps.setInterval ?? ((callback, ms) => setInterval(callback, ms))
  const cancel = deps.clearInterval ?? ((timer) => clearInterval(timer as NodeJS.Timeout))
  void check()
  const timer = schedule(() => void check(), deps.every ?? CHECK_EVERY_MS)
  return { stop: () => cancel(timer), check }
}

/** How many backups to keep: the newest of each of the last days, ISO weeks and months that have one. */
export interface RetentionPolicy {
  daily: number
  weekly: number
  monthly: number
}

export const defaultRetention: RetentionPolicy = { daily: 7, weekly: 4, monthly: 12 }

/** The ISO 8601 week of a calendar day ("2026-12-01" → "2026-W49"), which starts on Monday. */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  // The Thursday of this week decides its year.
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * 86_400_000)
  const year = thursday.getUTCFullYear()
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}

/**
 * The backups to keep of these, by when each was taken (the hub's wall clock, "YYYY-MM-DDTHH:MM"):
 * going from the newest, the first of each new day until `daily` days are kept, likewise of each
 * week and each month. Every backup of the newest's day is kept. Everything else may go.
 */
export function backupsToKeep<T extends { takenAt: string }>(backups: readonly T[], policy: RetentionPolicy): Set<T> {
  const newestFirst = [...backups].sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0))
  // Every backup of the newest one's day stays: one taken before a restore is kept beside the
  // one after it at least until the next day.
  const newestDay = newestFirst[0]?.takenAt.slice(0, 10)
  const kept = new Set<T>(newestFirst.filter((backup) => backup.takenAt.slice(0, 10) === newestDay))
  const buckets: [limit: number, bucketOf: (takenAt: string) => string][] = [
    [policy.daily, (takenAt) => takenAt.slice(0, 10)],
    [policy.weekly, (takenAt) => isoWeek(takenAt.slice(0, 10))],
    [policy.monthly, (takenAt) => takenAt.slice(0, 7)],
  ]
  for (const [limit, bucketOf] of buckets) {
    const seen = new Set<string>()
    for (const backup of newestFirst) {
      if (seen.size === limit) break
      const bucket = bucketOf(backup.takenAt)
      if (seen.has(bucket)) continue
      seen.add(bucket)
      kept.add(backup)
    }
  }
  return kept
}

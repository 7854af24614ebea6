import { describe, expect, it } from 'vitest'
import { backupsToKeep, defaultRetention, isoWeek } from './retention'

const daysBefore = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10)

describe('which backups are kept', () => {
  it('numbers weeks as ISO 8601 does, across the turn of a year', () => {
    expect(['2026-12-01', '2026-12-28', '2027-01-03', '2027-01-04', '2021-01-03', '2020-12-31'].map(isoWeek)).toEqual([
      ...['2026-W49', '2026-W53', '2026-W53', '2027-W01', '2020-W53', '2020-W53'],
    ])
  })

  it('keeps a backup for each of the last 7 days, 4 weeks and 12 months, the newest of each', () => {
    // Two backups a day (morning and evening) for 400 days up to Tuesday 1 December 2026.
    const backups = Array.from({ length: 400 }, (_, i) => daysBefore('2026-12-01', i)).flatMap((day) => [
      { takenAt: `${day}T08:00` },
      { takenAt: `${day}T17:30` },
    ])
    const all = [...backupsToKeep(backups, defaultRetention)].map((backup) => backup.takenAt).sort()
    // Both of the newest day; of every other day kept, the evening one: the newest of its bucket.
    expect(all.slice(-2)).toEqual(['2026-12-01T08:00', '2026-12-01T17:30'])
    const kept = all.filter((takenAt) => takenAt !== '2026-12-01T08:00')
    expect(kept.every((takenAt) => takenAt.endsWith('T17:30'))).toBe(true)
    const days = kept.map((takenAt) => takenAt.slice(0, 10))
    // The last 7 days; the Sundays closing the 3 weeks before this one; the last day of the 11 months before this one.
    expect(days.slice(-7)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => daysBefore('2026-12-01', i)).reverse())
    for (const sunday of ['2026-11-29', '2026-11-22', '2026-11-15']) expect(days).toContain(sunday)
    for (const monthEnd of ['2026-10-31', '2026-06-30', '2026-01-31']) expect(days).toContain(monthEnd)
    expect(days).not.toContain('2025-12-31')
    // 25 November–1 December by day; 22 and 15 November by week (29 November is a day already);
    // the ends of October back to January by month (30 November is a day already).
    expect(days).toHaveLength(7 + 2 + 10)
  })

  it('always keeps the newest day, keeps what is there when there are few, and keeps nothing of nothing', () => {
    const few = [
      ...[{ takenAt: '2026-11-30T08:00' }, { takenAt: '2026-11-30T07:00' }],
      ...[{ takenAt: '2026-06-01T08:00' }, { takenAt: '2025-01-01T08:00' }],
    ]
    expect(backupsToKeep(few, defaultRetention)).toEqual(new Set(few))
    const none = { daily: 0, weekly: 0, monthly: 0 }
    expect(backupsToKeep(few, none)).toEqual(new Set(few.slice(0, 2)))
    expect(backupsToKeep([], defaultRetention).size).toBe(0)
  })
})

import { describe, expect, it } from 'vitest'
import { backupAge, CHECK_EVERY_MS, isDue, nextDueAt, startBackupSchedule } from './schedule'

const HOUR = 3_600_000
const now = Date.UTC(2026, 11, 1, 8, 30)
const folder = { folder: '/media/usb/cadangan', scheduled: true }
const hoursAgo = (hours: number) => new Date(now - hours * HOUR).toISOString()

describe('when a backup is due', () => {
  it('at once when there was none, a day after the last otherwise', () => {
    expect(nextDueAt(folder, null, now)).toBe(now)
    expect(isDue(folder, hoursAgo(23), now)).toBe(false)
    expect(isDue(folder, hoursAgo(24), now)).toBe(true)
    expect(nextDueAt(folder, hoursAgo(5), now)).toBe(now + 19 * HOUR)
  })

  it('never without a folder or with the schedule off', () => {
    expect(isDue({ folder: null, scheduled: true }, null, now)).toBe(false)
    expect(nextDueAt({ ...folder, scheduled: false }, hoursAgo(100), now)).toBeNull()
  })

  it('counts a backup older than two days, or none, as overdue', () => {
    expect(backupAge(null, now)).toEqual({ ageHours: null, overdue: true })
    expect(backupAge(hoursAgo(47.5), now)).toEqual({ ageHours: 47, overdue: false })
    expect(backupAge(hoursAgo(48), now)).toEqual({ ageHours: 48, overdue: true })
    // A clock set back since the last backup shows no negative age.
    expect(backupAge(hoursAgo(-2), now)).toEqual({ ageHours: 0, overdue: false })
  })
})

describe('the schedule', () => {
  function fakeTimers() {
    const timers: { check: () => void; ms: number; cleared: boolean }[] = []
    return {
      timers,
      setInterval: (check: () => void, ms: number) => {
        const timer = { check, ms, cleared: false }
        timers.push(timer)
        return timer
      },
      clearInterval: (timer: unknown) => void ((timer as { cleared: boolean }).cleared = true),
    }
  }

  it('checks at start and then hourly, and runs only when due', async () => {
    const fake = fakeTimers()
    let due = true
    let runs = 0
    const schedule = startBackupSchedule({ due: () => due, run: async () => void (runs += 1), ...fake })
    await schedule.check()
    expect(runs).toBe(1)
    expect(fake.timers).toHaveLength(1)
    expect(fake.timers[0]!.ms).toBe(CHECK_EVERY_MS)
    due = false
    fake.timers[0]!.check()
    await schedule.check()
    expect(runs).toBe(1)
    schedule.stop()
    expect(fake.timers[0]!.cleared).toBe(true)
  })

  it('never starts a second backup while one runs, and keeps going after a failure', async () => {
    const fake = fakeTimers()
    let finish: () => void = () => {}
    let runs = 0
    const schedule = startBackupSchedule({
      due: () => true,
      run: () => {
        runs += 1
        return runs === 1 ? new Promise<void>((done) => (finish = done)) : Promise.reject(new Error('USB dicabut'))
      },
      ...fake,
    })
    fake.timers[0]!.check()
    fake.timers[0]!.check()
    expect(runs).toBe(1)
    finish()
    await schedule.check()
    await schedule.check()
    expect(runs).toBe(2)
    await schedule.check()
    expect(runs).toBe(3)
  })
})

import { describe, expect, it } from 'vitest'
import { coveredMinutes, parseDuration, parseMoment } from './times'

const minute = 60_000

describe('parseDuration', () => {
  it.each([
    ['58', 58],
    ['45,5', 45.5],
    ['45 min', 45],
    ['1 hr 5 min', 65],
    ['2 hr', 120],
    ['1 jam 5 mnt', 65],
    ['1 jam 5 menit', 65],
    ['1 hr 2 min 30 sec', 62.5],
    ['1:05', 65],
    ['00:32:30', 32.5],
  ])('reads "%s" as %d minutes', (value, minutes) => {
    expect(parseDuration(value)).toBe(minutes)
  })

  it.each(['', 'sebentar', '-5', '1 fortnight', '5 min lagi'])('does not read "%s"', (value) => {
    expect(parseDuration(value)).toBeNull()
  })
})

describe('parseMoment', () => {
  it('reads 12 AM as midnight and 12 PM as noon', () => {
    const midnight = Date.UTC(2025, 4, 18)
    expect(parseMoment('05/18/2025 12:00:00 AM', false)).toEqual({ at: midnight, timeOnly: false })
    expect(parseMoment('05/18/2025 12:30 PM', false)).toEqual({ at: midnight + 750 * minute, timeOnly: false })
    expect(parseMoment('2025-05-18T12:30:00', false)).toEqual({ at: midnight + 750 * minute, timeOnly: false })
  })

  it.each(['02/30/2025 09:00', '2025-05-18 24:00', '13:00 PM', 'kemarin'])('does not read "%s"', (value) => {
    expect(parseMoment(value, false)).toBeNull()
  })
})

describe('coveredMinutes', () => {
  it('counts overlapping and nested intervals once, and gaps not at all', () => {
    expect(
      coveredMinutes([
        [0, 30 * minute],
        [10 * minute, 20 * minute],
        [25 * minute, 40 * minute],
        [50 * minute, 60 * minute],
      ]),
    ).toBe(50)
  })
})

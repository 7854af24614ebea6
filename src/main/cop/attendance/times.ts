const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

/** A moment read from a cell, in milliseconds; a bare time of day counts from midnight of no day. */
export interface Moment {
  at: number
  timeOnly: boolean
}

// Indonesian Windows writes times as 09.02.13, so "." separates clock parts as well as ":".
const clock = String.raw`(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*([ap])\.?m\.?)?`
const isoDate = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:T|\s+)${clock}$`, 'i')
const slashedDate = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}),?\s+${clock}$`, 'i')
const timeOfDay = new RegExp(`^${clock}$`, 'i')

function milliseconds(parts: (string | undefined)[]): number | null {
  const [hourText, minuteText, secondText, meridiem] = parts
  let hour = Number(hourText)
  const minute = Number(minuteText)
  const second = Number(secondText ?? 0)
  if (meridiem) {
    if (hour < 1 || hour > 12) return null
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0)
  }
  if (hour > 23 || minute > 59 || second > 59) return null
  return ((hour * 60 + minute) * 60 + second) * 1000
}

function day(year: number, month: number, date: number): number | null {
  const at = Date.UTC(year, month - 1, date)
  const back = new Date(at)
  return back.getUTCMonth() === month - 1 && back.getUTCDate() === date ? at : null
}

/**
 * Zoom writes 05/18/2025 (month first); a file opened and saved again by Excel set to Indonesian
 * writes 18/05/2025. Read value by value, 05/06 would be May in one row and June in the next, so
 * the whole file is read one way: day first as soon as any date can only be read that way.
 */
export function datesPutDayFirst(values: string[]): boolean {
  return values.some((value) => {
    const parts = slashedDate.exec(value.trim())
    return parts !== null && Number(parts[1]) > 12
  })
}

/** The moment a cell holds, or null when it is not a date-and-time or time of day we know. */
export function parseMoment(value: string, dayFirst: boolean): Moment | null {
  const text = value.trim()
  const iso = isoDate.exec(text)
  const slashed = slashedDate.exec(text)
  const bare = timeOfDay.exec(text)
  const [date, time] = iso
    ? [day(Number(iso[1]), Number(iso[2]), Number(iso[3])), milliseconds(iso.slice(4))]
    : slashed
      ? [
          dayFirst
            ? day(Number(slashed[3]), Number(slashed[2]), Number(slashed[1]))
            : day(Number(slashed[3]), Number(slashed[1]), Number(slashed[2])),
          milliseconds(slashed.slice(4)),
        ]
      : bare
        ? [0, milliseconds(bare.slice(1))]
        : [null, null]
  if (date === null || time === null) return null
  return { at: date + time, timeOnly: !iso && !slashed }
}

/** From join to leave in milliseconds; a bare leave time before the join time is past midnight. */
export function span(join: Moment, leave: Moment): [number, number] {
  const crossesMidnight = join.timeOnly && leave.timeOnly && leave.at < join.at
  return [join.at, leave.at + (crossesMidnight ? DAY : 0)]
}

const unitMinutes: Record<string, number> = {
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
  jam: 60,
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  mnt: 1,
  menit: 1,
  s: 1 / 60,
  sec: 1 / 60,
  secs: 1 / 60,
  second: 1 / 60,
  seconds: 1 / 60,
  dtk: 1 / 60,
  detik: 1 / 60,
}

/**
 * Minutes in a duration cell: Zoom's "58", a typed "45,5", Meet's "1 hr 5 min" or, in an
 * Indonesian Workspace, "1 jam 5 mnt", and a clock-style "1:05" or "00:32:10" (hours first).
 */
export function parseDuration(value: string): number | null {
  const text = value.trim().toLowerCase()
  if (/^\d+(?:[.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'))
  const clockStyle = /^(\d+):(\d{2})(?::(\d{2}))?$/.exec(text)
  if (clockStyle) return Number(clockStyle[1]) * 60 + Number(clockStyle[2]) + Number(clockStyle[3] ?? 0) / 60
  if (!/^(?:\d+\s*[a-z]+\.?\s*)+$/.test(text)) return null
  let minutes = 0
  for (const [, amount, unit] of text.matchAll(/(\d+)\s*([a-z]+)/g)) {
    const perUnit = unit === undefined ? undefined : unitMinutes[unit]
    if (perUnit === undefined) return null
    minutes += Number(amount) * perUnit
  }
  return minutes
}

/** Minutes covered by at least one interval: a rejoin, or a second device at once, counts each minute once. */
export function coveredMinutes(intervals: [number, number][]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0])
  let total = 0
  let end = -Infinity
  for (const [from, to] of sorted) {
    const start = Math.max(from, end)
    if (to > start) total += to - start
    end = Math.max(end, to)
  }
  return total / MINUTE
}

/** What a typed date came to: a calendar date, or why it is none. */
export type ParsedDate = { ok: true; iso: string } | { ok: false; reason: 'unrecognised' | 'nonexistent' }

const fullMonths = [
  ['januari', 'january'],
  ['februari', 'february'],
  ['maret', 'march'],
  ['april', 'april'],
  ['mei', 'may'],
  ['juni', 'june'],
  ['juli', 'july'],
  ['agustus', 'august'],
  ['september', 'september'],
  ['oktober', 'october'],
  ['november', 'november'],
  ['desember', 'december'],
]
// Both languages' names work in either UI: an English page's user may still write "Agustus".
const monthNumbers = new Map<string, number>([
  ...fullMonths.flatMap((names, index) =>
    names.flatMap((name) => [name, name.slice(0, 3)]).map((name) => [name, index + 1] as const),
  ),
  ['ags', 8],
  ['sept', 9],
])

const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/
const dayFirst = /^(\d{1,2})[\s/.-]+(\d{1,2})[\s/.-]+(\d{4})$/
const named = /^(\d{1,2})[\s/.-]*(\p{L}+)\.?[\s/.,-]*(\d{4})$/u

/**
 * A date as people here type it: day first (18/05/2025, 18-5-2025, 18.05.2025, 18 Mei 2025,
 * 18 May 2025), or year first as spreadsheets and other programs write it (2025-05-18). Null when
 * blank. A month-first reading (05/18/2025) is never guessed: it is a day that does not exist.
 */
export function parseDateInput(text: string): ParsedDate | null {
  const value = text.trim()
  if (value === '') return null
  const parts = iso.exec(value)
  if (parts) return calendarDate(Number(parts[1]), Number(parts[2]), Number(parts[3]))
  const numeric = dayFirst.exec(value)
  if (numeric) return calendarDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]))
  const withName = named.exec(value)
  const month = withName ? monthNumbers.get((withName[2] ?? '').toLowerCase()) : undefined
  if (withName && month) return calendarDate(Number(withName[3]), month, Number(withName[1]))
  return { ok: false, reason: 'unrecognised' }
}

function calendarDate(year: number, month: number, day: number): ParsedDate {
  const date = new Date(Date.UTC(year, month - 1, day))
  const exists = month >= 1 && month <= 12 && date.getUTCDate() === day && date.getUTCMonth() === month - 1
  if (!exists) return { ok: false, reason: 'nonexistent' }
  const pad = (n: number) => String(n).padStart(2, '0')
  return { ok: true, iso: `${year}-${pad(month)}-${pad(day)}` }
}

/** The text a date field shows for a stored value: 2025-05-18 as 18/05/2025; anything else as it is. */
export function dateInputText(value: string): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  return parts ? `${parts[3]}/${parts[2]}/${parts[1]}` : value
}

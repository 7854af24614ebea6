/**
 * Display formats follow Indonesian conventions whatever the UI language (Rp 1.250.000, 23 Nov 2026
 * 14.05); only month names ("Mei" / "May") and counts' digit grouping follow the language, so
 * English pages read in English.
 */
export type TimeZoneCode = 'WIB' | 'WITA' | 'WIT'

export const ianaZone: Record<TimeZoneCode, string> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
}

/** Indonesia keeps no daylight saving time, so each zone is one fixed offset. */
export const utcOffsetHours: Record<TimeZoneCode, number> = { WIB: 7, WITA: 8, WIT: 9 }

/** The UTC instant of a wall-clock time (2026-05-18T09:00) in a hub's zone. */
export function zonedToUtc(local: string, zone: TimeZoneCode): string {
  return new Date(Date.parse(`${local}:00Z`) - utcOffsetHours[zone] * 3_600_000).toISOString()
}

/** The wall-clock time (2026-05-18T09:00) an instant shows in a hub's zone. */
export function utcToZoned(iso: string, zone: TimeZoneCode): string {
  return new Date(Date.parse(iso) + utcOffsetHours[zone] * 3_600_000).toISOString().slice(0, 16)
}

const wholeNumber = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 })

/** Money is integer rupiah everywhere; a fraction here is a bug upstream, so it is refused. */
export function formatRupiah(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`rupiah must be an integer, got ${amount}`)
  const sign = amount < 0 ? '-' : ''
  return `${sign}Rp ${wholeNumber.format(Math.abs(amount))}`
}

type DateLanguage = 'id' | 'en'
const locales: Record<DateLanguage, string> = { id: 'id-ID', en: 'en-GB' }

const counts: Record<DateLanguage, Intl.NumberFormat> = {
  id: wholeNumber,
  en: new Intl.NumberFormat(locales.en, { maximumFractionDigits: 0 }),
}

/**
 * A count: 1.250 in Indonesian, 1,250 in English. Unlike money, counts follow the UI language, as
 * they do inside translated sentences ("{{count, number}}"), so a table and its sentences agree.
 */
export function formatNumber(value: number, language: DateLanguage = 'id'): string {
  return counts[language].format(value)
}

const decimals: Record<DateLanguage, Intl.NumberFormat> = {
  id: new Intl.NumberFormat(locales.id, { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat(locales.en, { maximumFractionDigits: 1 }),
}

/** A mean or a share to one decimal: 47,5 in Indonesian, 47.5 in English. */
export function formatDecimal(value: number, language: DateLanguage = 'id'): string {
  return decimals[language].format(value)
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()
function cached(zone: TimeZoneCode, language: DateLanguage, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = zone + language + JSON.stringify(options)
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locales[language], { ...options, timeZone: ianaZone[zone] })
    dateFormats.set(key, format)
  }
  return format
}

/** 23 Nov 2026, as the calendar date in the hub's zone. */
export function formatDate(iso: string | Date, zone: TimeZoneCode, language: DateLanguage = 'id'): string {
  return cached(zone, language, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso))
}

const calendarDay = /^\d{4}-\d{2}-\d{2}$/
const dayFormats: Record<DateLanguage, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat(locales.id, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(locales.en, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
}

/**
 * 18 Mei 2025 for a calendar date (YYYY-MM-DD) such as a status date: the same day in every zone,
 * so none is asked for. A timestamp is refused rather than shown as its UTC day: it needs
 * formatDate and the hub's zone.
 */
export function formatDay(day: string, language: DateLanguage = 'id'): string {
  if (!calendarDay.test(day)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${day}`)
  return dayFormats[language].format(new Date(`${day}T00:00:00Z`))
}

/** 23 Nov 2026 14.05 WITA: the zone is always named, because hubs span three of them. */
export function formatDateTime(iso: string | Date, zone: TimeZoneCode, language: DateLanguage = 'id'): string {
  const parts = cached(zone, language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso))
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('day')} ${get('month')} ${get('year')} ${get('hour')}.${get('minute')} ${zone}`
}

/** The calendar date (YYYY-MM-DD) it is at `now` in the hub's zone: "today" for the people there. */
export function localDate(now: Date, zone: TimeZoneCode): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ianaZone[zone] }).format(now)
}

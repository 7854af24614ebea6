/** Display formats follow Indonesian conventions whatever the UI language: Rp 1.250.000, 23 Nov 2026. */
export type TimeZoneCode = 'WIB' | 'WITA' | 'WIT'

export const ianaZone: Record<TimeZoneCode, string> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
}

const wholeNumber = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 })

/** Money is integer rupiah everywhere; a fraction here is a bug upstream, so it is refused. */
export function formatRupiah(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`rupiah must be an integer, got ${amount}`)
  const sign = amount < 0 ? '-' : ''
  return `${sign}Rp ${wholeNumber.format(Math.abs(amount))}`
}

export function formatNumber(value: number): string {
  return wholeNumber.format(value)
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()
function cached(zone: TimeZoneCode, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = zone + JSON.stringify(options)
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat('id-ID', { ...options, timeZone: ianaZone[zone] })
    dateFormats.set(key, format)
  }
  return format
}

/** 23 Nov 2026, as the calendar date in the hub's zone. */
export function formatDate(iso: string | Date, zone: TimeZoneCode): string {
  return cached(zone, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso))
}

/** 23 Nov 2026 14.05 WITA: the zone is always named, because hubs span three of them. */
export function formatDateTime(iso: string | Date, zone: TimeZoneCode): string {
  const parts = cached(zone, {
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

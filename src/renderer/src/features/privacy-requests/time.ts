import { useEffect, useState } from 'react'
import { formatDate, utcToZoned, type TimeZoneCode } from '@shared/format'
import type { Language } from '@shared/hub'
import { useText, type Translate } from '@renderer/i18n'
import { countedText } from '@renderer/i18n/counted'
import { useDates } from '@renderer/ui/dates'
import { useLanguage } from '../language/store'

const MINUTE = 60_000

/** The time now, renewed each minute, so a countdown on screen moves on by itself. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), MINUTE)
    return () => window.clearInterval(timer)
  }, [])
  return now
}

/** "18 Mei 2025 pukul 09.00 WITA": the hub's wall clock, its zone named, because hubs span three. */
export function formatWhen(iso: string, zone: TimeZoneCode, language: Language, t: Translate): string {
  const time = utcToZoned(iso, zone).slice(11, 16).replace(':', '.')
  return t('privacyRequests.when', { date: formatDate(iso, zone, language), time, zone })
}

/** Open and past its due time at `now`: told here, not by main, so a request turns late while on screen. */
export const isLate = (request: { status: string; dueAt: string }, now: number): boolean =>
  request.status === 'open' && Date.parse(request.dueAt) < now

/**
 * "sisa 2 hari 5 jam" or "terlambat 3 jam": the time to the due moment, in its two largest units,
 * rounded down, so the time left never reads more than there is.
 */
export function countdown(dueAt: string, now: number, t: Translate): string {
  const difference = Date.parse(dueAt) - now
  const minutes = Math.floor(Math.abs(difference) / MINUTE)
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const rest = minutes % 60
  const parts =
    days > 0
      ? [countedText(t, 'privacyRequests.countdown.days_other', days), hours > 0 && hoursText(t, hours)]
      : hours > 0
        ? [hoursText(t, hours), rest > 0 && countedText(t, 'privacyRequests.countdown.minutes_other', rest)]
        : [
            rest > 0
              ? countedText(t, 'privacyRequests.countdown.minutes_other', rest)
              : t('privacyRequests.countdown.underMinute'),
          ]
  const time = parts.filter(Boolean).join(' ')
  return t(difference < 0 ? 'privacyRequests.countdown.late' : 'privacyRequests.countdown.left', { time })
}

const hoursText = (t: Translate, hours: number) => countedText(t, 'privacyRequests.countdown.hours_other', hours)

/** The hub's wall clock at `now` as a date (YYYY-MM-DD) and a time as typed here (09.00). */
export function localNow(now: number, zone: TimeZoneCode): { day: string; time: string } {
  const local = utcToZoned(new Date(now).toISOString(), zone)
  return { day: local.slice(0, 10), time: local.slice(11, 16).replace(':', '.') }
}

/** "9.00", "09:00" or "0900" → "09:00"; null when it is no time of day. */
export function timeOf(typed: string): string | null {
  const match = /^(\d{1,2})(?:[.:]?(\d{2}))?$/.exec(typed.trim())
  if (!match) return null
  const hours = Number(match[1])
  const minutes = Number(match[2] ?? '0')
  if (hours > 23 || minutes > 59) return null
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}

/** formatWhen in this hub's zone and the UI's language. */
export function useWhen(): (iso: string) => string {
  const t = useText()
  const { zone } = useDates()
  const language = useLanguage((state) => state.language)
  return (iso) => formatWhen(iso, zone, language, t)
}

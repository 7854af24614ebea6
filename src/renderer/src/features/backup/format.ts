import { formatDecimal } from '@shared/format'
import type { Language } from '@shared/hub'

/** 1,2 MB in Indonesian, 1.2 MB in English; KB below a megabyte (a new hub's first backup). */
export function formatSize(bytes: number, language: Language): string {
  return bytes < 1_000_000
    ? `${formatDecimal(Math.max(bytes / 1000, 0.1), language)} KB`
    : `${formatDecimal(bytes / 1_000_000, language)} MB`
}

/** "3 hari yang lalu", "kemarin", "2 jam yang lalu" (3 days ago, yesterday, 2 hours ago). */
export function formatAge(ageHours: number, language: Language): string | null {
  if (ageHours < 1) return null
  const relative = new Intl.RelativeTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', { numeric: 'auto' })
  return ageHours < 24 ? relative.format(-ageHours, 'hour') : relative.format(-Math.floor(ageHours / 24), 'day')
}

import { useMemo } from 'react'
import { formatDate, formatDateTime } from '@shared/format'
import { useHub } from '../features/hub/store'
import { useLanguage } from '../features/language/store'

/** Dates as this hub's people read them: in its time zone, with month names in the UI language. */
export function useDates() {
  const language = useLanguage((state) => state.language)
  const zone = useHub((state) => (state.status?.setUp ? state.status.identity.timeZone : 'WIB'))
  return useMemo(
    () => ({
      zone,
      date: (iso: string | Date) => formatDate(iso, zone, language),
      dateTime: (iso: string | Date) => formatDateTime(iso, zone, language),
    }),
    [zone, language],
  )
}

import { useMemo } from 'react'
import { formatDay, formatDecimal, formatNumber } from '@shared/format'
import { useLanguage } from '@renderer/features/language/store'

/** Counts, shares and calendar days as the UI language writes them: 1.250, 33,3%, 18 Mei 2026. */
export function useFigures() {
  const language = useLanguage((state) => state.language)
  return useMemo(() => {
    const percent = (value: number) => `${formatDecimal(value, language)}%`
    return {
      count: (value: number) => formatNumber(value, language),
      percent,
      /** A part of a whole as a percentage to one decimal, as main rounds its own shares. */
      shareOf: (part: number, whole: number) => percent(Math.round((part / whole) * 1000) / 10),
      /** A mean change, signed so a fall is not read as a rise. */
      change: (value: number) => `${value > 0 ? '+' : ''}${formatDecimal(value, language)}`,
      day: (iso: string) => formatDay(iso, language),
    }
  }, [language])
}

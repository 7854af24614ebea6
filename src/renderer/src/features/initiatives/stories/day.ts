import { formatDay } from '@shared/format'
import { useLanguage } from '@renderer/features/language/store'

/** A story's calendar date, 18 Mei 2025 (18 May 2025 in English). */
export function useStoryDay(): (day: string) => string {
  const language = useLanguage((state) => state.language)
  return (day) => formatDay(day, language)
}

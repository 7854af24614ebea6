import { useMemo } from 'react'
import { create } from 'zustand'
import { localDate } from '@shared/format'
import type { ReportFilter } from '@shared/reports'
import { useHub } from '../../hub/store'
import { isDay, periodOf, type PeriodPreset } from './period'

export type { PeriodPreset } from './period'

interface FilterState {
  preset: PeriodPreset
  /** The custom period as typed, '' while empty. */
  from: string
  to: string
  provinceCode: string | null
  regencyCode: string | null
  aspect: string | null
  form: ReportFilter['form']
  change(values: Partial<Omit<FilterState, 'change' | 'reset'>>): void
  reset(): void
}

const initial = {
  preset: 'thisYear' as PeriodPreset,
  from: '',
  to: '',
  provinceCode: null,
  regencyCode: null,
  aspect: null,
  form: null,
}

/** One set of filters for Beranda and Laporan: a report prints what the dashboard showed. */
export const useFilterState = create<FilterState>()((set) => ({
  ...initial,
  change: (values) => set(values),
  reset: () => set(initial),
}))

/** The filter as main reads it, or null while a custom period is half typed or reversed. */
export function useReportFilter(): ReportFilter | null {
  const state = useFilterState()
  const zone = useHub((hub) => (hub.status?.setUp ? hub.status.identity.timeZone : 'WIB'))
  const today = localDate(new Date(), zone)
  const { preset, from, to, provinceCode, regencyCode, aspect, form } = state
  return useMemo(() => {
    const typing = preset === 'custom' && ((from !== '' && !isDay(from)) || (to !== '' && !isDay(to)))
    const period = periodOf(preset, today, from, to)
    if (typing || (period.from !== null && period.to !== null && period.to < period.from)) return null
    return { ...period, provinceCode, regencyCode, aspect, form }
  }, [preset, today, from, to, provinceCode, regencyCode, aspect, form])
}

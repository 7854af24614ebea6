import { indicatorNamesId } from '../../shared/i18n/indicators-id'
import type { IndicatorKey, ReportFilter } from '../../shared/reports'
import type { AppDatabase } from '../db'
import { indicatorsWithShares } from './dashboard'
import type { IndicatorRow } from './workbook/context'

/** An indicator's Indonesian name, as the dashboard shows it. */
export function indicatorName(key: IndicatorKey): string {
  const [group, name] = key.split('.') as [keyof typeof indicatorNamesId, string]
  return (indicatorNamesId[group] as Record<string, string>)[name] ?? key
}

/** The workbook's Indikator sheet: every indicator, then the shares the program reports. */
export function indicatorRows(database: AppDatabase, filter: ReportFilter): IndicatorRow[] {
  const { indicators, shares } = indicatorsWithShares(database, filter)
  const share = (label: string, value: number | null): IndicatorRow => ({ label, value, unit: 'percent' })
  return [
    ...indicators.map((indicator) => ({
      label: indicatorName(indicator.key),
      value: indicator.value,
      unit: indicator.unit,
    })),
    share('Perempuan di antara pemimpin & pengelola', shares.womenPercent),
    share('Orang muda (16–30) di antara pemimpin & pengelola', shares.youngPercent),
    share('Perempuan di antara pemimpin & pengelola terlatih', shares.womenTrainedPercent),
    share('Orang muda (16–30) di antara pemimpin & pengelola terlatih', shares.youngTrainedPercent),
    share('Tingkat pemenuhan janji', shares.fulfilmentPercent),
    share('Bagian provinsi dari biaya pengelolaan', shares.provincialSharePercent),
  ]
}

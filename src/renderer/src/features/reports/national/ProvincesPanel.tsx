import { useCallback, useState } from 'react'
import { indicatorKeys, type IndicatorKey, type ReportFilter } from '@shared/reports'
import { useText } from '@renderer/i18n'
import { countedText } from '@renderer/i18n/counted'
import { ProvinceTileMap } from '@renderer/ui/charts'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { SelectField } from '@renderer/ui/SelectField'
import { useLoaded } from '@renderer/ui/use-loaded'
import { reportsCalls } from '../calls'
import { useFilterState } from '../filters/store'
import { useReportFigures } from '../figures'

const DAY_MS = 86_400_000

/**
 * The national view: one indicator in every province, as a tile map and a table, each with the age
 * of its last bundle. Choosing a province narrows the filters to it.
 */
export function ProvincesPanel({ filter }: { filter: ReportFilter }) {
  const t = useText()
  const figures = useReportFigures()
  const change = useFilterState((state) => state.change)
  const [key, setKey] = useState<IndicatorKey>('oms.engaged')
  const { value, error } = useLoaded(useCallback(() => reportsCalls.provinces({ filter, key }), [filter, key]))
  const freshness = (lastBundleAt: string | null) => {
    if (lastBundleAt === null) return t('reports.national.never')
    const days = Math.max(0, Math.floor((Date.now() - Date.parse(lastBundleAt)) / DAY_MS))
    return days === 0 ? t('reports.national.today') : countedText(t, 'reports.national.daysAgo_other', days)
  }
  return (
    <section aria-labelledby="provinces-title">
      <h2 id="provinces-title">{t('reports.national.title')}</h2>
      <p className="hint">{t('reports.national.lead')}</p>
      <SelectField
        label={t('reports.national.indicator')}
        value={key}
        options={indicatorKeys.map((option) => ({ value: option, label: figures.name(option) }))}
        onChange={(event) => setKey(event.target.value as IndicatorKey)}
      />
      <ErrorAlert error={error} />
      {value && (
        <>
          <p className="dashboard__scope">
            {t('reports.national.total', { value: figures.value(value.unit, value.total) })}
          </p>
          <ProvinceTileMap
            title={t('reports.national.mapTitle', { name: figures.name(value.key) })}
            valueLabel={figures.name(value.key)}
            provinces={value.provinces}
            format={(n) => figures.value(value.unit, n)}
            freshness={freshness}
            onSelect={(provinceCode) => change({ provinceCode, regencyCode: null })}
          />
        </>
      )}
    </section>
  )
}

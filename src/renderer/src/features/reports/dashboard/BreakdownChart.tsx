import { useCallback, useEffect, useRef } from 'react'
import type { Dimension, IndicatorKey, ReportFilter } from '@shared/reports'
import { useText } from '@renderer/i18n'
import { BarChart, TimeChart } from '@renderer/ui/charts'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { useLoaded } from '@renderer/ui/use-loaded'
import { reportsCalls } from '../calls'
import { useDrill } from '../drill/store'
import { useReportFigures } from '../figures'
import { everyMonth } from '../months'

interface Props {
  filter: ReportFilter
  indicator: IndicatorKey
  dimension: Dimension
  title: string
  /** A printed page draws still and says when it has drawn. */
  still?: boolean
  onReady?: () => void
}

/** One indicator split by one dimension, as bars (or columns by month); a bar opens its records. */
export function BreakdownChart({ filter, indicator, dimension, title, still, onReady }: Props) {
  const t = useText()
  const figures = useReportFigures()
  const show = useDrill((state) => state.show)
  const { value, error } = useLoaded(
    useCallback(() => reportsCalls.breakdown({ filter, key: indicator, dimension }), [filter, indicator, dimension]),
  )
  // Nothing to draw is drawn at once: a printed page must not wait for it.
  const nothing = error !== null || value?.rows.length === 0
  const told = useRef(false)
  useEffect(() => {
    if (!nothing || told.current) return
    told.current = true
    onReady?.()
  }, [nothing, onReady])
  if (error) return <ErrorAlert error={error} />
  if (value === null) return null
  const format = (n: number) => figures.value(value.unit, n)
  const name = figures.name(indicator)
  const summary = t('reports.charts.summary', {
    name,
    dimension: t(`reports.dimension.${dimension}`),
    count: figures.count(value.rows.length),
  })
  if (value.rows.length === 0)
    return (
      <div className="chart-empty">
        <h4>{title}</h4>
        <p className="hint">{t('reports.charts.empty')}</p>
      </div>
    )
  if (dimension === 'month')
    return (
      <TimeChart
        title={title}
        headingLevel={4}
        summary={summary}
        format={format}
        data={everyMonth(value.rows, filter)}
        onSelect={(month) =>
          show({
            key: indicator,
            dimension,
            bucket: month,
            bucketName: figures.bucket('month', value.kind, month, null),
          })
        }
        seriesLabel={name}
        formatMonth={(month) => figures.bucket('month', value.kind, month, null)}
        static={still}
        onReady={onReady}
      />
    )
  return (
    <BarChart
      title={title}
      headingLevel={4}
      summary={summary}
      format={format}
      allowDecimals={value.unit === 'points'}
      categoryLabel={t(`reports.dimension.${dimension}`)}
      series={{ value: name }}
      data={value.rows.map((row) => ({
        key: row.bucket,
        label: figures.bucket(dimension, value.kind, row.bucket, row.label),
        value: row.value,
      }))}
      onSelect={(bucket) => show({ key: indicator, dimension, bucket: bucket.key, bucketName: bucket.label })}
      static={still}
      onReady={onReady}
    />
  )
}

import type { IndicatorKey, IndicatorValue } from '@shared/reports'
import { useText, type MessageKey } from '@renderer/i18n'
import { useDrill } from '../drill/store'
import { useReportFigures } from '../figures'

/** Indicators with a sentence saying what they count, where the name alone could mislead. */
const hinted: IndicatorKey[] = [
  'oms.engaged',
  'oms.new',
  'cop.participants',
  'cop.graduateReach',
  'cop.scoreGain',
  'pledges.overdue',
  'governments.engaged',
]

/** An indicator's number as a button: it opens the records behind it. */
export function FigureButton({ indicator }: { indicator: IndicatorValue }) {
  const t = useText()
  const figures = useReportFigures()
  const show = useDrill((state) => state.show)
  const value = figures.value(indicator.unit, indicator.value)
  const name = figures.name(indicator.key)
  const hintId = `hint-${indicator.key.replace('.', '-')}`
  const hint = hinted.includes(indicator.key)
  return (
    <div className="figure">
      <button
        type="button"
        className="figure__button"
        data-indicator={indicator.key}
        aria-label={t('reports.dashboard.open', { name, value })}
        aria-describedby={hint ? hintId : undefined}
        onClick={() =>
          show({
            key: indicator.key,
            dimension: null,
            bucket: null,
            bucketName: null,
            dimensions: indicator.dimensions,
          })
        }
      >
        <span className="figure__value">{value}</span>
        <span className="figure__name">{name}</span>
      </button>
      {hint && (
        <p id={hintId} className="figure__hint">
          {t(`reports.hint.${indicator.key}` as MessageKey)}
        </p>
      )}
    </div>
  )
}

/** A group of indicators under its own heading. */
export function FigureGroup({
  id,
  title,
  keys,
  indicators,
  children,
}: {
  id: string
  title: string
  keys: IndicatorKey[]
  indicators: IndicatorValue[]
  children?: React.ReactNode
}) {
  return (
    <section className="figure-group" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <div className="figures">
        {keys.map((key) => {
          const indicator = indicators.find((found) => found.key === key)
          return indicator ? <FigureButton key={key} indicator={indicator} /> : null
        })}
      </div>
      {children}
    </section>
  )
}

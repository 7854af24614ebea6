import type { TargetProgress } from '@shared/reports'
import { useText } from '@renderer/i18n'
import { useDrill } from '../drill/store'
import { useReportFigures } from '../figures'

/** Each target as a bar of how far the indicator has come over the target's own period. */
export function TargetsProgress({ targets }: { targets: TargetProgress[] }) {
  const t = useText()
  const figures = useReportFigures()
  const show = useDrill((state) => state.show)
  if (targets.length === 0) return <p className="hint">{t('reports.dashboard.noTargets')}</p>
  return (
    <ul className="targets">
      {targets.map((target) => {
        const name = figures.name(target.key)
        const text = t('reports.dashboard.target', {
          achieved: figures.value(target.unit, target.achieved),
          target: figures.value(target.unit, target.value),
          percent: figures.percent(target.percent),
        })
        return (
          <li key={target.id} className="target">
            <div className="target__head">
              <span className="target__name">{name}</span>
              <span className="badge">{t(`reports.targets.scope.${target.scope}`)}</span>
              <span className="hint">
                {t('reports.dashboard.targetPeriod', {
                  from: figures.day(target.fromOn),
                  to: figures.day(target.toOn),
                })}
              </span>
            </div>
            <button
              type="button"
              className="target__button"
              aria-label={t('reports.dashboard.open', { name, value: text })}
              onClick={() =>
                show({
                  key: target.key,
                  dimension: null,
                  bucket: null,
                  bucketName: null,
                  period: { from: target.fromOn, to: target.toOn },
                })
              }
            >
              <span className="target__bar" aria-hidden="true">
                <span style={{ width: `${Math.min(100, target.percent)}%` }} />
              </span>
              <span>{text}</span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}

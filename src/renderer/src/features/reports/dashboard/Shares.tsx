import { useText } from '@renderer/i18n'
import { WOMEN_TARGET_PERCENT } from '@shared/cop'
import { useReportFigures } from '../figures'

/** A share the program reports, and for women whether it meets the ≥ 30% target. */
export function Share({
  text,
  percent,
  target,
}: {
  text: 'women' | 'young' | 'womenTrained' | 'youngTrained' | 'fulfilment' | 'provincialShare'
  percent: number | null
  target?: boolean
}) {
  const t = useText()
  const figures = useReportFigures()
  const missed = target === true && percent !== null && percent < WOMEN_TARGET_PERCENT
  return (
    <p className={`share${missed ? ' share--missed' : ''}`}>
      {t(`reports.dashboard.shares.${text}`, { percent: figures.percent(percent), target: WOMEN_TARGET_PERCENT })}
      {target === true && percent !== null && (
        <strong className="share__verdict">
          {' '}
          — {missed ? t('reports.dashboard.shares.belowTarget') : t('reports.dashboard.shares.metTarget')}
        </strong>
      )}
    </p>
  )
}

import type { Indicators } from '@shared/cop'
import { useText } from '@renderer/i18n'
import { useFigures } from '../trainers/figures'
import '@renderer/ui/Badge.css'

/** The headline counts, and whether women reach the programme's target share, said in words. */
export function KeyFigures({ indicators: i }: { indicators: Indicators }) {
  const t = useText()
  const { count, percent } = useFigures()
  const share = (value: number, of: number | null) =>
    of === null ? count(value) : t('copTrainers.indicators.share', { count: count(value), percent: percent(of) })
  // From the counts, not the rounded share: 29,96% must not pass as 30%.
  const met = i.women * 100 >= i.womenTarget * i.people
  const target = { percent: percent(i.womenPercent ?? 0), target: percent(i.womenTarget) }
  const figures: [string, string][] = [
    [t('copTrainers.indicators.people'), count(i.people)],
    [t('copTrainers.indicators.women'), share(i.women, i.womenPercent)],
    [t('copTrainers.indicators.men'), count(i.men)],
    [t('copTrainers.indicators.young'), share(i.young, i.youngPercent)],
    [t('copTrainers.indicators.ageUnknown'), count(i.ageUnknown)],
    [t('copTrainers.indicators.leaders'), count(i.leaders)],
    [t('copTrainers.indicators.managers'), count(i.managers)],
    [t('copTrainers.indicators.sessions'), count(i.sessions)],
  ]
  return (
    <>
      <dl className="cop-figures">
        {figures.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t('copTrainers.indicators.youngHint')}</p>
      <p className={`notice cop-target${met ? '' : ' cop-target--missed'}`}>
        <span className={`badge ${met ? 'badge--good' : 'badge--bad'}`}>
          {t(met ? 'copTrainers.indicators.targetMet' : 'copTrainers.indicators.targetMissed')}
        </span>{' '}
        {t(met ? 'copTrainers.indicators.targetMetText' : 'copTrainers.indicators.targetMissedText', target)}
      </p>
    </>
  )
}

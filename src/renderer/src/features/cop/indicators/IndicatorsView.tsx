import '../trainer-catalog'
import { useCallback, useEffect, useState } from 'react'
import type { Indicators } from '@shared/cop'
import type { Result } from '@shared/errors'
import { useText } from '@renderer/i18n'
import { PageHeading } from '@renderer/features/members/records/PageHeading'
import { useLoaded } from '@renderer/ui/use-loaded'
import { DateField } from '@renderer/ui/DateField'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { useAspects } from '../aspects'
import { CopNav } from '../CopNav'
import { AspectFilter } from '../trainers/AspectFilter'
import { copCalls } from '../store'
import { useFigures } from '../trainers/figures'
import { CountTable, GainTable } from './CountTable'
import { KeyFigures } from './KeyFigures'
import '../cop.css'
import './indicators.css'
import '@renderer/ui/visually-hidden.css'

interface Filter {
  from: string | null
  to: string | null
  aspect: string | null
}
const everything: Filter = { from: null, to: null, aspect: null }
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value)
const same = (a: Filter, b: Filter) => a.from === b.from && a.to === b.to && a.aspect === b.aspect

/** Indicators for a period and aspect; the answer carries the filter it is for, so its title never runs ahead. */
async function load(filter: Filter): Promise<Result<{ filter: Filter; indicators: Indicators }>> {
  const result = await copCalls.indicators(filter)
  return result.ok ? { ok: true, value: { filter, indicators: result.value } } : result
}

/** The programme's indicators, computed from attendance, for any period and aspect. */
export function IndicatorsView() {
  const t = useText()
  const aspects = useAspects()
  const { day } = useFigures()
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [aspect, setAspect] = useState<string | null>(null)
  const [filter, setFilter] = useState(everything)
  // A date still being typed is not a period yet: the figures stay those of the last complete one.
  const complete = (from === '' || isDay(from)) && (to === '' || isDay(to))
  const reversed = complete && from !== '' && to !== '' && to < from
  useEffect(() => {
    if (!complete || reversed) return
    const next = { from: from || null, to: to || null, aspect }
    const timer = window.setTimeout(() => setFilter((current) => (same(current, next) ? current : next)), 250)
    return () => window.clearTimeout(timer)
  }, [from, to, aspect, complete, reversed])
  const { value: answer, error } = useLoaded(useCallback(() => load(filter), [filter]))

  const scope = (shown: Filter) => {
    const period =
      shown.from && shown.to
        ? t('copTrainers.indicators.between', { from: day(shown.from), to: day(shown.to) })
        : shown.from
          ? t('copTrainers.indicators.since', { date: day(shown.from) })
          : shown.to
            ? t('copTrainers.indicators.until', { date: day(shown.to) })
            : t('copTrainers.indicators.allTime')
    const named = shown.aspect === null ? t('copTrainers.indicators.allAspects') : aspects.name(shown.aspect)
    return t('copTrainers.indicators.scope', { period, aspect: named })
  }

  return (
    <div className="cop-page">
      <CopNav current="indicators" />
      <PageHeading>{t('copTrainers.indicators.title')}</PageHeading>
      <p className="hint">{t('copTrainers.indicators.lead')}</p>
      <fieldset className="cop-filters" aria-describedby="cop-indicators-period">
        <legend className="visually-hidden">{t('copTrainers.indicators.filters')}</legend>
        <p id="cop-indicators-period" className="hint">
          {t('copTrainers.indicators.periodHint')}
        </p>
        <DateField label={t('copTrainers.indicators.from')} value={from} onChange={setFrom} />
        <DateField
          label={t('copTrainers.indicators.to')}
          value={to}
          onChange={setTo}
          error={reversed ? t('copTrainers.indicators.toBeforeFrom') : undefined}
        />
        <AspectFilter value={aspect} onChange={setAspect} />
      </fieldset>
      <ErrorAlert error={error} />
      {answer && (
        <section className="cop-section" aria-labelledby="cop-indicators-results">
          <h2 id="cop-indicators-results">
            {t('copTrainers.indicators.results')}: {scope(answer.filter)}
          </h2>
          {answer.indicators.people === 0 ? (
            <p className="notice">{t('copTrainers.indicators.none')}</p>
          ) : (
            <Breakdowns indicators={answer.indicators} />
          )}
        </section>
      )}
    </div>
  )
}

function Breakdowns({ indicators: i }: { indicators: Indicators }) {
  const t = useText()
  const aspects = useAspects()
  return (
    <>
      <KeyFigures indicators={i} />
      <div className="cop-breakdowns">
        <CountTable
          id="cop-indicators-aspect"
          title={t('copTrainers.indicators.byAspect')}
          nameHeader={t('copTrainers.aspect')}
          rows={i.byAspect.map((row) => ({ ...row, name: aspects.name(row.key) }))}
        />
        <CountTable
          id="cop-indicators-organisation"
          title={t('copTrainers.indicators.byOrganisation')}
          nameHeader={t('copTrainers.list.organisation')}
          rows={i.byOrganisation.map((row) => ({ ...row, name: row.name ?? t('copTrainers.noOrganisation') }))}
        />
        <CountTable
          id="cop-indicators-regency"
          title={t('copTrainers.indicators.byRegency')}
          nameHeader={t('copTrainers.indicators.regency')}
          rows={i.byRegency.map((row) => ({ ...row, name: row.name ?? t('copTrainers.indicators.unknownRegency') }))}
        />
        <GainTable rows={i.gainByAspect} />
      </div>
    </>
  )
}

import { formatDateTime } from '@shared/format'
import {
  indicatorSections,
  type Dashboard,
  type IndicatorKey,
  type ReportFilter,
  type ReportSummary,
} from '@shared/reports'
import { useText } from '@renderer/i18n'
import { useLanguage } from '../../language/store'
import { BreakdownChart } from '../dashboard/BreakdownChart'
import { PeriodText } from '../filters/PeriodText'
import { useReportFigures } from '../figures'
import { chartKey, PRINTED_CHARTS } from './charts'
import { FilterSummary } from './FilterSummary'
import '@renderer/ui/PlainTable.css'

interface Props {
  filter: ReportFilter
  dashboard: Dashboard
  summary: ReportSummary
  /** Once per chart, by its key; a chart may say so more than once. */
  onChartDrawn(key: string): void
}

/** The printed summary: a cover, indicators against targets, the charts, top initiatives and stories of change. */
export function ReportSheet({ filter, dashboard, summary, onChartDrawn }: Props) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const figures = useReportFigures()
  const valueOf = (key: IndicatorKey) => {
    const found = dashboard.indicators.find((indicator) => indicator.key === key)
    return found ? figures.value(found.unit, found.value) : '—'
  }
  const { shares } = dashboard
  return (
    <article className="report-sheet">
      <header className="report-cover">
        <p className="report-cover__kicker">{t('reports.print.kicker')}</p>
        <h1>{summary.hubName}</h1>
        {summary.provinceName && <p>{summary.provinceName}</p>}
        <p className="report-cover__period">
          {t('reports.dashboard.scope')} <PeriodText filter={filter} />
        </p>
        <FilterSummary filter={filter} />
        <p className="hint">
          {t('reports.print.generated', { when: formatDateTime(summary.generatedAt, summary.timeZone, language) })}
        </p>
      </header>

      <section>
        <h2>{t('reports.dashboard.sections.targets')}</h2>
        {dashboard.targets.length === 0 ? (
          <p>{t('reports.dashboard.noTargets')}</p>
        ) : (
          <table className="plain-table">
            <thead>
              <tr>
                <th scope="col">{t('reports.targets.indicator')}</th>
                <th scope="col">{t('reports.targets.setBy')}</th>
                <th scope="col">{t('reports.print.period')}</th>
                <th scope="col" className="number">
                  {t('reports.targets.value')}
                </th>
                <th scope="col" className="number">
                  {t('reports.print.achieved')}
                </th>
                <th scope="col" className="number">
                  %
                </th>
              </tr>
            </thead>
            <tbody>
              {dashboard.targets.map((target) => (
                <tr key={target.id}>
                  <th scope="row">{figures.name(target.key)}</th>
                  <td>{t(`reports.targets.scope.${target.scope}`)}</td>
                  <td>
                    {t('reports.dashboard.targetPeriod', {
                      from: figures.day(target.fromOn),
                      to: figures.day(target.toOn),
                    })}
                  </td>
                  <td className="number">{figures.value(target.unit, target.value)}</td>
                  <td className="number">{figures.value(target.unit, target.achieved)}</td>
                  <td className="number">{figures.percent(target.percent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section>
        <h2>{t('reports.print.indicators')}</h2>
        <table className="plain-table">
          <tbody>
            {indicatorSections.map((section) => [
              <tr key={section.section} className="report-sheet__group">
                <th scope="colgroup" colSpan={2}>
                  {t(`reports.dashboard.sections.${section.section}`)}
                </th>
              </tr>,
              ...section.keys.map((key) => (
                <tr key={key}>
                  <th scope="row">{figures.name(key)}</th>
                  <td className="number">{valueOf(key)}</td>
                </tr>
              )),
            ])}
          </tbody>
        </table>
        <ul>
          <li>{t('reports.dashboard.shares.women', { percent: figures.percent(shares.womenPercent), target: 30 })}</li>
          <li>{t('reports.dashboard.shares.young', { percent: figures.percent(shares.youngPercent) })}</li>
          <li>
            {t('reports.dashboard.shares.womenTrained', {
              percent: figures.percent(shares.womenTrainedPercent),
              target: 30,
            })}
          </li>
          <li>
            {t('reports.dashboard.shares.youngTrained', { percent: figures.percent(shares.youngTrainedPercent) })}
          </li>
          <li>{t('reports.dashboard.shares.fulfilment', { percent: figures.percent(shares.fulfilmentPercent) })}</li>
          <li>
            {t('reports.dashboard.shares.provincialShare', { percent: figures.percent(shares.provincialSharePercent) })}
          </li>
        </ul>
      </section>

      <section className="report-sheet__notes" aria-labelledby="report-notes">
        <h2 id="report-notes">{t('reports.print.notes')}</h2>
        <ul>
          <li>{t('reports.print.noteStanding')}</li>
          <li>{t('reports.hint.pledges.overdue')}</li>
          <li>{t('reports.hint.oms.engaged')}</li>
          <li>{t('reports.hint.cop.participants')}</li>
          <li>{t('reports.print.noteTargets')}</li>
        </ul>
      </section>

      <section className="report-sheet__charts">
        <h2>{t('reports.dashboard.sections.charts')}</h2>
        {PRINTED_CHARTS.map((chart) => (
          <BreakdownChart
            key={chartKey(chart)}
            filter={filter}
            indicator={chart.indicator}
            dimension={chart.dimension}
            title={t(`reports.charts.${chart.title as 'omsByRegency'}`)}
            still
            onReady={() => onChartDrawn(chartKey(chart))}
          />
        ))}
      </section>

      <section>
        <h2>{t('reports.print.topInitiatives')}</h2>
        {summary.initiatives.length === 0 ? (
          <p>{t('reports.print.noInitiatives')}</p>
        ) : (
          <table className="plain-table">
            <thead>
              <tr>
                <th scope="col">{t('reports.print.initiative')}</th>
                <th scope="col">{t('reports.print.lead')}</th>
                <th scope="col" className="number">
                  {t('reports.indicator.pledges.fundsReceived')}
                </th>
                <th scope="col" className="number">
                  {t('reports.indicator.pledges.inKindValue')}
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.initiatives.map((initiative) => (
                <tr key={initiative.id}>
                  <th scope="row">{initiative.title}</th>
                  <td>{[initiative.organisation, initiative.regency].filter(Boolean).join(', ')}</td>
                  <td className="number">{figures.value('rupiah', initiative.fundsReceived)}</td>
                  <td className="number">{figures.value('rupiah', initiative.inKindValue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section>
        <h2>{t('reports.print.stories')}</h2>
        {summary.stories.length === 0 ? (
          <p>{t('reports.print.noStories')}</p>
        ) : (
          summary.stories.map((story) => (
            <article key={story.id} className="report-story">
              <h3>{story.title}</h3>
              <p className="hint">
                {story.initiative} · {figures.day(story.happenedOn)}
              </p>
              {story.narrative && <p>{story.narrative}</p>}
              {story.before && (
                <p>
                  <strong>{t('reports.print.before')}</strong> {story.before}
                </p>
              )}
              {story.after && (
                <p>
                  <strong>{t('reports.print.after')}</strong> {story.after}
                </p>
              )}
            </article>
          ))
        )}
      </section>
    </article>
  )
}

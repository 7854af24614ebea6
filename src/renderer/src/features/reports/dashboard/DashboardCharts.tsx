import type { ReportFilter } from '@shared/reports'
import { useText } from '@renderer/i18n'
import { useHubProvince } from '../../reference/store'
import { BreakdownChart } from './BreakdownChart'

/**
 * The breakdowns people would rather look at than read. The national instance without a province
 * chosen sees OMS by province; a province, by kabupaten/kota.
 */
export function DashboardCharts({ filter }: { filter: ReportFilter }) {
  const t = useText()
  const byProvince = useHubProvince() === null && filter.provinceCode === null
  return (
    <section className="figure-group" aria-labelledby="charts-title">
      <h3 id="charts-title">{t('reports.dashboard.sections.charts')}</h3>
      <div className="charts">
        <BreakdownChart
          filter={filter}
          indicator="oms.members"
          dimension={byProvince ? 'province' : 'regency'}
          title={t(byProvince ? 'reports.charts.omsByProvince' : 'reports.charts.omsByRegency')}
        />
        <BreakdownChart
          filter={filter}
          indicator="pledges.fundsReceived"
          dimension="month"
          title={t('reports.charts.fundsByMonth')}
        />
        <BreakdownChart
          filter={filter}
          indicator="cop.sessions"
          dimension="aspect"
          title={t('reports.charts.sessionsByAspect')}
        />
        <BreakdownChart
          filter={filter}
          indicator="cop.participants"
          dimension="gender"
          title={t('reports.charts.trainedByGender')}
        />
        <BreakdownChart
          filter={filter}
          indicator="cop.participants"
          dimension="ageBand"
          title={t('reports.charts.trainedByAge')}
        />
        <BreakdownChart
          filter={filter}
          indicator="pledges.all"
          dimension="form"
          title={t('reports.charts.pledgesByForm')}
        />
      </div>
    </section>
  )
}

import '../catalog'
import { useEffect, useState, type ReactNode } from 'react'
import { indicatorSections, type Dashboard as DashboardData, type ReportFilter } from '@shared/reports'
import type { ErrorPayload } from '@shared/errors'
import { useText } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { reportsCalls } from '../calls'
import { DrillDialog } from '../drill/DrillDialog'
import { ReportFilters } from '../filters/ReportFilters'
import { useReportFilter } from '../filters/store'
import { PeriodText } from '../filters/PeriodText'
import { CapacityTable } from './CapacityTable'
import { DashboardCharts } from './DashboardCharts'
import { FigureGroup } from './FigureButton'
import { FormsTable } from './FormsTable'
import { Share } from './Shares'
import { TargetsProgress } from './TargetsProgress'
import '../reports.css'

/** The dashboard's answer with the filter it was computed for, so what is shown never runs ahead of it. */
function useDashboard(filter: ReportFilter | null) {
  const [answer, setAnswer] = useState<{ filter: ReportFilter; data: DashboardData } | null>(null)
  const [error, setError] = useState<ErrorPayload | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    if (filter === null) return
    let current = true
    // Typing a date or stepping through a list settles before the indicators are computed again.
    const timer = window.setTimeout(() => {
      setBusy(true)
      void reportsCalls.dashboard({ filter }).then((result) => {
        if (!current) return
        setBusy(false)
        if (result.ok) {
          setAnswer({ filter, data: result.value })
          setError(null)
        } else setError(result.error)
      })
    }, 200)
    return () => {
      current = false
      window.clearTimeout(timer)
    }
  }, [filter])
  return { answer, error, busy }
}

/** Beranda's indicators: every number computed from the data, each opening the records behind it. */
export default function Dashboard() {
  const t = useText()
  const filter = useReportFilter()
  const { answer, error, busy } = useDashboard(filter)
  return (
    <section className="dashboard" aria-labelledby="dashboard-title" aria-busy={busy}>
      <h2 id="dashboard-title">{t('reports.dashboard.title')}</h2>
      <p className="hint">{t('reports.dashboard.lead')}</p>
      <ReportFilters />
      <ErrorAlert error={error} />
      {answer === null ? (
        <p aria-live="polite">{t('reports.dashboard.loading')}</p>
      ) : (
        <DashboardBody filter={answer.filter} data={answer.data} />
      )}
      {answer && <DrillDialog filter={answer.filter} />}
    </section>
  )
}

function DashboardBody({ filter, data }: { filter: ReportFilter; data: DashboardData }) {
  const t = useText()
  const { indicators, shares } = data
  // What each group shows below its figures: the shares it reports and its table.
  const extras: Record<(typeof indicatorSections)[number]['section'], ReactNode> = {
    organisations: <CapacityTable rows={data.capacity} />,
    people: (
      <>
        <Share text="women" percent={shares.womenPercent} target />
        <Share text="young" percent={shares.youngPercent} />
      </>
    ),
    capacity: (
      <>
        <Share text="womenTrained" percent={shares.womenTrainedPercent} target />
        <Share text="youngTrained" percent={shares.youngTrainedPercent} />
      </>
    ),
    galangDaya: (
      <>
        <Share text="fulfilment" percent={shares.fulfilmentPercent} />
        <Share text="provincialShare" percent={shares.provincialSharePercent} />
        <FormsTable rows={data.forms} />
      </>
    ),
    governments: null,
  }
  return (
    <>
      <p className="dashboard__scope" aria-live="polite">
        {t('reports.dashboard.scope')} <PeriodText filter={filter} />
      </p>
      <section className="figure-group" aria-labelledby="targets-title">
        <h3 id="targets-title">{t('reports.dashboard.sections.targets')}</h3>
        <TargetsProgress targets={data.targets} />
      </section>
      {indicatorSections.map(({ section, keys }) => (
        <FigureGroup
          key={section}
          id={`group-${section}`}
          title={t(`reports.dashboard.sections.${section}`)}
          keys={keys}
          indicators={indicators}
        >
          {extras[section]}
        </FigureGroup>
      ))}
      <DashboardCharts filter={filter} />
    </>
  )
}

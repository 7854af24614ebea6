import '../catalog'
import { useEffect, useMemo, useState } from 'react'
import { reportFilterInput, type Dashboard, type ReportFilter, type ReportSummary } from '@shared/reports'
import type { ErrorPayload } from '@shared/errors'
import { useText } from '@renderer/i18n'
import { usePrintReady } from '../../print/ready'
import { usePrintRoute } from '../../print/route'
import { reportsCalls } from '../calls'
import { PRINTED_CHARTS } from './charts'
import { ReportSheet } from './ReportSheet'
import './report.css'

function parsedFilter(text: string): ReportFilter | null {
  try {
    const parsed = reportFilterInput.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** The dashboard's summary for one filter, printed by main: ready once its numbers and every chart are drawn. */
export default function ReportPrint() {
  const t = useText()
  const route = usePrintRoute()
  const filter = useMemo(() => (route?.page === 'report' ? parsedFilter(route.filter) : null), [route])
  const [data, setData] = useState<{ dashboard: Dashboard; summary: ReportSummary } | null>(null)
  const [error, setError] = useState<ErrorPayload | null>(null)
  const [drawn, setDrawn] = useState<ReadonlySet<string>>(new Set())
  useEffect(() => {
    if (filter === null) return
    void Promise.all([reportsCalls.dashboard({ filter }), reportsCalls.summary({ filter })]).then(
      ([dashboard, summary]) => {
        if (!dashboard.ok) setError(dashboard.error)
        else if (!summary.ok) setError(summary.error)
        else setData({ dashboard: dashboard.value, summary: summary.value })
      },
    )
  }, [filter])
  usePrintReady(data !== null && drawn.size >= PRINTED_CHARTS.length, error !== null || filter === null)
  if (filter === null || error)
    return (
      <p role="alert" className="alert">
        {t('reports.print.unreadable', { message: error?.message ?? '' })}
      </p>
    )
  if (data === null) return null
  return (
    <ReportSheet
      filter={filter}
      dashboard={data.dashboard}
      summary={data.summary}
      onChartDrawn={(key) => setDrawn((keys) => (keys.has(key) ? keys : new Set([...keys, key])))}
    />
  )
}

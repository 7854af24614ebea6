import './catalog'
import { useText } from '@renderer/i18n'
import { ScreenHeading } from '@renderer/ui/ScreenHeading'
import { useHubProvince } from '../reference/store'
import { ExportPanel } from './export/ExportPanel'
import { ReportFilters } from './filters/ReportFilters'
import { useReportFilter } from './filters/store'
import { ProvincesPanel } from './national/ProvincesPanel'
import { TargetsPanel } from './targets/TargetsPanel'
import './reports.css'

/** Laporan: the reports of the dashboard's filters, the targets, and on the national instance every province. */
export default function ReportsScreen() {
  const t = useText()
  const filter = useReportFilter()
  const national = useHubProvince() === null
  return (
    <div className="reports-screen">
      <ScreenHeading>{t('reports.screen.title')}</ScreenHeading>
      <p className="hint">{t('reports.screen.lead')}</p>
      <ReportFilters />
      <ExportPanel filter={filter} />
      {national && filter && <ProvincesPanel filter={filter} />}
      <TargetsPanel />
    </div>
  )
}

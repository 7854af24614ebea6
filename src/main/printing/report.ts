import type { PrintedFile } from '../../shared/printing'
import type { ReportFilter } from '../../shared/reports'
import { requireIdentity } from '../hub/service'
import type { Services } from '../services'
import { savePrintedPage } from './save-pdf'

/** The hash route of the printable summary for a filter, as the renderer routes it. */
export const reportRoute = (filter: ReportFilter) => `/print/report/${encodeURIComponent(JSON.stringify(filter))}`

/** The summary the dashboard shows, printed by Chromium to a PDF where the user chooses. */
export async function printReport(services: Services, filter: ReportFilter): Promise<PrintedFile | null> {
  const { name } = requireIdentity(services.database)
  const period = filter.from || filter.to ? `${filter.from ?? ''}_${filter.to ?? ''}` : 'semua'
  const suggestedName = `Laporan-${name}-${period}`.replace(/[^\p{L}\p{N}_-]+/gu, '-') + '.pdf'
  return savePrintedPage(services, { route: reportRoute(filter), suggestedName })
}

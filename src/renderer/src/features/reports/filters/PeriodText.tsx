import type { ReportFilter } from '@shared/reports'
import { useText } from '@renderer/i18n'
import { useReportFigures } from '../figures'

/** The period a figure is for, in words: "1 Jan 2026 – 18 Mei 2026", "sepanjang waktu". */
export function PeriodText({ filter }: { filter: Pick<ReportFilter, 'from' | 'to'> }) {
  const t = useText()
  const { day } = useReportFigures()
  const { from, to } = filter
  return (
    <>
      {from && to
        ? t('reports.filters.between', { from: day(from), to: day(to) })
        : from
          ? t('reports.filters.since', { date: day(from) })
          : to
            ? t('reports.filters.until', { date: day(to) })
            : t('reports.filters.everything')}
    </>
  )
}

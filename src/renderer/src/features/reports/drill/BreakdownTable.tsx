import { useCallback } from 'react'
import type { Dimension, ReportFilter } from '@shared/reports'
import { useText } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { useLoaded } from '@renderer/ui/use-loaded'
import { reportsCalls } from '../calls'
import { useReportFigures } from '../figures'
import { useDrill, type DrillRequest } from './store'
import '@renderer/ui/PlainTable.css'

/** An indicator split by one dimension, as a table; each bucket opens its own records. */
export function BreakdownTable({
  filter,
  request,
  dimension,
}: {
  filter: ReportFilter
  request: DrillRequest
  dimension: Dimension
}) {
  const t = useText()
  const figures = useReportFigures()
  const show = useDrill((state) => state.show)
  const { value, error } = useLoaded(
    useCallback(
      () => reportsCalls.breakdown({ filter, key: request.key, dimension }),
      [filter, request.key, dimension],
    ),
  )
  if (error) return <ErrorAlert error={error} />
  if (value === null) return <p aria-live="polite">{t('reports.dashboard.loading')}</p>
  if (value.rows.length === 0) return <p className="notice">{t('reports.drill.empty')}</p>
  return (
    <div className="drill__scroll">
      <table className="plain-table">
        <thead>
          <tr>
            <th scope="col">{t(`reports.dimension.${dimension}`)}</th>
            <th scope="col" className="number">
              {figures.name(request.key)}
            </th>
          </tr>
        </thead>
        <tbody>
          {value.rows.map((row) => {
            const bucketName = figures.bucket(dimension, value.kind, row.bucket, row.label)
            return (
              <tr key={row.bucket}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => show({ ...request, dimension, bucket: row.bucket, bucketName })}
                  >
                    {bucketName}
                  </button>
                </th>
                <td className="number">{figures.value(value.unit, row.value)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

import { formatDecimal } from '@shared/format'
import type { CapacityRow } from '@shared/reports'
import { useText } from '@renderer/i18n'
import { useAspects } from '../../cop/aspects'
import { useLanguage } from '../../language/store'
import { useDrill } from '../drill/store'
import { useReportFigures } from '../figures'
import '@renderer/ui/PlainTable.css'

/** OMS' self-assessed capacity per aspect: first and latest means, and the change of those assessed twice. */
export function CapacityTable({ rows }: { rows: CapacityRow[] }) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const aspects = useAspects()
  const figures = useReportFigures()
  const show = useDrill((state) => state.show)
  if (rows.length === 0) return <p className="hint">{t('reports.dashboard.capacity.none')}</p>
  const score = (value: number | null) => (value === null ? '—' : formatDecimal(value, language))
  const change = (value: number | null) => (value === null ? '—' : `${value > 0 ? '+' : ''}${score(value)}`)
  return (
    <table className="plain-table" aria-labelledby="capacity-title">
      <caption id="capacity-title">{t('reports.dashboard.capacity.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reports.dashboard.capacity.aspect')}</th>
          <th scope="col" className="number">
            {t('reports.dashboard.capacity.organisations')}
          </th>
          <th scope="col" className="number">
            {t('reports.dashboard.capacity.first')}
          </th>
          <th scope="col" className="number">
            {t('reports.dashboard.capacity.latest')}
          </th>
          <th scope="col" className="number">
            {t('reports.dashboard.capacity.change')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.aspect}>
            <th scope="row">{aspects.name(row.aspect)}</th>
            <td className="number">
              <button
                type="button"
                className="link-button"
                onClick={() => show({ key: 'oms.assessed', dimension: null, bucket: null, bucketName: null })}
              >
                {figures.count(row.organisations)}
              </button>
            </td>
            <td className="number">{score(row.first)}</td>
            <td className="number">{score(row.latest)}</td>
            <td className="number">{change(row.change)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

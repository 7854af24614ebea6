import type { Indicators } from '@shared/cop'
import { useText } from '@renderer/i18n'
import { useAspects } from '../aspects'
import { useFigures } from '../trainers/figures'
import '@renderer/ui/PlainTable.css'

interface FigureRow {
  key: string
  name: string
  figures: [string, string]
}

interface FigureTableProps {
  id: string
  title: string
  /** What the figures mean, read before the table. */
  hint?: string
  /** Said instead of an empty table. */
  empty: string
  headers: [string, string, string]
  rows: FigureRow[]
}

/** A breakdown under its own heading: a name, then two figures per row. */
function FigureTable({ id, title, hint, empty, headers: [name, first, second], rows }: FigureTableProps) {
  return (
    <div>
      <h3 id={id}>{title}</h3>
      {hint && <p className="hint">{hint}</p>}
      {rows.length === 0 ? (
        <p className="notice">{empty}</p>
      ) : (
        <table className="plain-table" aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{name}</th>
              <th scope="col" className="number">
                {first}
              </th>
              <th scope="col" className="number">
                {second}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.name}</th>
                <td className="number">{row.figures[0]}</td>
                <td className="number">{row.figures[1]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

interface Count {
  /** Null where the people had no OMS, or their OMS no kabupaten/kota. */
  key: string | null
  name: string
  people: number
  women: number
}

/** People trained in one breakdown (aspect, OMS, kabupaten/kota), with the women among them. */
export function CountTable({
  id,
  title,
  nameHeader,
  rows,
}: {
  id: string
  title: string
  nameHeader: string
  rows: Count[]
}) {
  const t = useText()
  const { count, shareOf } = useFigures()
  return (
    <FigureTable
      id={id}
      title={title}
      empty={t('copTrainers.indicators.none')}
      headers={[nameHeader, t('copTrainers.indicators.peopleColumn'), t('copTrainers.indicators.womenColumn')]}
      rows={rows.map((row) => ({
        key: row.key ?? '',
        name: row.name,
        figures: [
          count(row.people),
          t('copTrainers.indicators.share', { count: count(row.women), percent: shareOf(row.women, row.people) }),
        ],
      }))}
    />
  )
}

/** The mean post-test gain per aspect, over participants who sat both tests. */
export function GainTable({ rows }: { rows: Indicators['gainByAspect'] }) {
  const t = useText()
  const aspects = useAspects()
  const { count, change } = useFigures()
  return (
    <FigureTable
      id="cop-indicators-gain"
      title={t('copTrainers.indicators.gain')}
      hint={t('copTrainers.indicators.gainHint')}
      empty={t('copTrainers.indicators.gainNone')}
      headers={[t('copTrainers.aspect'), t('copTrainers.indicators.scored'), t('copTrainers.indicators.meanGain')]}
      rows={rows.map((row) => ({
        key: row.aspect,
        name: aspects.name(row.aspect),
        figures: [count(row.count), t('copTrainers.indicators.points', { value: change(row.gain) })],
      }))}
    />
  )
}

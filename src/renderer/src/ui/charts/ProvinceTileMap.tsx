import { useId } from 'react'
import { useText } from '@renderer/i18n'
import { ChartFrame, type ChartFrameProps } from './ChartFrame'
import { SCALE_COLOURS, sequentialScale } from './scale'
import { TILE_GRID } from './tile-grid'
import type { NumberFormat } from './types'

export interface ProvinceValue {
  /** Kemendagri's two digits: '11' Aceh … '96' Papua Barat Daya. */
  code: string
  name: string
  /** null: no data from this province (no hub, or no bundle yet), unlike 0. */
  value: number | null
  lastBundleAt: string | null
}

export interface ProvinceTileMapProps extends ChartFrameProps {
  provinces: readonly ProvinceValue[]
  /** What the values are: the table's column header ("Janji dukungan"). */
  valueLabel: string
  format: NumberFormat
  /** The text under the value: "3 hari lalu", "belum pernah". */
  freshness: (lastBundleAt: string | null) => string
  onSelect: (code: string) => void
}

/**
 * Indonesia's provinces as a grid of tiles placed roughly where they lie, shaded light to dark by
 * value in five steps with a legend; a province without data is hatched grey. Each tile is a button
 * named "Jawa Timur: 1.250 — 3 hari lalu", in reading order for the Tab key. A Grafik / Tabel
 * switch shows the same numbers as a table.
 */
export function ProvinceTileMap(props: ProvinceTileMapProps) {
  const { provinces, valueLabel, format, freshness, onSelect } = props
  const t = useText()
  const legendId = useId()
  const scale = sequentialScale(provinces.map((province) => province.value))
  const valueText = (value: number | null) => (value === null ? t('charts.noData') : format(value))
  const placed = provinces
    .flatMap((province) => {
      const place = TILE_GRID[province.code]
      return place ? [{ province, place }] : []
    })
    .sort((a, b) => a.place.row - b.place.row || a.place.col - b.place.col)
  const byCode = [...provinces].sort((a, b) => a.code.localeCompare(b.code))

  return (
    <ChartFrame {...props} className="chart--tiles">
      {(view, titleId) =>
        view === 'table' ? (
          <table className="plain-table chart__table" aria-labelledby={titleId}>
            <thead>
              <tr>
                <th scope="col">{t('charts.province')}</th>
                <th scope="col" className="number">
                  {valueLabel}
                </th>
                <th scope="col">{t('charts.lastBundle')}</th>
              </tr>
            </thead>
            <tbody>
              {byCode.map(({ code, name, value, lastBundleAt }) => (
                <tr key={code}>
                  <th scope="row">
                    <button type="button" className="chart__pick" onClick={() => onSelect(code)}>
                      {name}
                    </button>
                  </th>
                  <td className="number">{valueText(value)}</td>
                  <td>{freshness(lastBundleAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <>
            <div className="tile-map">
              {placed.map(({ province: { code, name, value, lastBundleAt }, place }) => {
                const step = scale.bucket(value)
                const colours = step === null ? undefined : SCALE_COLOURS[step]
                const when = freshness(lastBundleAt)
                return (
                  <button
                    key={code}
                    type="button"
                    className={`tile-map__tile${colours ? '' : ' tile-map__tile--none'}`}
                    style={{
                      gridRow: place.row + 1,
                      gridColumn: place.col + 1,
                      background: colours?.fill,
                      color: colours?.text,
                    }}
                    aria-label={`${name}: ${valueText(value)} — ${when}`}
                    title={name}
                    onClick={() => onSelect(code)}
                  >
                    <span className="tile-map__short">{place.short}</span>
                    {/* The hatching and the legend say "no data"; the tile is too narrow for the words. */}
                    <span className="tile-map__value">{value === null ? '–' : format(value)}</span>
                    <span className="tile-map__when">{when}</span>
                  </button>
                )
              })}
            </div>
            <div className="tile-map__legend">
              <span id={legendId} className="tile-map__legend-title">
                {t('charts.legend')}
              </span>
              <ul aria-labelledby={legendId}>
                {scale.ranges.map(({ from, to }, step) => (
                  <li key={step}>
                    <span
                      className="tile-map__swatch"
                      style={{ background: SCALE_COLOURS[step]?.fill }}
                      aria-hidden="true"
                    />
                    {step === scale.ranges.length - 1
                      ? t('charts.rangeTop', { from: format(from) })
                      : t('charts.range', { from: format(from), to: format(to) })}
                  </li>
                ))}
                <li>
                  <span className="tile-map__swatch tile-map__tile--none" aria-hidden="true" />
                  {t('charts.noData')}
                </li>
              </ul>
            </div>
          </>
        )
      }
    </ChartFrame>
  )
}

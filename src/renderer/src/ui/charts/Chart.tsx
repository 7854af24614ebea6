import { Component, lazy, Suspense, useState, useSyncExternalStore, type ReactNode } from 'react'
import { useText } from '@renderer/i18n'
import { ChartFrame, type ChartFrameProps } from './ChartFrame'
import { plotLoader } from './load'
import type { BarDatum, BarSeries, MonthDatum, NumberFormat } from './types'

interface ChartProps extends ChartFrameProps {
  /** One sentence that says what the chart shows, read out in place of the drawing. */
  summary: string
  /** Formats values on the axis, in the tooltip and in the table. */
  format: NumberFormat
  /** Allows axis ticks between whole numbers (ratios); counts and rupiah have none. */
  allowDecimals?: boolean
  /** Draws the final chart at once, without animation: for a page that is printed to PDF. */
  static?: boolean
  /** Called when the chart has drawn its data (its code loaded), again for new data; a print page waits for it. */
  onReady?: () => void
}

export interface BarChartProps extends ChartProps {
  /** Drawn top to bottom in this order. */
  data: readonly BarDatum[]
  series: BarSeries
  /** The header of the table's first column: "Kabupaten/kota", "Bentuk dukungan". */
  categoryLabel: string
  /** A bar (or, in the table, its name) was chosen. */
  onSelect?: (bucket: BarDatum) => void
}

export interface TimeChartProps extends ChartProps {
  /** Every month of the period, in order: a month left out leaves no gap, so give a month without any 0. */
  data: readonly MonthDatum[]
  /** What the values are: the tooltip's and the table's name for them. */
  seriesLabel: string
  /** '2025-03' → "Mar 2025": monthFormatter(language) from this folder. */
  formatMonth: (month: string) => string
  /** Columns (the default) or a line. */
  kind?: 'columns' | 'line'
  /** The plot's height in pixels; 260. */
  height?: number
  /** A month (or, in the table, its name) was chosen. */
  onSelect?: (month: string) => void
}

const printMedia = () => (typeof window === 'undefined' ? null : (window.matchMedia?.('print') ?? null))
function subscribePrint(onChange: () => void): () => void {
  const media = printMedia()
  media?.addEventListener('change', onChange)
  return () => media?.removeEventListener('change', onChange)
}

/**
 * Whether the chart may animate: not when the caller asks for a still (a page printed to PDF), nor
 * while the page is in print media (Chromium prints there), so a PDF holds the final bars.
 */
function useAnimate(still: boolean | undefined): boolean {
  const printing = useSyncExternalStore(
    subscribePrint,
    () => printMedia()?.matches ?? false,
    () => false,
  )
  return !still && !printing
}

/** Each bar's row: one bar 28 px, a pair 40 px (16 and 24 when still, for print), plus the number axis. */
function barChartHeight(rows: number, pairs: boolean, still: boolean): number {
  // On paper bars are read, not pointed at: thinner, so 38 kabupaten/kota fit one A4 page.
  const row = still ? (pairs ? 24 : 16) : pairs ? 40 : 28
  return Math.max(120, rows * row + 40)
}

/**
 * Categories as horizontal bars (long kabupaten/kota names read along the axis), with an optional
 * second series beside each; a Grafik / Tabel switch shows the same numbers as a table, where each
 * name is a button when bars can be chosen (the keyboard's way to choose one).
 */
export function BarChart(props: BarChartProps) {
  const { data, series, categoryLabel, onSelect, format, summary, onReady } = props
  const t = useText()
  const [Plot] = useState(() => lazy(plotLoader('BarPlot')))
  const animate = useAnimate(props.static)
  const hasSecond = series.second !== undefined
  const height = barChartHeight(data.length, hasSecond, props.static === true)
  const table = (titleId: string) => (
    <table className="plain-table chart__table" aria-labelledby={titleId}>
      <thead>
        <tr>
          <th scope="col">{categoryLabel}</th>
          <th scope="col" className="number">
            {series.value}
          </th>
          {hasSecond && (
            <th scope="col" className="number">
              {series.second}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {data.map((bucket) => (
          <tr key={bucket.key}>
            <th scope="row">
              {onSelect ? (
                <button type="button" className="chart__pick" onClick={() => onSelect(bucket)}>
                  {bucket.label}
                </button>
              ) : (
                bucket.label
              )}
            </th>
            <td className="number">{format(bucket.value)}</td>
            {hasSecond && (
              <td className="number">{bucket.second == null ? t('charts.noData') : format(bucket.second)}</td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
  return (
    <ChartFrame {...props} className="chart--bars">
      {(view, titleId) =>
        view === 'table' ? (
          table(titleId)
        ) : (
          <>
            {series.second !== undefined && <SeriesLegend names={[series.value, series.second]} />}
            <PlotSlot summary={summary} height={height} onReady={onReady} failed={table(titleId)}>
              <Plot
                data={data}
                hasSecond={hasSecond}
                names={{ value: series.value, second: series.second ?? '' }}
                onSelect={onSelect}
                height={height}
                animate={animate}
                format={format}
                allowDecimals={props.allowDecimals ?? false}
                onReady={onReady}
              />
            </PlotSlot>
          </>
        )
      }
    </ChartFrame>
  )
}

/** Values per month as columns or a line; a Grafik / Tabel switch shows them as a table. */
export function TimeChart(props: TimeChartProps) {
  const { data, seriesLabel, formatMonth, kind = 'columns', height = 260, format, summary, onReady, onSelect } = props
  const t = useText()
  const [Plot] = useState(() => lazy(plotLoader('TimePlot')))
  const animate = useAnimate(props.static)
  const table = (titleId: string) => (
    <table className="plain-table chart__table" aria-labelledby={titleId}>
      <thead>
        <tr>
          <th scope="col">{t('charts.month')}</th>
          <th scope="col" className="number">
            {seriesLabel}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.map(({ month, value }) => (
          <tr key={month}>
            <th scope="row">
              {onSelect ? (
                <button type="button" className="chart__pick" onClick={() => onSelect(month)}>
                  {formatMonth(month)}
                </button>
              ) : (
                formatMonth(month)
              )}
            </th>
            <td className="number">{format(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
  return (
    <ChartFrame {...props} className="chart--months">
      {(view, titleId) =>
        view === 'table' ? (
          table(titleId)
        ) : (
          <PlotSlot summary={summary} height={height} onReady={onReady} failed={table(titleId)}>
            <Plot
              data={data}
              name={seriesLabel}
              formatMonth={formatMonth}
              kind={kind}
              height={height}
              animate={animate}
              format={format}
              allowDecimals={props.allowDecimals ?? false}
              onReady={onReady}
              onSelect={onSelect}
            />
          </PlotSlot>
        )
      }
    </ChartFrame>
  )
}

/** The two series' names with their colours, as text a screen reader reads too. */
function SeriesLegend({ names }: { names: [string, string] }) {
  return (
    <ul className="chart__legend">
      {names.map((name, i) => (
        <li key={i}>
          <span className={`chart__swatch chart__swatch--${i + 1}`} aria-hidden="true" />
          {name}
        </li>
      ))}
    </ul>
  )
}

/**
 * The drawing's place: its height kept while the code loads, one sentence for screen readers in
 * place of the picture, and the table instead when the code cannot be loaded.
 */
function PlotSlot({
  summary,
  height,
  onReady,
  failed,
  children,
}: {
  summary: string
  height: number
  onReady: (() => void) | undefined
  failed: ReactNode
  children: ReactNode
}) {
  const t = useText()
  return (
    <PlotBoundary onFailed={onReady} failed={failed} note={t('charts.failed')}>
      <div className="chart__plot" role="img" aria-label={summary} style={{ height }}>
        <Suspense fallback={<p className="chart__loading">{t('charts.loading')}</p>}>{children}</Suspense>
      </div>
    </PlotBoundary>
  )
}

interface BoundaryProps {
  failed: ReactNode
  note: string
  /** The table is drawn instead: a print page may go on. */
  onFailed: (() => void) | undefined
  children: ReactNode
}

class PlotBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  override componentDidCatch() {
    this.props.onFailed?.()
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return (
      <>
        <p className="hint">{this.props.note}</p>
        {this.props.failed}
      </>
    )
  }
}

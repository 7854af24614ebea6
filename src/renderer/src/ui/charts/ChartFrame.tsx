import { useId, useState, type ReactNode } from 'react'
import { useText } from '@renderer/i18n'
import '../PlainTable.css'
import '../Segmented.css'
import './charts.css'

export type ChartView = 'chart' | 'table'

/** What every chart and the tile map take besides their data. */
export interface ChartFrameProps {
  title: string
  /** The title's heading level where the chart stands; 3 (under a screen's h1 and a section's h2). */
  headingLevel?: 2 | 3 | 4
  /** Shown view, when the caller keeps it (controlled); with onViewChange. */
  view?: ChartView
  /** The first view when the chart keeps its own; 'chart'. */
  defaultView?: ChartView
  onViewChange?(view: ChartView): void
}

const VIEWS: readonly ChartView[] = ['chart', 'table']

/**
 * A chart's title with its Grafik / Tabel switch, and the view chosen below them. The switch is a
 * pair of toggle buttons named by the title, so a screen reader says which is on and for which chart.
 */
export function ChartFrame({
  title,
  headingLevel = 3,
  view,
  defaultView = 'chart',
  onViewChange,
  className,
  children,
}: ChartFrameProps & { className: string; children(view: ChartView, titleId: string): ReactNode }) {
  const t = useText()
  const titleId = useId()
  const [ownView, setOwnView] = useState(defaultView)
  const shown = view ?? ownView
  const Heading = `h${headingLevel}` as const
  const choose = (next: ChartView) => {
    setOwnView(next)
    onViewChange?.(next)
  }
  return (
    <figure className={`chart ${className}`} aria-labelledby={titleId}>
      <div className="chart__head">
        <Heading id={titleId} className="chart__title">
          {title}
        </Heading>
        <div role="group" aria-label={t('charts.view', { title })} className="segmented chart__views">
          {VIEWS.map((option) => (
            <button key={option} type="button" aria-pressed={option === shown} onClick={() => choose(option)}>
              {t(option === 'chart' ? 'charts.chart' : 'charts.table')}
            </button>
          ))}
        </div>
      </div>
      {children(shown, titleId)}
    </figure>
  )
}

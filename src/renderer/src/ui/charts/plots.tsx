/**
 * The charts' drawings, with recharts: this module is its own chunk, loaded by Chart.tsx through
 * React.lazy, so the library stays out of the first screen's JavaScript.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import {
  Bar,
  BarChart as RechartsBarChart,
  CartesianGrid,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
  type MouseHandlerDataParam,
} from 'recharts'
import type { BarDatum, MonthDatum, NumberFormat } from './types'

interface PlotProps {
  height: number
  /**
   * False draws the final chart at once (printing, a still for a PDF); true animates unless the
   * system asks for reduced motion (recharts' 'auto').
   */
  animate: boolean
  format: NumberFormat
  allowDecimals: boolean
  /** Called after the chart has drawn this data at its width (once per data). */
  onReady?: () => void
}

const TICK = { fill: 'var(--muted)', fontSize: 12 }
const TOOLTIP_BOX = {
  border: '1px solid var(--border-strong)',
  borderRadius: 'var(--radius)',
  padding: '0.4rem 0.6rem',
}
const TOOLTIP_LABEL = { color: 'var(--text)', fontWeight: 600 }
/** Long kabupaten/kota names are cut on the axis; the tooltip and the table say them whole. */
const LABEL_ROOM = 28
const shorten = (label: string) => (label.length > LABEL_ROOM ? `${label.slice(0, LABEL_ROOM - 1)}…` : label)

/**
 * The plot's width, read before the first paint and followed as the window resizes: the chart is
 * drawn at a measured width rather than through recharts' own resizing, so it is at its final size
 * in the render that follows and onReady can say so.
 */
function Measured({
  data,
  onReady,
  children,
}: {
  data: unknown
  onReady: (() => void) | undefined
  children(width: number): ReactNode
}) {
  const box = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const element = box.current
    if (!element) return
    setWidth(Math.floor(element.clientWidth))
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.floor(entry.contentRect.width)))
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  const ready = useRef(onReady)
  useLayoutEffect(() => {
    ready.current = onReady
  })
  const drawn = width > 0
  useEffect(() => {
    if (!drawn) return
    // recharts settles its axes and bars in renders of its own that follow this commit within the
    // same task; a zero timeout runs after them.
    const timer = window.setTimeout(() => ready.current?.(), 0)
    return () => window.clearTimeout(timer)
  }, [drawn, data])
  return (
    <div ref={box} className="chart__canvas">
      {drawn && children(width)}
    </div>
  )
}

export function BarPlot({
  data,
  hasSecond,
  names,
  onSelect,
  height,
  animate,
  format,
  allowDecimals,
  onReady,
}: PlotProps & {
  data: readonly BarDatum[]
  hasSecond: boolean
  names: { value: string; second: string }
  onSelect: ((bucket: BarDatum) => void) | undefined
}) {
  const select = (state: MouseHandlerDataParam) => {
    if (state.activeTooltipIndex == null) return
    const bucket = data[Number(state.activeTooltipIndex)]
    if (bucket) onSelect?.(bucket)
  }
  const animation = animate ? 'auto' : false
  return (
    <Measured data={data} onReady={onReady}>
      {(width) => (
        <RechartsBarChart
          layout="vertical"
          width={width}
          height={height}
          data={data}
          margin={{ top: 4, right: 28, bottom: 4, left: 4 }}
          barCategoryGap="20%"
          barGap={2}
          accessibilityLayer={false}
          cursor={onSelect ? 'pointer' : undefined}
          onClick={onSelect ? select : undefined}
        >
          <CartesianGrid horizontal={false} stroke="var(--border)" />
          <XAxis
            type="number"
            domain={[0, 'auto']}
            allowDecimals={allowDecimals}
            tickFormatter={(value: number) => format(value)}
            tick={TICK}
            stroke="var(--border-strong)"
          />
          <YAxis
            type="category"
            dataKey="label"
            width="auto"
            interval={0}
            tickFormatter={shorten}
            tick={TICK}
            stroke="var(--border-strong)"
          />
          <Tooltip
            isAnimationActive={animation}
            cursor={{ fill: 'var(--primary-soft)' }}
            contentStyle={TOOLTIP_BOX}
            labelStyle={TOOLTIP_LABEL}
            separator=": "
            formatter={(value) => format(Number(value))}
          />
          <Bar dataKey="value" name={names.value} fill="var(--chart-1)" isAnimationActive={animation} />
          {hasSecond && (
            <Bar dataKey="second" name={names.second} fill="var(--chart-2)" isAnimationActive={animation} />
          )}
        </RechartsBarChart>
      )}
    </Measured>
  )
}

export function TimePlot({
  data,
  name,
  formatMonth,
  kind,
  height,
  animate,
  format,
  allowDecimals,
  onReady,
  onSelect,
}: PlotProps & {
  data: readonly MonthDatum[]
  name: string
  formatMonth(month: string): string
  kind: 'columns' | 'line'
  onSelect: ((month: string) => void) | undefined
}) {
  const animation = animate ? 'auto' : false
  const select = (state: MouseHandlerDataParam) => {
    if (state.activeTooltipIndex == null) return
    const datum = data[Number(state.activeTooltipIndex)]
    if (datum) onSelect?.(datum.month)
  }
  const clickable = { cursor: onSelect ? 'pointer' : undefined, onClick: onSelect ? select : undefined }
  const axes = (
    <>
      <CartesianGrid vertical={false} stroke="var(--border)" />
      <XAxis dataKey="month" tickFormatter={formatMonth} tick={TICK} stroke="var(--border-strong)" minTickGap={8} />
      <YAxis
        width="auto"
        allowDecimals={allowDecimals}
        tickFormatter={(value: number) => format(value)}
        tick={TICK}
        stroke="var(--border-strong)"
      />
      <Tooltip
        isAnimationActive={animation}
        cursor={kind === 'columns' ? { fill: 'var(--primary-soft)' } : { stroke: 'var(--border-strong)' }}
        contentStyle={TOOLTIP_BOX}
        labelStyle={TOOLTIP_LABEL}
        separator=": "
        labelFormatter={(month) => formatMonth(String(month))}
        formatter={(value) => format(Number(value))}
      />
    </>
  )
  const chart = { height, data, margin: { top: 8, right: 28, bottom: 4, left: 4 } }
  return (
    <Measured data={data} onReady={onReady}>
      {(width) =>
        kind === 'line' ? (
          <LineChart {...chart} {...clickable} width={width} accessibilityLayer={false}>
            {axes}
            <Line
              dataKey="value"
              name={name}
              stroke="var(--chart-1)"
              strokeWidth={2}
              dot={{ r: 3, fill: 'var(--chart-1)' }}
              isAnimationActive={animation}
            />
          </LineChart>
        ) : (
          <RechartsBarChart {...chart} {...clickable} width={width} accessibilityLayer={false} barCategoryGap="25%">
            {axes}
            <Bar dataKey="value" name={name} fill="var(--chart-1)" isAnimationActive={animation} />
          </RechartsBarChart>
        )
      }
    </Measured>
  )
}

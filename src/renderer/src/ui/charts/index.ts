/**
 * Charts for the dashboard and its printed reports: bars by category, values by month, and the
 * province tile map. The chart library loads with the first chart drawn (or preloadCharts), never
 * with the app's first screen. Callers pass titles, one-sentence summaries and number formatters;
 * nothing here fetches data.
 */
export { BarChart, TimeChart, type BarChartProps, type TimeChartProps } from './Chart'
export type { ChartView } from './ChartFrame'
export { preloadCharts } from './load'
export { monthFormatter } from './months'
export { ProvinceTileMap, type ProvinceTileMapProps, type ProvinceValue } from './ProvinceTileMap'
export type { BarDatum, BarSeries, MonthDatum, NumberFormat } from './types'

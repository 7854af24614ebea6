import type { Dimension, IndicatorKey } from '@shared/reports'

/** The charts the summary prints, each drawn still; the page is ready once all have said so. */
export const PRINTED_CHARTS: { indicator: IndicatorKey; dimension: Dimension; title: string }[] = [
  { indicator: 'oms.members', dimension: 'regency', title: 'omsByRegency' },
  { indicator: 'pledges.fundsReceived', dimension: 'month', title: 'fundsByMonth' },
  { indicator: 'cop.sessions', dimension: 'aspect', title: 'sessionsByAspect' },
  { indicator: 'cop.participants', dimension: 'gender', title: 'trainedByGender' },
]

export const chartKey = (chart: { indicator: string; dimension: string }) => `${chart.indicator}-${chart.dimension}`

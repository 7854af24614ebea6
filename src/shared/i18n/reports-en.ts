import type { reportsValidationId } from './reports-id'

/** Beranda and Laporan: filters, drill-downs and targets (English). */
export const reportsValidationEn: typeof reportsValidationId = {
  period: 'Enter the period as valid dates, e.g. 18/05/2026.',
  periodOrder: 'The end date cannot be before the start date.',
  province: 'Choose a province from the list.',
  regency: 'Choose a kabupaten/kota from the list.',
  form: 'Choose a form of support from the list.',
  indicator: 'This indicator is not known.',
  dimension: 'This indicator cannot be broken down that way.',
  targetPeriod: 'Enter the target period as valid dates.',
  targetValue: 'Enter the target as a whole number above 0.',
  targetNotFound: 'This target no longer exists. Reload the page.',
  targetNotOwn: 'This target was set by the national team and can only be changed there.',
}

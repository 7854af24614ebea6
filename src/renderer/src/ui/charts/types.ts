/** One category of a bar chart: a kabupaten/kota, a form of support, a gender. */
export interface BarDatum {
  /** Stable and unique within the chart (a Kemendagri code, an enum value). */
  key: string
  label: string
  value: number
  /** The second series' value (received beside pledged, men beside women); null: not known. */
  second?: number | null
}

/** The series' names, as the legend, the tooltip and the table's column headers say them. */
export interface BarSeries {
  value: string
  second?: string
}

/** One month's value; `month` is 'YYYY-MM'. */
export interface MonthDatum {
  month: string
  value: number
}

/** Turns a number into text in the UI's language: "1.250.000", "Rp1,25 jt", "42%". */
export type NumberFormat = (n: number) => string

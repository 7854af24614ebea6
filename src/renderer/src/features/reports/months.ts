import type { Breakdown } from '@shared/reports'

/**
 * Every month of the period (or, without one, from the first to the last with data): a month
 * without any is drawn as nothing received. Only the months that have data when the period is open.
 */
export function everyMonth(
  rows: Breakdown['rows'],
  period: { from: string | null; to: string | null } = { from: null, to: null },
): { month: string; value: number }[] {
  const known = rows
    .filter((row) => row.bucket !== '')
    .map((row) => row.bucket)
    .sort()
  if (known.length === 0 && (period.from === null || period.to === null)) return []
  const first = period.from?.slice(0, 7) ?? (known[0] as string)
  const last = period.to?.slice(0, 7) ?? (known.at(-1) as string)
  const values = new Map(rows.map((row) => [row.bucket, row.value]))
  const months: { month: string; value: number }[] = []
  let [year, month] = first.split('-').map(Number) as [number, number]
  for (;;) {
    const bucket = `${year}-${String(month).padStart(2, '0')}`
    months.push({ month: bucket, value: values.get(bucket) ?? 0 })
    if (bucket >= last) return months
    ;[year, month] = month === 12 ? [year + 1, 1] : [year, month + 1]
  }
}

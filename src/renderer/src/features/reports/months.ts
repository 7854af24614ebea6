import type { Breakdown } from '@shared/reports'

/** Every month from the first to the last with data: a month without any is drawn as nothing received. */
export function everyMonth(rows: Breakdown['rows']): { month: string; value: number }[] {
  const known = rows
    .filter((row) => row.bucket !== '')
    .map((row) => row.bucket)
    .sort()
  if (known.length === 0) return []
  const values = new Map(rows.map((row) => [row.bucket, row.value]))
  const months: { month: string; value: number }[] = []
  let [year, month] = (known[0] as string).split('-').map(Number) as [number, number]
  const last = known.at(-1) as string
  for (;;) {
    const bucket = `${year}-${String(month).padStart(2, '0')}`
    months.push({ month: bucket, value: values.get(bucket) ?? 0 })
    if (bucket >= last) return months
    ;[year, month] = month === 12 ? [year + 1, 1] : [year, month + 1]
  }
}

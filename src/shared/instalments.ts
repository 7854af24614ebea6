import type { InstalmentInterval } from './pledges'

/** What of a pledge its instalment schedule depends on. */
export interface Schedule {
  dueOn: string | null
  instalmentCount: number
  instalmentInterval: InstalmentInterval | null
}

/**
 * The date `months` after `first`, counted from the first date each time so the 31st stays the
 * 31st where a month has one, and is the month's last day where it has not.
 */
export function addMonths(first: string, months: number): string {
  const [year, month, day] = first.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(day, lastDay))
  return target.toISOString().slice(0, 10)
}

/**
 * Instalments in whole units (rupiah, pieces, hours): the pledge split evenly, the remainder on
 * the last one, so they always add up to the pledge. A single due date is one instalment.
 */
export function instalmentPlan(terms: Schedule, pledged: number): { dueOn: string; amount: number }[] {
  if (terms.dueOn === null) return []
  const count = terms.instalmentCount
  const step = terms.instalmentInterval === 'quarterly' ? 3 : 1
  const share = Math.floor(pledged / count)
  return Array.from({ length: count }, (_, index) => ({
    dueOn: addMonths(terms.dueOn as string, index * step),
    amount: index === count - 1 ? pledged - share * (count - 1) : share,
  }))
}

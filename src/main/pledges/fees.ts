import type { Totals, TotalsRow } from '../../shared/pledges'

export interface RateInForce {
  effectiveFrom: string
  rateBp: number
  provincialShareBp: number
}

/** With no rate recorded yet, funds carry no fee; the share is the network's default. */
export const NO_RATE = { rateBp: 0, provincialShareBp: 7500 }

/** The rate whose effective date is the latest on or before `date`. */
export function rateOn(rates: RateInForce[], date: string): { rateBp: number; provincialShareBp: number } {
  let found: RateInForce | undefined
  for (const rate of rates)
    if (rate.effectiveFrom <= date && (!found || rate.effectiveFrom > found.effectiveFrom)) found = rate
  return found ? { rateBp: found.rateBp, provincialShareBp: found.provincialShareBp } : NO_RATE
}

/**
 * `amount` × `bp` / 10,000 in whole rupiah, half a rupiah rounded up. BigInt, since a rupiah amount
 * times 10,000 may pass what a JavaScript number holds exactly.
 */
export function basisPointsOf(amount: number, bp: number): number {
  return Number((BigInt(amount) * BigInt(bp) * 2n + 10_000n) / 20_000n)
}

/** The fee on funds received and the province's share of that fee, each in whole rupiah. */
export function feeSnapshot(rupiah: number, rate: { rateBp: number; provincialShareBp: number }) {
  const feeRupiah = basisPointsOf(rupiah, rate.rateBp)
  return {
    feeRateBp: rate.rateBp,
    feeRupiah,
    provincialShareBp: rate.provincialShareBp,
    provincialShareRupiah: basisPointsOf(feeRupiah, rate.provincialShareBp),
  }
}

/** A live fulfilment as totals read it, with the snapshot it kept. */
export interface TotalsFact {
  key: string
  label: string
  rupiah: number | null
  valuationRupiah: number | null
  feeRupiah: number
  provincialShareRupiah: number
}

const zero = () => ({ fundsRupiah: 0, inKindValuationRupiah: 0, feeRupiah: 0, provincialShareRupiah: 0 })

/**
 * Sums per group the fees each fulfilment kept: a rate change inside the period shows as the old
 * rate on what came before it and the new one after, never as one rate over the whole period.
 */
export function sumTotals(facts: TotalsFact[]): Totals {
  const rows = new Map<string, TotalsRow>()
  const total = zero()
  for (const fact of facts) {
    const row = rows.get(fact.key) ?? { key: fact.key, label: fact.label, ...zero() }
    for (const sums of [row, total]) {
      sums.fundsRupiah += fact.rupiah ?? 0
      sums.inKindValuationRupiah += fact.valuationRupiah ?? 0
      sums.feeRupiah += fact.feeRupiah
      sums.provincialShareRupiah += fact.provincialShareRupiah
    }
    rows.set(fact.key, row)
  }
  return { rows: [...rows.values()].sort((a, b) => a.label.localeCompare(b.label, 'id')), total }
}

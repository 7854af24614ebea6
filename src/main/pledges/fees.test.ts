import { describe, expect, it } from 'vitest'
import { basisPointsOf, feeSnapshot, rateOn, sumTotals } from './fees'

const rates = [
  { effectiveFrom: '2026-01-01', rateBp: 500, provincialShareBp: 7500 },
  { effectiveFrom: '2026-07-01', rateBp: 800, provincialShareBp: 6000 },
]

describe('management fee', () => {
  it('takes the rate in force on the date: the latest effective on or before it', () => {
    expect(rateOn(rates, '2025-12-31')).toEqual({ rateBp: 0, provincialShareBp: 7500 })
    expect(rateOn(rates, '2026-01-01')).toEqual({ rateBp: 500, provincialShareBp: 7500 })
    expect(rateOn(rates, '2026-06-30')).toEqual({ rateBp: 500, provincialShareBp: 7500 })
    expect(rateOn([...rates].reverse(), '2026-07-01')).toEqual({ rateBp: 800, provincialShareBp: 6000 })
  })

  it('rounds to whole rupiah, half a rupiah up', () => {
    expect(basisPointsOf(10, 500)).toBe(1) // 0.5 → 1
    expect(basisPointsOf(9, 500)).toBe(0) // 0.45 → 0
    expect(basisPointsOf(29, 500)).toBe(1) // 1.45 → 1
    expect(basisPointsOf(30, 500)).toBe(2) // 1.5 → 2
    expect(basisPointsOf(999_999_999_999_999, 10_000)).toBe(999_999_999_999_999)
    expect(feeSnapshot(1_234_567, { rateBp: 500, provincialShareBp: 7500 })).toEqual({
      feeRateBp: 500,
      feeRupiah: 61_728, // 61,728.35
      provincialShareBp: 7500,
      provincialShareRupiah: 46_296, // 46,296.00
    })
    expect(feeSnapshot(1_000_010, { rateBp: 500, provincialShareBp: 7500 }).provincialShareRupiah).toBe(37_501) // 50,001 × 0.75 = 37,500.75
  })

  it('totals a period across a rate change with the rate each fulfilment kept', () => {
    const fact = (key: string, date: string, rupiah: number) => ({
      key,
      label: key === 'a' ? 'Air bersih' : 'Bank sampah',
      rupiah,
      valuationRupiah: null,
      ...feeSnapshot(rupiah, rateOn(rates, date)),
    })
    const totals = sumTotals([
      fact('a', '2026-06-15', 10_000_000), // 5%: 500,000, share 375,000
      fact('a', '2026-07-15', 10_000_000), // 8%: 800,000, share 480,000
      fact('b', '2026-07-20', 2_000_000), // 8%: 160,000, share 96,000
      {
        key: 'b',
        label: 'Bank sampah',
        rupiah: null,
        valuationRupiah: 750_000,
        feeRupiah: 0,
        provincialShareRupiah: 0,
      },
    ])
    expect(totals.rows).toEqual([
      {
        key: 'a',
        label: 'Air bersih',
        fundsRupiah: 20_000_000,
        inKindValuationRupiah: 0,
        feeRupiah: 1_300_000,
        provincialShareRupiah: 855_000,
      },
      {
        key: 'b',
        label: 'Bank sampah',
        fundsRupiah: 2_000_000,
        inKindValuationRupiah: 750_000,
        feeRupiah: 160_000,
        provincialShareRupiah: 96_000,
      },
    ])
    expect(totals.total).toEqual({
      fundsRupiah: 22_000_000,
      inKindValuationRupiah: 750_000,
      feeRupiah: 1_460_000,
      provincialShareRupiah: 951_000,
    })
  })
})

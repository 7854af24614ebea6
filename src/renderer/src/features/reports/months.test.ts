import { describe, expect, it } from 'vitest'
import { everyMonth } from './months'

const row = (bucket: string, value: number) => ({ bucket, label: null, value, records: 1 })

describe('everyMonth', () => {
  it('draws every month of the period, those without receipts as nothing', () => {
    expect(everyMonth([row('2026-08', 5)], { from: '2026-07-01', to: '2026-09-30' })).toEqual([
      { month: '2026-07', value: 0 },
      { month: '2026-08', value: 5 },
      { month: '2026-09', value: 0 },
    ])
  })

  it('without a period, spans the months with data, across a new year', () => {
    expect(everyMonth([row('2026-01', 2), row('2025-11', 1)]).map((m) => m.month)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
    ])
    expect(everyMonth([])).toEqual([])
  })
})

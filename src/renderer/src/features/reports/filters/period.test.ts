import { describe, expect, it } from 'vitest'
import { periodOf } from './period'

describe('periodOf', () => {
  it("counts quarters, the year and the last twelve months from the hub's today", () => {
    expect(periodOf('thisQuarter', '2026-05-18', '', '')).toEqual({ from: '2026-04-01', to: '2026-05-18' })
    expect(periodOf('lastQuarter', '2026-05-18', '', '')).toEqual({ from: '2026-01-01', to: '2026-03-31' })
    // The quarter before the first is last year's fourth.
    expect(periodOf('lastQuarter', '2026-02-10', '', '')).toEqual({ from: '2025-10-01', to: '2025-12-31' })
    expect(periodOf('thisYear', '2026-05-18', '', '')).toEqual({ from: '2026-01-01', to: '2026-05-18' })
    expect(periodOf('last12', '2026-05-18', '', '')).toEqual({ from: '2025-05-19', to: '2026-05-18' })
    expect(periodOf('allTime', '2026-05-18', '', '')).toEqual({ from: null, to: null })
  })

  it('takes a chosen period only once its dates are whole', () => {
    expect(periodOf('custom', '2026-05-18', '2026-02-01', '2026-0')).toEqual({ from: '2026-02-01', to: null })
  })
})

import { describe, expect, it } from 'vitest'
import { monthFormatter } from './months'

describe('monthFormatter', () => {
  it('says a month bucket with the short month name of the language, and its year', () => {
    expect(monthFormatter('id')('2025-03')).toBe('Mar 2025')
    expect(monthFormatter('id')('2025-05')).toBe('Mei 2025')
    expect(monthFormatter('id')('2025-08')).toBe('Agu 2025')
    expect(monthFormatter('en')('2025-08')).toBe('Aug 2025')
    expect(monthFormatter('en')('2024-12')).toBe('Dec 2024')
  })

  it('leaves anything that is not a month bucket as it is', () => {
    expect(monthFormatter('id')('2025-13')).toBe('2025-13')
    expect(monthFormatter('id')('Maret')).toBe('Maret')
  })
})

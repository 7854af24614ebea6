import { describe, expect, it } from 'vitest'
import { basisPointsToPercent, daysBetween, parseTyped, percentToBasisPoints } from './numbers'

describe('typed numbers', () => {
  it('reads Indonesian grouping and rupiah prefixes', () => {
    expect(parseTyped('1.250.000')).toBe(1_250_000)
    expect(parseTyped('Rp 3.000.000')).toBe(3_000_000)
    expect(parseTyped('200')).toBe(200)
    expect(parseTyped('  ')).toBeNull()
  })

  it('keeps fractions and negatives for the schema to refuse, and marks the unreadable NaN', () => {
    expect(parseTyped('1.500,50')).toBe(1500.5)
    expect(parseTyped('-5')).toBe(-5)
    expect(parseTyped('1.2.3')).toBeNaN()
    expect(parseTyped('sepuluh')).toBeNaN()
  })

  it('turns percentages into basis points and back', () => {
    expect(percentToBasisPoints('2,5')).toBe(250)
    expect(percentToBasisPoints('75')).toBe(7500)
    expect(percentToBasisPoints('')).toBeNaN()
    expect(basisPointsToPercent(250)).toBe('2,5')
  })

  it('counts days between calendar dates', () => {
    expect(daysBetween('2026-11-19', '2026-12-01')).toBe(12)
  })
})

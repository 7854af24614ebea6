import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatDecimal, formatNumber, formatRupiah, utcToZoned, zonedToUtc } from './format'

describe('Indonesian formats', () => {
  it('formats rupiah with dot thousands and no decimals', () => {
    expect(formatRupiah(1250000)).toBe('Rp 1.250.000')
    expect(formatRupiah(0)).toBe('Rp 0')
    expect(formatRupiah(-5000)).toBe('-Rp 5.000')
  })
  it('refuses fractional rupiah, which would mean floating-point money upstream', () => {
    expect(() => formatRupiah(10.5)).toThrow(RangeError)
  })
  it('formats counts with dot thousands', () => expect(formatNumber(314159)).toBe('314.159'))
  it('formats counts as the English UI does in English', () => {
    expect(formatNumber(1250, 'id')).toBe('1.250')
    expect(formatNumber(1250, 'en')).toBe('1,250')
  })
  it('formats a mean to one decimal as each language writes it', () => {
    expect(formatDecimal(47.5, 'id')).toBe('47,5')
    expect(formatDecimal(47.5, 'en')).toBe('47.5')
    expect(formatDecimal(1250.25, 'id')).toBe('1.250,3')
  })
  it('formats a date as 23 Nov 2026', () => expect(formatDate('2026-11-23T03:00:00Z', 'WIB')).toBe('23 Nov 2026'))
  it('uses Indonesian month abbreviations', () => expect(formatDate('2026-08-17T03:00:00Z', 'WIB')).toBe('17 Agu 2026'))
  it('takes the calendar date in the hub zone, not UTC', () => {
    // 16:30 UTC on the 23rd is already the 24th in Papua (UTC+9) but still the 23rd in Jakarta.
    expect(formatDate('2026-11-23T16:30:00Z', 'WIB')).toBe('23 Nov 2026')
    expect(formatDate('2026-11-23T16:30:00Z', 'WIT')).toBe('24 Nov 2026')
  })
  it('names the zone with the time', () => {
    expect(formatDateTime('2026-11-23T06:05:00Z', 'WITA')).toBe('23 Nov 2026 14.05 WITA')
  })
})

describe('dates in English', () => {
  it('name the month in English and keep the Indonesian order and 24-hour time', () => {
    expect(formatDate('2023-05-18T03:00:00Z', 'WIB', 'en')).toBe('18 May 2023')
    expect(formatDate('2023-05-18T03:00:00Z', 'WIB')).toBe('18 Mei 2023')
    expect(formatDateTime('2026-08-23T06:05:00Z', 'WITA', 'en')).toBe('23 Aug 2026 14.05 WITA')
  })
})

describe('wall-clock times in a hub zone', () => {
  it('stores 09:00 WITA as 01:00 UTC and shows it back as 09:00 WITA', () => {
    expect(zonedToUtc('2026-05-18T09:00', 'WITA')).toBe('2026-05-18T01:00:00.000Z')
    expect(utcToZoned('2026-05-18T01:00:00.000Z', 'WITA')).toBe('2026-05-18T09:00')
  })
  it('crosses midnight: 06:00 WIT is the previous day in UTC', () => {
    expect(zonedToUtc('2026-01-01T06:00', 'WIT')).toBe('2025-12-31T21:00:00.000Z')
    expect(utcToZoned('2025-12-31T21:00:00.000Z', 'WIB')).toBe('2026-01-01T04:00')
  })
})

import { describe, expect, it } from 'vitest'
import { dateInputText, parseDateInput } from './date-input'

const day = (iso: string) => ({ ok: true, iso })

describe('parseDateInput', () => {
  it('reads the day first, with any common separator', () => {
    for (const text of ['18/05/2025', '18/5/2025', '18-05-2025', '18.05.2025', '18 05 2025', ' 18 / 5 / 2025 '])
      expect(parseDateInput(text), text).toEqual(day('2025-05-18'))
  })

  it('reads month names of both languages, in full or short, in any case', () => {
    for (const text of ['18 Mei 2025', '18 May 2025', '18 mei 2025', '18-Mei-2025', '18 MEI 2025'])
      expect(parseDateInput(text), text).toEqual(day('2025-05-18'))
    expect(parseDateInput('1 Agustus 2026')).toEqual(day('2026-08-01'))
    expect(parseDateInput('1 Ags 2026')).toEqual(day('2026-08-01'))
    expect(parseDateInput('1 Aug. 2026')).toEqual(day('2026-08-01'))
    expect(parseDateInput('2 Okt 2026')).toEqual(day('2026-10-02'))
    expect(parseDateInput('25 Desember 2026')).toEqual(day('2026-12-25'))
    expect(parseDateInput('5 Sept 2026')).toEqual(day('2026-09-05'))
  })

  it('reads the year-first form spreadsheets and programs write', () => {
    expect(parseDateInput('2025-05-18')).toEqual(day('2025-05-18'))
    expect(parseDateInput('2025-5-8')).toEqual(day('2025-05-08'))
  })

  it('says when a date does not exist, and never guesses month first', () => {
    expect(parseDateInput('31/02/2025')).toEqual({ ok: false, reason: 'nonexistent' })
    expect(parseDateInput('29/02/2025')).toEqual({ ok: false, reason: 'nonexistent' })
    expect(parseDateInput('29/02/2024')).toEqual(day('2024-02-29'))
    expect(parseDateInput('05/18/2025')).toEqual({ ok: false, reason: 'nonexistent' })
    expect(parseDateInput('00/05/2025')).toEqual({ ok: false, reason: 'nonexistent' })
    expect(parseDateInput('2025-13-01')).toEqual({ ok: false, reason: 'nonexistent' })
  })

  it('says when text is not a date it can read', () => {
    for (const text of ['18/05/25', 'besok', '18 Bulan 2025', '18052025', '18/05', '2025/05/18'])
      expect(parseDateInput(text), text).toEqual({ ok: false, reason: 'unrecognised' })
  })

  it('treats blank as no date', () => {
    expect(parseDateInput('')).toBeNull()
    expect(parseDateInput('   ')).toBeNull()
  })
})

describe('dateInputText', () => {
  it('shows a stored date day first, and anything else as it was typed', () => {
    expect(dateInputText('2025-05-18')).toBe('18/05/2025')
    expect(dateInputText('')).toBe('')
    expect(dateInputText('18 Bulan 2025')).toBe('18 Bulan 2025')
  })
})

import { describe, expect, it } from 'vitest'
import { formatDay } from '../format'
import { createTranslator, sharedResources } from './translate'

describe('formats inside messages', () => {
  it('writes a calendar date with the month name of the language translated to', () => {
    const message = { key: 'validation.affiliation.future', params: { date: '2025-05-18' } }
    expect(createTranslator('id')(message)).toContain('(18 Mei 2025)')
    expect(createTranslator('en')(message)).toContain('(18 May 2025)')
  })

  it('takes a calendar date as the same day everywhere, never shifted by a zone', () => {
    expect(formatDay('2026-12-31', 'id')).toBe('31 Des 2026')
    expect(formatDay('2026-01-01', 'en')).toBe('1 Jan 2026')
  })

  it('refuses a timestamp, whose day depends on the hub zone', () => {
    expect(() => formatDay('2025-05-17T20:00:00Z')).toThrow(RangeError)
  })

  // A date placeholder without ", day" would print YYYY-MM-DD, or whatever main pre-formatted.
  it('formats every date placeholder of the shared catalogs', () => {
    const leaves = (node: unknown): string[] =>
      typeof node === 'string' ? [node] : Object.values(node as object).flatMap(leaves)
    for (const language of ['id', 'en'] as const) {
      const placeholders = leaves(sharedResources[language].translation).flatMap(
        (text) => text.match(/{{\s*\w*(date|Date|On)\b[^}]*}}/g) ?? [],
      )
      expect(placeholders.length).toBeGreaterThan(0)
      expect(placeholders.filter((p) => !/,\s*day\s*}}$/.test(p))).toEqual([])
    }
  })
})

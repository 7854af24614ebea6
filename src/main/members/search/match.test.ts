import { describe, expect, it } from 'vitest'
import { matchExpression } from './match'

describe('matchExpression', () => {
  it('makes every word a quoted prefix that must match', () => {
    expect(matchExpression('Bin TANI')).toBe('"bin"* AND "tani"*')
  })

  it('expands abbreviations to their word and the word to its abbreviations', () => {
    expect(matchExpression('yys')).toBe('("yys"* OR "yayasan"* OR "yy" OR "yay")')
    expect(matchExpression('Yayasan')).toBe('("yayasan"* OR "yys" OR "yy" OR "yay")')
    expect(matchExpression('yaya')).toBe('("yaya"* OR "yys" OR "yy" OR "yay")')
    expect(matchExpression('des')).toBe('("des"* OR "ds")')
    expect(matchExpression('Kab.')).toBe('"kab"*')
  })

  it('searches an address at a free-mail domain by its part before the @, which is what is indexed', () => {
    expect(matchExpression('siti.rahayu@gmail.com')).toBe('"siti"* AND "rahayu"*')
    expect(matchExpression('siti@gm')).toBe('"siti"*')
    expect(matchExpression('info@binadesa.or.id')).toBe('"info"* AND "binadesa"* AND "or"* AND "id"*')
  })

  it('leaves short starts of words alone', () => {
    expect(matchExpression('ya')).toBe('"ya"*')
  })

  it('joins the digit groups of a phone number', () => {
    expect(matchExpression('0812 3456-78')).toBe('"0812345678"*')
    // Landlines are written with the area code in brackets, with or without a space after.
    expect(matchExpression('(0341) 551234')).toBe('"0341551234"*')
    expect(matchExpression('(0341)551234')).toBe('"0341551234"*')
    expect(matchExpression('+62 812 3456')).toBe('"628123456"*')
  })

  it('lets no FTS5 syntax through', () => {
    for (const hostile of [
      '"',
      '***',
      'a" OR "b',
      'NEAR(a b)',
      'x OR y',
      '(a',
      'name:bina',
      '^bina',
      'a AND NOT b',
      '-',
    ])
      expect(matchExpression(hostile) ?? '').not.toMatch(/(^|[^"])\b(OR|AND|NOT|NEAR)\b(?! ")|[():^]|""/)
    expect(matchExpression('a" OR "b')).toBe('"a"* AND "or"* AND "b"*')
    expect(matchExpression('NEAR(a b)')).toBe('"near"* AND "a"* AND "b"*')
  })

  it('gives null when nothing searchable is left', () => {
    expect(matchExpression('')).toBeNull()
    expect(matchExpression('  "*()" ')).toBeNull()
  })
})

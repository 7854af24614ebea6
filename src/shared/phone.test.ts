import { describe, expect, it } from 'vitest'
import { formatPhone, normalizePhone } from './phone'

describe('normalizePhone', () => {
  it.each([
    ['0812-3456-7890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['(0351) 462-123', '+62351462123'],
    ['  0812.3456.789 ', '+628123456789'],
  ])('%s → %s', (raw, canonical) => expect(normalizePhone(raw)).toBe(canonical))

  it.each(['', '12345', '0812', '+1 202 555 0100', '08123456789012345', 'telepon saya', '00812345678'])(
    'refuses %j',
    (raw) => expect(normalizePhone(raw)).toBeNull(),
  )
})

describe('formatPhone', () => {
  it('groups a mobile number the way name cards do', () =>
    expect(formatPhone('+6281234567890')).toBe('+62 812-3456-7890'))
  it.each([
    ['+62315551234', '+62 31 555-1234'],
    ['+623156789012', '+62 31 5678-9012'],
    ['+62214567890', '+62 21 456-7890'],
    ['+62351462123', '+62 351 462-123'],
    ['+62341551234', '+62 341 551-234'],
    ['+62274512345', '+62 274 512-345'],
    ['+622112345678', '+62 21 1234-5678'],
    ['+6221123456789', '+62 21 123-456-789'],
  ])('sets a landline area code apart and groups the local number: %s → %s', (canonical, shown) =>
    expect(formatPhone(canonical)).toBe(shown),
  )
  it('leaves a local number of unusual length whole', () => expect(formatPhone('+62331123')).toBe('+62 331 123'))
  it('formats every number it can normalise, landline or mobile, with the same separators', () => {
    for (const raw of ['(031) 5678 9012', '0341-551234', '0812 3456 7890', '+62 21 1234 5678']) {
      const canonical = normalizePhone(raw)
      expect(canonical).not.toBeNull()
      expect(formatPhone(canonical ?? '')).toMatch(/^\+62 \d{2,3}[ -]\d{3,4}(-\d{3,4})+$/)
      expect(normalizePhone(formatPhone(canonical ?? ''))).toBe(canonical)
    }
  })
})

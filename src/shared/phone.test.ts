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
    ['+62315551234', '+62 31 5551234'],
    ['+62214567890', '+62 21 4567890'],
    ['+62351462123', '+62 351 462123'],
    ['+62274512345', '+62 274 512345'],
  ])('sets a landline area code apart: %s → %s', (canonical, shown) => expect(formatPhone(canonical)).toBe(shown))
})

import { describe, expect, it } from 'vitest'
import { countOf, newSessionDraft, sessionInputOf, timeOf } from './draft'

describe('the session form as typed', () => {
  it.each([
    ['9.00', '09:00'],
    ['09:30', '09:30'],
    ['1415', '14:15'],
    ['jam 9', 'jam 9'],
  ])('reads the time %s as %s', (typed, time) => expect(timeOf(typed)).toBe(time))

  it('reads counts with Indonesian thousands, empty as none, and keeps other text refusable', () => {
    expect(countOf('1.000')).toBe(1000)
    expect(countOf(' ')).toBeNull()
    expect(countOf('dua')).toBeNaN()
  })

  it('gives main wall-clock times in the hub zone and the chosen people', () => {
    const draft = {
      ...newSessionDraft('2026-05-18'),
      title: 'ToT',
      aspect: 'financial_resilience',
      format: 'tot' as const,
      endDay: '2026-05-20',
      endTime: '16.00',
      facilitators: [{ id: 'p1', label: 'Siti' }],
    }
    expect(sessionInputOf(draft)).toMatchObject({
      startsAt: '2026-05-18T09:00',
      endsAt: '2026-05-20T16:00',
      facilitatorIds: ['p1'],
      seriesId: null,
      passScore: 70,
      capacity: null,
    })
  })
})

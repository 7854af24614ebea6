import { describe, expect, it } from 'vitest'
import type { CascadeSession, CascadeTrainer } from '@shared/cop'
import { generationsOf } from './generations'

const session = (graduates: CascadeTrainer[]): CascadeSession => ({
  id: crypto.randomUUID(),
  title: 'ToT',
  aspect: 'financial_resilience',
  format: 'tot',
  startsAt: '2026-03-02T01:00:00.000Z',
  participants: 3,
  graduates,
})
const trainer = (sessions: CascadeSession[]): CascadeTrainer => ({
  trainerId: crypto.randomUUID(),
  personId: crypto.randomUUID(),
  name: 'Siti Rahayu',
  reach: { sessionsLed: sessions.length, uniqueParticipants: 0, organisationsReached: 0, regenciesReached: 0 },
  sessions,
})

describe('generations of a cascade', () => {
  it('is none for ToTs with no graduates yet', () => {
    expect(generationsOf([])).toBe(0)
    expect(generationsOf([session([])])).toBe(0)
  })

  it('is the deepest branch, whichever root it grows from', () => {
    const shallow = session([trainer([])])
    const deep = session([trainer([]), trainer([session([trainer([session([trainer([])])])])])])
    expect(generationsOf([shallow])).toBe(1)
    expect(generationsOf([shallow, deep])).toBe(3)
  })
})

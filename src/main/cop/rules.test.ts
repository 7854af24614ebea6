import { describe, expect, it } from 'vitest'
import { certificateCode, normaliseCode, participantId } from './ids'
import { effectiveThreshold, isEligible, sessionMinutes, statusForMinutes } from './rules'

describe('the attendance threshold', () => {
  it("is the session's own when it sets one, otherwise three quarters of its length, rounded up", () => {
    expect(effectiveThreshold(60, 120)).toBe(60)
    expect(effectiveThreshold(null, 120)).toBe(90)
    expect(effectiveThreshold(null, 125)).toBe(94)
  })
  it.each([
    [90, 'present'],
    [120, 'present'],
    [89, 'partial'],
    [1, 'partial'],
    [0, 'absent'],
  ] as const)('%i minutes against 90 make %s', (minutes, status) => {
    expect(statusForMinutes(minutes, 90)).toBe(status)
  })
})

describe('certificate eligibility', () => {
  const done = { status: 'done', passScore: 70 }
  it.each([
    ['present with a passing post-test', { status: 'present', postScore: 70 }, done, true],
    ['present below the pass score', { status: 'present', postScore: 69 }, done, false],
    ['present without a post-test', { status: 'present', postScore: null }, done, false],
    ['only partly present', { status: 'partial', postScore: 95 }, done, false],
    ['absent', { status: 'absent', postScore: 95 }, done, false],
    ['a session not yet done', { status: 'present', postScore: 95 }, { status: 'ongoing', passScore: 70 }, false],
    [
      'a pass score of 0 with a post-test of 0',
      { status: 'present', postScore: 0 },
      { status: 'done', passScore: 0 },
      true,
    ],
  ] as const)('%s → %s', (_, participant, session, eligible) => {
    expect(isEligible(participant, session)).toBe(eligible)
  })
})

describe('certificate codes', () => {
  const printed = {
    id: '01900000-0000-7000-8000-0000000000aa',
    holderName: 'Siti Rahayu',
    sessionTitle: 'ToT Resiliensi Keuangan',
    issuedOn: '2026-05-18',
  }
  it('are the province, then eight Crockford characters in two groups', () => {
    expect(certificateCode('35', printed)).toMatch(/^35-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)
    expect(certificateCode(null, printed)).toMatch(/^00-/)
  })
  it('change when what the certificate says changes', () => {
    const code = certificateCode('35', printed)
    expect(certificateCode('35', { ...printed, holderName: 'Siti Rahayu Putri' })).not.toBe(code)
    expect(certificateCode('35', { ...printed, issuedOn: '2026-05-19' })).not.toBe(code)
    expect(certificateCode('35', printed)).toBe(code)
  })
  it('read back as typed from paper: lower case, spaces, O for zero and L for one', () => {
    expect(normaliseCode(' 35 7k2m 9qxd ')).toBe('35-7K2M-9QXD')
    expect(normaliseCode('35-7K2M-9QXO')).toBe('35-7K2M-9QX0')
    expect(normaliseCode('35-lK2M-9QXD')).toBe('35-1K2M-9QXD')
  })
})

describe('registration ids', () => {
  it('are one per session and person, and differ between them', () => {
    expect(participantId('s1', 'p1')).toBe(participantId('s1', 'p1'))
    expect(participantId('s1', 'p1')).not.toBe(participantId('s1', 'p2'))
    expect(participantId('s1', 'p1')).not.toBe(participantId('s2', 'p1'))
  })
})

describe('the minutes a session teaches', () => {
  it('is its span on one day', () => {
    expect(sessionMinutes('2026-05-18T02:00:00.000Z', '2026-05-18T04:30:00.000Z', 'WIB')).toBe(150)
  })
  it('over several days, the daily hours times the days, not the nights between', () => {
    // 18–20 Mei, 08.00–16.00 WIB.
    expect(sessionMinutes('2026-05-18T01:00:00.000Z', '2026-05-20T09:00:00.000Z', 'WIB')).toBe(1440)
  })
  it('counts days where the hub is: 06.00–22.00 WIT is one day although UTC sees two', () => {
    expect(sessionMinutes('2026-05-17T21:00:00.000Z', '2026-05-18T13:00:00.000Z', 'WIT')).toBe(960)
  })
  it('over midnight the span itself', () => {
    expect(sessionMinutes('2026-05-18T13:00:00.000Z', '2026-05-18T18:00:00.000Z', 'WIB')).toBe(300)
  })
})

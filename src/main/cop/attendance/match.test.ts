import { describe, expect, it } from 'vitest'
import { type MatchCandidate, type MatchResult, matchEntries } from './match'
import type { AttendanceEntry } from './read'

const candidates: MatchCandidate[] = [
  { personId: 'siti', name: 'Hj. Siti Rahayu, S.Pd.', email: 'Siti.Rahayu@binadesa.or.id', registered: true },
  { personId: 'siti-n', name: 'Siti Nurhaliza', email: null, registered: false },
  { personId: 'budi', name: 'Budi Santoso, S.E., M.M.', email: null, registered: true },
  { personId: 'rahmat', name: 'Dr. Ir. Rahmat Hidayat, M.Si', email: null, registered: false },
  { personId: 'ahmad', name: 'Ahmad Fauzi S.Kom', email: null, registered: false },
  { personId: 'dewi-1', name: 'Dewi Lestari', email: null, registered: false },
  { personId: 'dewi-2', name: 'DEWI LESTARI', email: 'dewi@pkbi.or.id', registered: false },
  { personId: 'agus-1', name: 'Agus Wibowo', email: null, registered: false },
  { personId: 'agus-2', name: 'Agus Wibowo', email: null, registered: true },
  { personId: 'rina', name: 'Rina Marlina', email: 'info@yayasan-tunas.or.id', registered: false },
  { personId: 'joko', name: 'Joko Susilo', email: 'info@yayasan-tunas.or.id', registered: false },
]

const entry = (name: string, more: Partial<AttendanceEntry> = {}): AttendanceEntry => ({
  name,
  otherNames: [],
  email: null,
  minutes: 60,
  visits: 1,
  rowNumbers: [2],
  ...more,
})

const withoutEntry = ({ entry: _entry, ...result }: MatchResult) => result
const matchOne = (one: AttendanceEntry) => matchEntries([one], candidates).map(withoutEntry)[0]

describe('matchEntries', () => {
  it('matches by e-mail address first, whatever its case', () => {
    expect(matchOne(entry('Siti', { email: 'siti.rahayu@BINADESA.or.id' }))).toEqual({
      personId: 'siti',
      by: 'email',
    })
  })

  it.each([
    ['SITI RAHAYU', 'siti'],
    ['Sití Rahayú', 'siti'],
    ['Rahayu Siti', 'siti'],
    ['budi santoso', 'budi'],
    ['Budi Santoso S.E. M.M.', 'budi'],
    ['Rahmat Hidayat', 'rahmat'],
    ['drg. Rahmat Hidayat, Ph.D.', 'rahmat'],
    ['Ahmad Fauzi', 'ahmad'],
    ['Siti Rahayu - Yayasan Bina Desa', 'siti'],
    ['Siti Rahayu | Bina Desa', 'siti'],
    ['Siti Rahayu (Bina Desa)', 'siti'],
    ['Siti Rahayu/Bina Desa', 'siti'],
  ])('matches "%s" by name', (name, personId) => {
    expect(matchOne(entry(name))).toEqual({ personId, by: 'name' })
  })

  it("tries Zoom's name at sign-in when the display name finds no one", () => {
    expect(matchOne(entry('Pak Budi', { otherNames: ['Budi Santoso'] }))).toEqual({
      personId: 'budi',
      by: 'name',
    })
  })

  it('takes the registered one of two people with the same name', () => {
    expect(matchOne(entry('Agus Wibowo'))).toEqual({ personId: 'agus-2', by: 'name' })
  })

  it('leaves a name two unregistered people share unmatched, suggesting both', () => {
    expect(matchOne(entry('Dewi Lestari - PKBI'))).toEqual({
      personId: null,
      by: null,
      suggestions: ['dewi-1', 'dewi-2'],
    })
  })

  it('does not take an address several people share as theirs, but still matches by name', () => {
    expect(matchOne(entry('Joko Susilo', { email: 'info@yayasan-tunas.or.id' }))).toEqual({
      personId: 'joko',
      by: 'name',
    })
    expect(matchOne(entry('Sekretariat Tunas', { email: 'info@yayasan-tunas.or.id' }))).toEqual({
      personId: null,
      by: null,
      suggestions: ['rina', 'joko'],
    })
  })

  it.each([
    // Both Sitis share the word; the registered one comes first.
    ["Siti's iPhone", ['siti', 'siti-n']],
    // A typo in the surname: near, never matched.
    ['Siti Rahyu', ['siti', 'siti-n']],
    ['Budi Santosa', ['budi']],
    ['Rahmat Hidayatullah', ['rahmat']],
    ['Galaxy A52', []],
  ])('leaves "%s" unmatched with suggestions %j', (name, suggestions) => {
    expect(matchOne(entry(name))).toEqual({ personId: null, by: null, suggestions })
  })

  it('never gives one person two entries: the one with more minutes keeps the match', () => {
    const results = matchEntries(
      [
        entry('Siti Rahayu', { minutes: 40, rowNumbers: [3] }),
        entry('Hj. Siti Rahayu', { minutes: 100, rowNumbers: [7] }),
      ],
      candidates,
    )
    expect(results.map((result) => ({ rowNumbers: result.entry.rowNumbers, ...withoutEntry(result) }))).toEqual([
      { rowNumbers: [3], personId: null, by: null, suggestions: ['siti', 'siti-n'] },
      { rowNumbers: [7], personId: 'siti', by: 'name' },
    ])
  })

  it('keeps a match by e-mail over a match by name to the same person, minutes notwithstanding', () => {
    const results = matchEntries(
      [entry('Siti Rahayu', { minutes: 100 }), entry('Siti', { minutes: 10, email: 'siti.rahayu@binadesa.or.id' })],
      candidates,
    )
    expect(results.map(({ personId, by }) => [personId, by])).toEqual([
      [null, null],
      ['siti', 'email'],
    ])
  })
})

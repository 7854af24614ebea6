import { nameKey, withoutAddition } from './person-names'
import type { AttendanceEntry } from './read'
import { MAX_SUGGESTIONS, type Suggester, suggester } from './suggest'

export interface MatchCandidate {
  personId: string
  name: string
  email: string | null
  registered: boolean
}

export type MatchResult =
  | { entry: AttendanceEntry; personId: string; by: 'email' | 'name' }
  | {
      entry: AttendanceEntry
      personId: null
      by: null
      /** Person ids of near or equally good candidates, best first, at most five. */
      suggestions: string[]
    }

type Unmatched = Extract<MatchResult, { personId: null }>

const unmatched = (entry: AttendanceEntry, suggestions: string[]): Unmatched => ({
  entry,
  personId: null,
  by: null,
  suggestions: suggestions.slice(0, MAX_SUGGESTIONS),
})

function lookup<T>(map: Map<string, T[]>, key: string, value: T): void {
  map.set(key, [...(map.get(key) ?? []), value])
}

/** Registered candidates first: of two people with one name, the one registered for the session is likelier. */
const registeredFirst = (candidates: MatchCandidate[]) =>
  [...candidates].sort((a, b) => Number(b.registered) - Number(a.registered))

/** The names to try, most literal first: as shown, the other names, then each without its addition. */
function namesOf(entry: AttendanceEntry): string[] {
  const shown = [entry.name, ...entry.otherNames]
  const shortened = shown.flatMap((name) => withoutAddition(name) ?? [])
  return [...new Set([...shown, ...shortened])]
}

function matcher(candidates: MatchCandidate[], suggest: Suggester) {
  const byEmail = new Map<string, MatchCandidate[]>()
  const byName = new Map<string, MatchCandidate[]>()
  for (const candidate of candidates) {
    if (candidate.email) lookup(byEmail, candidate.email.trim().toLowerCase(), candidate)
    const key = nameKey(candidate.name)
    if (key !== '') lookup(byName, key, candidate)
  }

  return (entry: AttendanceEntry): MatchResult => {
    // An address several people share (an organisation's info@) says nothing about which of them came.
    const sameEmail = entry.email ? (byEmail.get(entry.email.trim().toLowerCase()) ?? []) : []
    const [byAddress] = sameEmail
    if (byAddress && sameEmail.length === 1) return { entry, personId: byAddress.personId, by: 'email' }

    const names = namesOf(entry)
    for (const name of names) {
      const key = nameKey(name)
      const same = key === '' ? [] : (byName.get(key) ?? [])
      if (same.length === 0) continue
      const registered = same.filter((candidate) => candidate.registered)
      const [only] = same.length === 1 ? same : registered.length === 1 ? registered : []
      if (only) return { entry, personId: only.personId, by: 'name' }
      return unmatched(
        entry,
        registeredFirst(same).map((candidate) => candidate.personId),
      )
    }
    const nearby = suggest(names)
    const addressees = sameEmail.map((candidate) => candidate.personId)
    return unmatched(entry, [...new Set([...addressees, ...nearby])])
  }
}

/** An e-mail match is surer than a name match; then the entry with more minutes is likelier the person. */
const stronger = (a: MatchResult, b: MatchResult) =>
  Number(b.by === 'email') - Number(a.by === 'email') || b.entry.minutes - a.entry.minutes

/**
 * Matches each entry to at most one candidate, by e-mail address first and then by name, and never
 * guesses: an entry no candidate fits alone stays unmatched, with suggestions for a person to decide.
 * Two entries that find the same person are left to a person as well: the stronger keeps the match,
 * the other gets that person as its first suggestion.
 */
export function matchEntries(entries: AttendanceEntry[], candidates: MatchCandidate[]): MatchResult[] {
  const suggest = suggester(candidates)
  const results = entries.map(matcher(candidates, suggest))
  const claims = new Map<string, MatchResult[]>()
  for (const result of results) if (result.personId !== null) lookup(claims, result.personId, result)

  const displaced = new Set<MatchResult>()
  for (const claimants of claims.values())
    for (const loser of [...claimants].sort(stronger).slice(1)) displaced.add(loser)

  return results.map((result) => {
    if (!displaced.has(result) || result.personId === null) return result
    return unmatched(result.entry, [result.personId, ...suggest(namesOf(result.entry), result.personId)])
  })
}

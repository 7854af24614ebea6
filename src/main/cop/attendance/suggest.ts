import type { MatchCandidate } from './match'
import { nameWords } from './person-names'

export const MAX_SUGGESTIONS = 5

/** Words of two letters or fewer are initials and particles: they suggest no one. */
const MIN_WORD_LENGTH = 3

/** True when b is a, or a with one letter added, dropped or changed ("Rahyu" for "Rahayu"). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1)
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/** Person ids for the names, best first, leaving out `exclude`. */
export type Suggester = (names: string[], exclude?: string) => string[]

/**
 * Candidates sharing a word with any of the names, or a word one typo away, best first. A word
 * many candidates share ("Siti", "Muhammad") counts for little, so a shared surname outranks it.
 */
export function suggester(candidates: MatchCandidate[]): Suggester {
  const wordsOf = candidates.map((candidate) => ({
    candidate,
    words: [...new Set(nameWords(candidate.name))].filter((word) => word.length >= MIN_WORD_LENGTH),
  }))
  const sharing = new Map<string, number>()
  for (const { words } of wordsOf) for (const word of words) sharing.set(word, (sharing.get(word) ?? 0) + 1)

  return (names, exclude) => {
    const wanted = new Set(names.flatMap(nameWords).filter((word) => word.length >= MIN_WORD_LENGTH))
    const scored = wordsOf.flatMap(({ candidate, words }) => {
      const score = words.reduce((sum, word) => {
        const weight = 1 / (sharing.get(word) ?? 1)
        if (wanted.has(word)) return sum + weight
        const close = word.length >= 4 && [...wanted].some((other) => other.length >= 4 && oneEditApart(word, other))
        return close ? sum + weight / 2 : sum
      }, 0)
      return score > 0 && candidate.personId !== exclude ? [{ candidate, score }] : []
    })
    return scored
      .sort(
        (a, b) =>
          b.score - a.score ||
          Number(b.candidate.registered) - Number(a.candidate.registered) ||
          a.candidate.name.localeCompare(b.candidate.name),
      )
      .slice(0, MAX_SUGGESTIONS)
      .map(({ candidate }) => candidate.personId)
  }
}

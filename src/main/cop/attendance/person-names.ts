import { personNameKey } from '../../members/names'

/** Forms of address personNameKey keeps but attendance lists are full of. */
const honorifics = new Set(['drg', 'kh', 'bpk', 'ny', 'tn', 'mr', 'mrs', 'ms'])

/**
 * personNameKey drops a degree only after a comma. Names typed in a meeting also put them after a
 * space ("Siti Rahayu S.Kom", "Siti Rahayu S.Pd., M.Si."): a trailing word with a dot inside
 * ("S.Pd", "Ph.D."), or one of the degrees commonly written without dots. A trailing initial
 * ("Siti R.") has no inner dot and stays.
 */
const dottedDegree = /^[a-z]{1,3}\.(?:[a-z]{1,4}\.?){1,3}$/i
const undottedDegrees = new Set([
  'se',
  'sh',
  'st',
  'skm',
  'spd',
  'skom',
  'ssos',
  'sip',
  'ssi',
  'mm',
  'msi',
  'mpd',
  'mkom',
  'mba',
  'mh',
  'phd',
  'amd',
  'lc',
])

const isDegree = (word: string) => dottedDegree.test(word) || undottedDegrees.has(word.replace(/\.$/, '').toLowerCase())

function withoutTrailingDegrees(name: string): string {
  const parts = name.split(/[\s,]+/).filter(Boolean)
  while (parts.length > 1 && isDegree(parts.at(-1) ?? '')) parts.pop()
  return parts.join(' ')
}

/** The words that identify a person, without titles or degrees. */
export function nameWords(name: string): string[] {
  return personNameKey(withoutTrailingDegrees(name))
    .split(' ')
    .filter((word) => word !== '' && !honorifics.has(word))
}

/** One key for "Dr. Siti Rahayu, M.Si" and "rahayu siti": word order varies between lists. */
export const nameKey = (name: string): string => nameWords(name).sort().join(' ')

/**
 * Meeting names carry more than the name: "Siti Rahayu - Yayasan Bina Desa", "Siti Rahayu | Bina
 * Desa", "Siti Rahayu (Bina Desa)", "Siti's iPhone". The part before that, or null when there is none.
 */
const addition = /\s+[-–—]\s+|\s*[|/]\s*|\s*\(|['’]s\s+(?:iphone|ipad|android|galaxy|phone|hp|laptop|macbook|pc)\b/i

export function withoutAddition(name: string): string | null {
  const found = addition.exec(name)
  return found && found.index > 0 ? name.slice(0, found.index) : null
}

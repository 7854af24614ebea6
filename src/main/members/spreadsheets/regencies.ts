import type { Regency } from '../../../shared/reference'
import { foldText } from '../names'

export type RegencyMatch =
  | { kind: 'found'; code: string }
  | { kind: 'ambiguous'; candidates: Regency[] }
  | { kind: 'outside'; code: string }
  | { kind: 'unknown' }

const kindWords = new Map<string, Regency['kind']>([
  ['kabupaten', 'kabupaten'],
  ['kab', 'kabupaten'],
  ['kota', 'kota'],
  ['kot', 'kota'],
])
const kindWord = (word: string | undefined) => (word === undefined ? undefined : kindWords.get(word))

function shortNameIndex(list: Regency[]): Map<string, Regency[]> {
  const index = new Map<string, Regency[]>()
  for (const regency of list) {
    const key = foldText(regency.shortName)
    index.set(key, [...(index.get(key) ?? []), regency])
  }
  return index
}

/**
 * Reads a kabupaten/kota as people write it: "Kab. Madiun", "KABUPATEN MADIUN", "madiun kab",
 * "Kota Madiun", a code 35.19 or 3519. A bare name that fits a kabupaten and a kota ("Madiun") is
 * ambiguous and left for the user to choose; it is never guessed. A name only found in another
 * province ("Kab. Bogor") is said to be outside it rather than unknown.
 */
export function createRegencyMatcher(
  provinceRegencies: Regency[],
  otherRegencies: Regency[] = [],
): (value: string) => RegencyMatch {
  const byCode = new Map(provinceRegencies.map((regency) => [regency.code, regency]))
  const inProvince = shortNameIndex(provinceRegencies)
  const elsewhere = shortNameIndex(otherRegencies)
  const cache = new Map<string, RegencyMatch>()

  const match = (value: string): RegencyMatch => {
    const code = /^(\d{2})\.?(\d{2})$/.exec(value.trim())
    if (code) {
      const dotted = `${code[1]}.${code[2]}`
      return byCode.has(dotted) ? { kind: 'found', code: dotted } : { kind: 'outside', code: dotted }
    }
    const parts = foldText(value).split(' ').filter(Boolean)
    const kind = parts.length > 1 ? (kindWord(parts[0]) ?? kindWord(parts.at(-1))) : null
    if (kind && kindWord(parts[0])) parts.shift()
    else if (kind) parts.pop()
    const named = (index: Map<string, Regency[]>) =>
      (index.get(parts.join(' ')) ?? []).filter((regency) => !kind || regency.kind === kind)
    const candidates = named(inProvince)
    if (candidates.length === 1 && candidates[0]) return { kind: 'found', code: candidates[0].code }
    if (candidates.length > 1) return { kind: 'ambiguous', candidates }
    const outside = named(elsewhere)[0]
    return outside ? { kind: 'outside', code: outside.code } : { kind: 'unknown' }
  }

  return (value) => {
    let result = cache.get(value)
    if (!result) cache.set(value, (result = match(value)))
    return result
  }
}

import type { Regency } from '../../../shared/reference'
import { foldText } from '../names'

export type RegencyMatch =
  | { kind: 'found'; code: string }
  | { kind: 'ambiguous'; candidates: Regency[] }
  | { kind: 'outside'; code: string }
  | { kind: 'unknown' }

const kabupatenWords = new Set(['kabupaten', 'kab'])
const kotaWords = new Set(['kota', 'kot'])

/**
 * Reads a kabupaten/kota as people write it: "Kab. Madiun", "KABUPATEN MADIUN", "madiun kab",
 * "Kota Madiun", a code 35.19 or 3519. A bare name that fits a kabupaten and a kota ("Madiun") is
 * ambiguous and left for the user to choose; it is never guessed.
 */
export function createRegencyMatcher(provinceRegencies: Regency[]): (value: string) => RegencyMatch {
  const byCode = new Map(provinceRegencies.map((regency) => [regency.code, regency]))
  const byShortName = new Map<string, Regency[]>()
  for (const regency of provinceRegencies) {
    const key = foldText(regency.shortName)
    byShortName.set(key, [...(byShortName.get(key) ?? []), regency])
  }
  const cache = new Map<string, RegencyMatch>()

  const match = (value: string): RegencyMatch => {
    const code = /^(\d{2})\.?(\d{2})$/.exec(value.trim())
    if (code) {
      const dotted = `${code[1]}.${code[2]}`
      return byCode.has(dotted) ? { kind: 'found', code: dotted } : { kind: 'outside', code: dotted }
    }
    const parts = foldText(value).split(' ').filter(Boolean)
    let kind: Regency['kind'] | null = null
    const first = parts[0] ?? ''
    const last = parts.at(-1) ?? ''
    if (parts.length > 1 && kabupatenWords.has(first)) ((kind = 'kabupaten'), parts.shift())
    else if (parts.length > 1 && kotaWords.has(first)) ((kind = 'kota'), parts.shift())
    else if (parts.length > 1 && kabupatenWords.has(last)) ((kind = 'kabupaten'), parts.pop())
    else if (parts.length > 1 && kotaWords.has(last)) ((kind = 'kota'), parts.pop())
    const candidates = (byShortName.get(parts.join(' ')) ?? []).filter((regency) => !kind || regency.kind === kind)
    if (candidates.length === 1 && candidates[0]) return { kind: 'found', code: candidates[0].code }
    if (candidates.length > 1) return { kind: 'ambiguous', candidates }
    return { kind: 'unknown' }
  }

  return (value) => {
    let result = cache.get(value)
    if (!result) cache.set(value, (result = match(value)))
    return result
  }
}

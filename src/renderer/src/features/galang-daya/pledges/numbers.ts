/**
 * A number as typed the Indonesian way: 1.250.000 or 1250000, a comma before decimals (2,5).
 * Blank is null; anything else that is not a number is NaN, which the shared schemas refuse with
 * their own message, as they do a fraction or a negative ("1.500,50", "-5").
 */
export function parseTyped(text: string): number | null {
  const typed = text.replace(/^\s*rp\.?/i, '').replace(/\s/g, '')
  if (typed === '') return null
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(typed)) return Number.NaN
  return Number(typed.replace(/\./g, '').replace(',', '.'))
}

/** A percentage typed as 2,5 in basis points (250); blank or unreadable is NaN, refused by the schema. */
export function percentToBasisPoints(text: string): number {
  const value = parseTyped(text)
  return value === null ? Number.NaN : Math.round(value * 100)
}

/** Basis points as the percentage a person types back: 250 → "2,5". */
export const basisPointsToPercent = (bp: number) => String(bp / 100).replace('.', ',')

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

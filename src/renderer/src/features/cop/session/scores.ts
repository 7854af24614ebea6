/** Scores as typed in the table: text until saved. */
export interface ScoreDraft {
  pre: string
  post: string
}

/** Empty is no score; a whole number 0–100 is one; anything else is refused before saving. */
export function scoreOf(typed: string): number | null {
  const plain = typed.trim()
  if (plain === '') return null
  const value = Number(plain)
  return /^\d{1,3}$/.test(plain) && value <= 100 ? value : Number.NaN
}

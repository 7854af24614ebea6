/**
 * The tile map's sequential colour scale: five equal steps from zero to a round top (1.500,
 * 2.500, 4.000 …) just above the largest value, so the legend reads in round numbers. Zero is
 * data (nothing yet) and takes the lightest step; null is no data at all and takes none.
 */
export const SCALE_STEPS = 5

/** Light → dark, ending near the app's --primary; each with a text colour of at least 4.5:1 on it. */
export const SCALE_COLOURS: readonly { fill: string; text: string }[] = [
  { fill: '#e2f0ec', text: '#1c2420' }, // --primary-soft
  { fill: '#b3dcd0', text: '#1c2420' },
  { fill: '#7cc0ad', text: '#1c2420' },
  { fill: '#1d7a67', text: '#ffffff' },
  { fill: '#0b4a40', text: '#ffffff' },
]

export interface SequentialScale {
  /** The width of one step: each covers [step × i, step × (i + 1)), the last one its top too. */
  step: number
  /** 0 (lightest) … SCALE_STEPS − 1 (darkest); null for no data. */
  bucket(value: number | null): number | null
  /** Each step's range, lightest first, for the legend. */
  ranges: readonly { from: number; to: number }[]
}

/** Multiples a step may be of a power of ten: round enough to read, close enough to waste little. */
const NICE = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8]

/**
 * The smallest round number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) that is at
 * least `raw` (> 0); a whole number when `whole`, so counts never get a step of 0,6.
 */
export function niceStep(raw: number, whole = false): number {
  for (let power = Math.floor(Math.log10(raw)); ; power++) {
    for (const multiple of NICE) {
      // Rounded, so 3 × 0.1 is 0.3 and not 0.30000000000000004.
      const step = Number((multiple * 10 ** power).toPrecision(12))
      if (step >= raw * (1 - 1e-9) && (!whole || Number.isInteger(step))) return step
    }
  }
}

export function sequentialScale(values: readonly (number | null)[]): SequentialScale {
  const known = values.filter((value): value is number => value !== null && Number.isFinite(value))
  const max = Math.max(0, ...known)
  // All zero (or nothing): any step will do, 1 keeps the legend in whole numbers.
  const step = max > 0 ? niceStep(max / SCALE_STEPS, known.every(Number.isInteger)) : 1
  return {
    step,
    bucket(value) {
      if (value === null || !Number.isFinite(value)) return null
      // The epsilon keeps 0.3 / 0.1 (2.999…) on the step it is the bottom of.
      return Math.min(SCALE_STEPS - 1, Math.max(0, Math.floor(value / step + 1e-9)))
    },
    ranges: Array.from({ length: SCALE_STEPS }, (_, i) => ({ from: i * step, to: (i + 1) * step })),
  }
}

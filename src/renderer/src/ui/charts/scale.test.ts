import { describe, expect, it } from 'vitest'
import { niceStep, SCALE_COLOURS, SCALE_STEPS, sequentialScale } from './scale'

/** WCAG 2's contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    }) as [number, number, number]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

describe('niceStep', () => {
  it('rounds up to 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten', () => {
    expect([0.07, 0.25, 0.6, 1, 3, 7.4, 9, 250, 251, 274, 1_234_567].map((raw) => niceStep(raw))).toEqual([
      0.08, 0.25, 0.6, 1, 3, 8, 10, 250, 300, 300, 1_500_000,
    ])
  })

  it('rounds up to a whole number for counts', () => {
    expect([0.2, 0.6, 1.4, 2.2, 7.4].map((raw) => niceStep(raw, true))).toEqual([1, 1, 2, 3, 8])
  })
})

describe('sequentialScale', () => {
  it('splits zero to a round top into five steps, the largest value in the darkest', () => {
    const scale = sequentialScale([1250, 0, 260, 499, 500, 1000, null])
    expect(scale.step).toBe(250)
    expect(scale.ranges).toHaveLength(SCALE_STEPS)
    expect(scale.ranges[0]).toEqual({ from: 0, to: 250 })
    expect(scale.ranges[4]).toEqual({ from: 1000, to: 1250 })
    expect([0, 249, 250, 499, 500, 999, 1000, 1250].map(scale.bucket)).toEqual([0, 0, 1, 1, 2, 3, 4, 4])
  })

  it('wastes little of the scale above the largest value', () => {
    const scale = sequentialScale([1369, 700, 37])
    expect(scale.step).toBe(300)
    expect(scale.bucket(1369)).toBe(4)
  })

  it('steps counts by whole numbers', () => {
    expect(sequentialScale([3, 1, 0]).step).toBe(1)
    expect(sequentialScale([3, 1, 0]).bucket(3)).toBe(3)
  })

  it('uses every one of the five steps for evenly spread values', () => {
    const values = [0, 10, 20, 30, 40, 50]
    const scale = sequentialScale(values)
    expect(new Set(values.map(scale.bucket))).toEqual(new Set([0, 1, 2, 3, 4]))
  })

  it('puts equal values in one step, with data', () => {
    const scale = sequentialScale([7, 7, 7])
    const buckets = [7, 7, 7].map(scale.bucket)
    expect(new Set(buckets).size).toBe(1)
    expect(buckets[0]).not.toBeNull()
  })

  it('gives zero the lightest step, also when every value is zero', () => {
    expect(sequentialScale([0, 0, 0]).bucket(0)).toBe(0)
    expect(sequentialScale([0, 0, 0]).ranges[0]).toEqual({ from: 0, to: 1 })
    expect(sequentialScale([0, 5]).bucket(0)).toBe(0)
  })

  it('gives no step to null (no data), nor to a value that is no number', () => {
    const scale = sequentialScale([null, 10, null])
    expect(scale.bucket(null)).toBeNull()
    expect(scale.bucket(Number.NaN)).toBeNull()
    expect(sequentialScale([null, null]).bucket(null)).toBeNull()
  })

  it('keeps fractions on the step they are the bottom of', () => {
    const scale = sequentialScale([0.5, 0.3, 0.1])
    expect(scale.step).toBe(0.1)
    expect(scale.bucket(0.3)).toBe(3)
  })
})

describe('SCALE_COLOURS', () => {
  it('has one colour per step, each darker than the one before, its text at least 4.5:1 on it', () => {
    expect(SCALE_COLOURS).toHaveLength(SCALE_STEPS)
    for (const { fill, text } of SCALE_COLOURS) expect(contrast(fill, text)).toBeGreaterThanOrEqual(4.5)
    const onWhite = SCALE_COLOURS.map(({ fill }) => contrast(fill, '#ffffff'))
    expect(onWhite).toEqual([...onWhite].sort((a, b) => a - b))
  })
})

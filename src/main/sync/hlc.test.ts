import { describe, expect, it } from 'vitest'
import { formatHlc, isHlc, maxHlc, nextHlc, parseHlc, wallOf } from './hlc'

const node = 'abcdef0123456789'
const other = '0123456789abcdef'

describe('hybrid logical clock', () => {
  it('follows the wall clock when it moves forward', () => {
    const first = nextHlc(null, 1_000, node)
    expect(parseHlc(first)).toEqual({ wall: 1_000, counter: 0, node })
    expect(nextHlc(first, 2_000, node)).toBe(formatHlc({ wall: 2_000, counter: 0, node }))
  })

  it('counts within one millisecond and when the wall clock goes back, never repeating', () => {
    const first = nextHlc(null, 5_000, node)
    const same = nextHlc(first, 5_000, node)
    const back = nextHlc(same, 1_000, node)
    expect([first, same, back]).toEqual([...new Set([first, same, back])].sort())
    expect(parseHlc(back)).toMatchObject({ wall: 5_000, counter: 2 })
  })

  it('moves past a received clock from another instance', () => {
    const received = formatHlc({ wall: 9_000, counter: 3, node: other })
    const local = nextHlc(maxHlc(nextHlc(null, 1_000, node), received), 2_000, node)
    expect(local > received).toBe(true)
    expect(parseHlc(local)).toEqual({ wall: 9_000, counter: 4, node })
  })

  it('sorts as strings in clock order, the instance breaking ties', () => {
    const a = formatHlc({ wall: 99, counter: 0, node: other })
    const b = formatHlc({ wall: 99, counter: 0, node })
    const c = formatHlc({ wall: 100, counter: 0, node: other })
    expect([c, b, a].sort()).toEqual([a, b, c])
    expect(wallOf(c)).toBe(100)
  })

  it('refuses a counter overflow instead of wrapping, and malformed clocks', () => {
    expect(() => formatHlc({ wall: 1, counter: 100_000, node })).toThrow(/overflow/)
    expect(isHlc('000000000001000-00000-abcdef0123456789')).toBe(true)
    for (const bad of ['', '1000-0-x', '000000000001000-00000-ABCDEF0123456789', 42]) expect(isHlc(bad)).toBe(false)
  })
})

/**
 * Hybrid logical clocks (Kulkarni et al.), as fixed-width strings that sort in clock order:
 * `<wall ms, 15 digits>-<counter, 5 digits>-<instance, 16 hex>`. The wall part keeps clocks close to
 * real time, so "the newest edit wins" means what users expect; the counter orders events within
 * one millisecond or after a clock jumped back; the instance id breaks every remaining tie, so two
 * instances never produce the same clock and every replica picks the same winner.
 */
export type Hlc = string

const WALL_DIGITS = 15
const COUNTER_DIGITS = 5
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1
const HLC_PATTERN = /^(\d{15})-(\d{5})-([0-9a-f]{16})$/

export interface HlcParts {
  wall: number
  counter: number
  node: string
}

export function formatHlc({ wall, counter, node }: HlcParts): Hlc {
  if (counter > MAX_COUNTER) throw new Error(`HLC counter overflow at ${wall}`)
  return `${String(wall).padStart(WALL_DIGITS, '0')}-${String(counter).padStart(COUNTER_DIGITS, '0')}-${node}`
}

export function parseHlc(value: string): HlcParts | null {
  const match = HLC_PATTERN.exec(value)
  if (!match) return null
  return { wall: Number(match[1]), counter: Number(match[2]), node: match[3] as string }
}

export const isHlc = (value: unknown): value is Hlc => typeof value === 'string' && HLC_PATTERN.test(value)

/** The wall time a clock carries, for "changed at" displays and drift checks. */
export const wallOf = (value: Hlc): number => Number(value.slice(0, WALL_DIGITS))

/** A clock for events before clocks existed (data written by earlier versions). */
export const legacyNode = '0000000000000000'

/**
 * The next clock for a local event: after `last` (the newest clock this instance has seen, its own
 * or received) and not before the wall clock.
 */
export function nextHlc(last: Hlc | null, wallNow: number, node: string): Hlc {
  const previous = last ? parseHlc(last) : null
  if (!previous || wallNow > previous.wall) return formatHlc({ wall: wallNow, counter: 0, node })
  return formatHlc({ wall: previous.wall, counter: previous.counter + 1, node })
}

/** The newer of two clocks; received clocks move the local one forward. */
export const maxHlc = (a: Hlc | null, b: Hlc | null): Hlc | null => (a === null ? b : b === null || a >= b ? a : b)

import type Database from 'better-sqlite3'
import { SEARCH_LISTS_AT_MOST } from '../../../shared/members'
import { countMatches, matchingAmong, matchingPast, readMatches } from './matches'
import { pageInNameOrder, type NameOrder } from './name-order'

/** Up to this many matches a search reads them all and places them by the name order. */
const READ_ALL_UP_TO = SEARCH_LISTS_AT_MOST
/** Rows taken from the lead of the order beyond what the rate of matches predicts, for uneven spreads. */
const MARGIN = 1.5
/**
 * What looking a candidate up in the index (matches.ts: matchingAmong) costs, in matches passed by
 * one scan (matchingPast): FTS5 sets up every term of the expression for each lookup. Measured at
 * 300k people: 4-7 µs for one term, 8-15 µs for two to four, against 0.10-0.14 µs a match scanned.
 */
const lookupCostInScanned = (match: string) => 35 + 20 * (match.match(/"(?:[^"]|"")*"/g)?.length ?? 1)
/** Known rows to walk before their rate of matches says more than the share of all matches read. */
const MIN_SAMPLE = 100

export interface NamePage {
  /** Null when more than READ_ALL_UP_TO match and the search was not asked to count them all. */
  total: number | null
  /** Search rowids of the page's rows, in order. */
  rowids: number[]
}

interface Paging {
  descending: boolean
  offset: number
  limit: number
  /** Count every match (an export), instead of stopping at "more than READ_ALL_UP_TO". */
  complete: boolean
}

/**
 * One page of a search in name order without filters, with the name order at hand. Reading a match
 * into JavaScript costs several times counting it, so a search reads at most ten thousand matches,
 * the first in rowid order, and beyond says "more" rather than count (unless asked to). A broader
 * search takes its page from the rows that lead the name order: those up to the last rowid read
 * are decided already, the others are looked up in the index one by one, or when they are many,
 * picked out in one pass over the matches past the last read. Matches bunched where
 * the order does not start ("Yayasan …" in the OMS list) leave too few in the lead; then every
 * match is read and placed after all.
 */
export function searchInNameOrder(
  sqlite: Database.Database,
  fts: string,
  match: string,
  order: NameOrder,
  paging: Paging,
): NamePage {
  const { descending, offset, limit } = paging
  const first = readMatches(sqlite, fts, match, 0, READ_ALL_UP_TO + 1)
  if (first.length <= READ_ALL_UP_TO) return pageInNameOrder(order, first, descending, offset, limit)
  const last = first.reduce((max, rowid) => Math.max(max, rowid), 0)
  const lead = leadOfOrder(order, paging, first, last)
  if (lead) {
    const { undecided } = lead
    const found =
      undecided.length * lookupCostInScanned(match) < unreadEstimate(order, first.length, last)
        ? matchingAmong(sqlite, fts, match, undecided)
        : matchingPast(sqlite, fts, match, last, undecided)
    const at = (rowid: number) => order.positionOf[rowid] ?? 0
    const hits = [...lead.matched, ...found].sort((a, b) => (descending ? at(b) - at(a) : at(a) - at(b)))
    if (hits.length >= offset + limit) {
      const total = paging.complete ? first.length + countMatches(sqlite, fts, match, last) : null
      return { total, rowids: hits.slice(offset, offset + limit) }
    }
  }
  const page = pageInNameOrder(order, first.concat(readMatches(sqlite, fts, match, last)), descending, offset, limit)
  return paging.complete ? page : { ...page, total: null }
}

/** The matches past `last`, were they spread as those up to it. */
function unreadEstimate(order: NameOrder, read: number, last: number): number {
  const listed = order.listedThrough[last] ?? 0
  return listed === 0 ? Infinity : (read * (order.rowidAt.length - listed)) / listed
}

/**
 * The rows leading the order (its end when descending) that should hold a page of matches with a
 * margin: for those up to `last`, `first` (every match up to it) says whether they match; the
 * others are expected to match at the rate seen among the former. Null when that would take half
 * the list.
 */
function leadOfOrder(
  order: NameOrder,
  { descending, offset, limit }: Paging,
  first: number[],
  last: number,
): { matched: number[]; undecided: number[] } | null {
  const read = new Uint8Array(last + 1)
  for (const rowid of first) read[rowid] = 1
  const share = first.length / (order.listedThrough[last] ?? Infinity)
  const { length } = order.rowidAt
  const matched: number[] = []
  const undecided: number[] = []
  const needed = (offset + limit) * MARGIN
  let known = 0
  for (let i = 0; i < length / 2; i++) {
    const rowid = order.rowidAt[descending ? length - 1 - i : i] ?? 0
    if (rowid > last) undecided.push(rowid)
    else {
      known += 1
      if (read[rowid] === 1) matched.push(rowid)
    }
    const rate = known < MIN_SAMPLE ? share : Math.min(share, matched.length / known)
    const expected = matched.length + undecided.length * rate
    if (expected >= needed) return { matched, undecided }
    if (i + (needed - expected) / rate >= length / 2) return null
  }
  return null
}

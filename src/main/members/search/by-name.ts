import type Database from 'better-sqlite3'
import { countAndFind, readMatches } from './matches'
import { pageInNameOrder, type NameOrder } from './name-order'

/** Up to this many matches a search reads them all and places them by the name order. */
const READ_ALL_UP_TO = 10_000
/** Rows taken from the lead of the order beyond what the rate of matches predicts, for uneven spreads. */
const MARGIN = 1.5
/** Known rows to walk before their rate of matches says more than the share of all matches read. */
const MIN_SAMPLE = 100

export interface NamePage {
  total: number
  /** Search rowids of the page's rows, in order. */
  rowids: number[]
}

interface Paging {
  descending: boolean
  offset: number
  limit: number
}

/**
 * One page of a search in name order without filters, with the name order at hand. Reading a match
 * into JavaScript costs several times counting it, so a search reads at most ten thousand matches,
 * the first in rowid order. A broader one takes its page from the rows that lead the name order:
 * those up to the last rowid read are decided already, the others are tested while every match
 * past it is counted, in one pass. Matches bunched where the order does not start ("Yayasan …" in
 * the OMS list) leave too few in the lead; then every match is read and placed after all.
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
  const last = first.reduce((max, rowid) => Math.max(max, rowid), 0)
  const lead = first.length > READ_ALL_UP_TO ? leadOfOrder(order, paging, first, last) : null
  if (lead) {
    const { count, found } = countAndFind(sqlite, fts, match, last, lead.undecided)
    const at = (rowid: number) => order.positionOf[rowid] ?? 0
    const hits = [...lead.matched, ...found].sort((a, b) => (descending ? at(b) - at(a) : at(a) - at(b)))
    if (hits.length >= offset + limit)
      return { total: first.length + count, rowids: hits.slice(offset, offset + limit) }
  }
  const all = first.length > READ_ALL_UP_TO ? first.concat(readMatches(sqlite, fts, match, last)) : first
  return pageInNameOrder(order, all, descending, offset, limit)
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

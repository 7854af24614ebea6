import { create } from 'zustand'
import type { ErrorPayload } from '@shared/errors'
import type { DuplicatePair, Page, RecordKind } from '@shared/members'
import { invoke } from '@renderer/api'

export const PAGE_SIZE = 50

/** The last pair marked, said once with the way to take it back. */
export interface Marked {
  pair: DuplicatePair
  dismissed: boolean
}

interface DuplicatesState {
  kind: RecordKind
  dismissed: boolean
  /** Null until main has answered for this list. */
  page: Page<DuplicatePair> | null
  marked: Marked | null
  error: ErrorPayload | null
  busy: boolean
  /** A list opened afresh: its first page, nothing said yet. */
  open(kind: RecordKind, dismissed: boolean): Promise<void>
  goTo(offset: number): Promise<void>
  /** Marks a pair "not a duplicate" (dismissed) or shows it again; the list reloads without it. */
  mark(pair: DuplicatePair, dismissed: boolean): Promise<boolean>
  undo(): Promise<boolean>
}

export const useDuplicates = create<DuplicatesState>()((set, get) => {
  async function load(offset: number) {
    const { kind, dismissed } = get()
    const result = await invoke('members:duplicatePairs', { kind, dismissed, offset, limit: PAGE_SIZE })
    if (!result.ok) return set({ error: result.error })
    // The last pair of the last page went: that page is gone, the one before it is not.
    const { total } = result.value
    if (result.value.rows.length === 0 && offset > 0 && total > 0)
      return load(Math.floor((total - 1) / PAGE_SIZE) * PAGE_SIZE)
    set({ page: result.value })
  }
  return {
    kind: 'organisation',
    dismissed: false,
    page: null,
    marked: null,
    error: null,
    busy: false,
    async open(kind, dismissed) {
      set({ kind, dismissed, page: null, marked: null, error: null })
      await load(0)
    },
    async goTo(offset) {
      set({ error: null })
      await load(offset)
    },
    async mark(pair, dismissed) {
      if (get().busy) return false
      set({ busy: true, error: null })
      const input = { kind: pair.kind, ids: [pair.first.id, pair.second.id] as [string, string] }
      const result = await invoke(dismissed ? 'members:dismissDuplicatePair' : 'members:showDuplicatePairAgain', input)
      if (!result.ok) {
        set({ busy: false, error: result.error })
        return false
      }
      set({ busy: false, marked: { pair, dismissed } })
      await load(get().page?.offset ?? 0)
      return true
    },
    async undo() {
      const { marked, mark } = get()
      return marked ? mark(marked.pair, !marked.dismissed) : false
    },
  }
})

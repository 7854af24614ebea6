import { create } from 'zustand'
import type { InputOf } from '@shared/contract'
import type { ErrorPayload } from '@shared/errors'
import type { SupporterCandidate, SupporterDetail, SupporterKind, SupporterRow } from '@shared/pledges'
import { invoke } from '@renderer/api'
import { afterTypingPauses, emptyList, pagedList, type ListState } from '@renderer/ui/paged-list'

export type SupporterSort = 'name' | 'newest'
export type SupporterInput = InputOf<'supporters:create'>
type Draft = Omit<InputOf<'supporters:duplicates'>, 'excludeId'>

interface SupportersState {
  /** What is in the search box; `search` follows it once typing pauses. */
  searchText: string
  search: string
  kind: SupporterKind | null
  sort: SupporterSort
  list: ListState<SupporterRow>
  supporter: SupporterDetail | null
  /** Likely duplicates from the last save, waiting for "save anyway" or a change of the fields. */
  duplicates: SupporterCandidate[] | null
  /** Likely duplicates of what is being typed: a hint that never blocks. */
  hint: SupporterCandidate[]
  fieldErrors: Record<string, string>
  error: ErrorPayload | null
  busy: boolean
  openList(): void
  type(text: string): void
  filterKind(kind: SupporterKind | null): void
  sortBy(sort: SupporterSort): void
  loadPage(page: number): Promise<void>
  load(id: string): Promise<void>
  /** The id saved, or null when main held the save back (duplicates) or refused it (messages). */
  save(input: SupporterInput, id: string | null): Promise<string | null>
  /** The form's own check found these field messages: nothing goes to main. */
  refuse(fieldErrors: Record<string, string>): void
  checkDraft(draft: Draft, excludeId: string | null): void
  dismissDuplicates(): void
  remove(id: string): Promise<boolean>
  reset(): void
}

/** Main's field messages keyed by the input's top-level field, as the form shows them. */
const byField = (error: ErrorPayload): Record<string, string> =>
  Object.fromEntries(
    Object.entries(error.fields ?? {})
      .reverse()
      .map(([path, message]) => [path.split('.')[0] ?? path, message]),
  )

const typing = afterTypingPauses()
const drafting = afterTypingPauses()
const idle = { supporter: null, duplicates: null, hint: [], fieldErrors: {}, error: null, busy: false }

export const useSupporters = create<SupportersState>()((set, get) => {
  const list = pagedList({
    fetch: (window) => {
      const { search, kind, sort } = get()
      return invoke('supporters:list', { search, kind, sort, ...window })
    },
    read: () => get().list,
    write: (next) => set({ list: next }),
  })

  return {
    searchText: '',
    search: '',
    kind: null,
    sort: 'name',
    list: emptyList,
    ...idle,

    openList: () => list.restart(),
    type(text) {
      set({ searchText: text })
      typing(() => {
        if (get().search === text) return
        set({ search: text })
        list.restart()
      })
    },
    filterKind(kind) {
      set({ kind })
      list.restart()
    },
    sortBy(sort) {
      set({ sort })
      list.restart()
    },
    loadPage: (page) => list.loadPage(page),

    async load(id) {
      const result = await invoke('supporters:get', { id })
      set(result.ok ? { supporter: result.value, error: null } : { supporter: null, error: result.error })
    },
    async save(input, id) {
      set({ busy: true, error: null, fieldErrors: {} })
      const result = id ? await invoke('supporters:update', { ...input, id }) : await invoke('supporters:create', input)
      if (!result.ok) {
        set({ busy: false, error: result.error, fieldErrors: byField(result.error) })
        return null
      }
      set({ busy: false, duplicates: result.value.saved ? null : result.value.duplicates })
      return result.value.saved ? result.value.id : null
    },
    refuse: (fieldErrors) => set({ fieldErrors, error: null, duplicates: null }),
    checkDraft(draft, excludeId) {
      drafting(() => {
        void invoke('supporters:duplicates', { ...draft, ...(excludeId && { excludeId }) }).then((result) => {
          // A draft too malformed to compare (half an e-mail) has no likely duplicates yet.
          set({ hint: result.ok ? result.value : [] })
        })
      })
    },
    dismissDuplicates: () => set({ duplicates: null }),
    async remove(id) {
      set({ busy: true, error: null })
      const result = await invoke('supporters:delete', { id })
      set({ busy: false, error: result.ok ? null : result.error })
      return result.ok
    },
    reset: () => set(idle),
  }
})

interface OverdueState {
  /** How many pledges are overdue today; null until main has said. */
  count: number | null
  load(): Promise<void>
}

/** The count the Galang Daya navigation shows at a glance on each of its views. */
export const useOverdueCount = create<OverdueState>()((set) => ({
  count: null,
  async load() {
    const result = await invoke('pledges:overdue')
    set({ count: result.ok ? result.value.length : null })
  },
}))

import { create } from 'zustand'
import type { z } from 'zod'
import type { ErrorPayload } from '@shared/errors'
import type { InitiativeRow, listInitiativesInput } from '@shared/initiatives'
import { invoke } from '@renderer/api'
import { afterTypingPauses, emptyList, nextSort, pagedList, type ListState } from '@renderer/ui/paged-list'
import { useReference } from '@renderer/features/reference/store'
import { useClusters } from './clusters'

type ListInput = z.output<typeof listInitiativesInput>
export type InitiativeFilters = ListInput['filters']
export type InitiativeSort = ListInput['sort']

interface InitiativeListState {
  /** What is in the search box; `query` follows it once typing pauses. */
  queryText: string
  query: string
  filters: InitiativeFilters
  sort: InitiativeSort
  list: ListState<InitiativeRow>
  /** Why the filters' lists (kabupaten/kota, SDGs, issue clusters) could not be fetched. */
  referenceError: ErrorPayload | null
  /** Loads the filters' lists and the first page, afresh: an initiative may have been saved meanwhile. */
  open(provinceCode: string | null): Promise<void>
  type(text: string): void
  filter(filters: Partial<InitiativeFilters>): void
  clearFilters(): void
  sortBy(column: InitiativeSort['column']): void
  loadPage(page: number): Promise<void>
}

const noFilters: InitiativeFilters = {
  status: null,
  regencyCode: null,
  leadOrganisationId: null,
  clusterId: null,
  sdg: null,
}
const typing = afterTypingPauses()

/** The Inisiatif list: search, filters and sort kept while the user visits an initiative and comes back. */
export const useInitiativeList = create<InitiativeListState>()((set, get) => {
  const list = pagedList({
    fetch: (window) => {
      const { query, filters, sort } = get()
      return invoke('initiatives:list', { query, filters, sort, ...window })
    },
    read: () => get().list,
    write: (rows) => set({ list: rows }),
  })

  return {
    queryText: '',
    query: '',
    filters: noFilters,
    sort: { column: 'title', direction: 'asc' },
    list: emptyList,
    referenceError: null,

    async open(provinceCode) {
      list.restart()
      const [referenceError] = await Promise.all([
        useReference.getState().loadTaxonomies(provinceCode),
        useClusters.getState().load(),
      ])
      set({ referenceError: referenceError ?? useClusters.getState().error })
    },
    type(text) {
      set({ queryText: text })
      typing(() => {
        if (get().query === text) return
        set({ query: text })
        list.restart()
      })
    },
    filter(filters) {
      set({ filters: { ...get().filters, ...filters } })
      list.restart()
    },
    clearFilters() {
      set({ filters: noFilters })
      list.restart()
    },
    sortBy(column) {
      set({ sort: nextSort(get().sort, column) })
      list.restart()
    },
    loadPage: (page) => list.loadPage(page),
  }
})

/** Whether any filter narrows the list: an empty result then means "no match", not "none yet". */
export const isFiltered = (filters: InitiativeFilters): boolean =>
  Object.values(filters).some((value) => value !== null)

import { create } from 'zustand'
import type { z } from 'zod'
import type { ErrorPayload } from '@shared/errors'
import type {
  listOrganisationsInput,
  listPeopleInput,
  OrganisationRow,
  PersonRow,
  SpreadsheetFormat,
} from '@shared/members'
import { invoke } from '@renderer/api'
import { saveFile } from '@renderer/ui/download'
import { useReference } from '../../reference/store'

export type Tab = 'organisations' | 'people'
export const PAGE_SIZE = 100
/** Long enough to skip the keystrokes of a word being typed, short enough to feel immediate. */
const SEARCH_DELAY_MS = 150

type OrganisationInput = z.output<typeof listOrganisationsInput>
type PeopleInput = z.output<typeof listPeopleInput>
export type OrganisationFilters = OrganisationInput['filters']
export type PeopleFilters = PeopleInput['filters']
export type OrganisationSort = OrganisationInput['sort']
export type PeopleSort = PeopleInput['sort']

interface ListState<Row> {
  /** Null until the first page of the current search has come back. */
  total: number | null
  /** A search matched more than the `total` rows it lists (shared/members.ts: SEARCH_LISTS_AT_MOST). */
  more: boolean
  /** Page number → rows; pages are fetched as the table scrolls to them. */
  pages: Record<number, Row[]>
  /**
   * Which search the rows on screen answer. A new search keeps the old rows until its own arrive,
   * so typing does not flash an empty list; the table scrolls back to the top when this changes.
   */
  shown: number
  error: ErrorPayload | null
}

interface DirectoryState {
  /** What is in the search box; `query` follows it once typing pauses. */
  queryText: string
  query: string
  organisationFilters: OrganisationFilters
  peopleFilters: PeopleFilters
  organisationSort: OrganisationSort
  peopleSort: PeopleSort
  organisations: ListState<OrganisationRow>
  people: ListState<PersonRow>
  /** Why the shared reference lists (features/reference/store.ts) could not be fetched. */
  referenceError: ErrorPayload | null
  exporting: boolean
  exportError: ErrorPayload | null
  /** Loads reference lists for the filters and both lists' first pages. */
  open(provinceCode: string | null): Promise<void>
  type(text: string): void
  filterOrganisations(filters: Partial<OrganisationFilters>): void
  filterPeople(filters: Partial<PeopleFilters>): void
  clearFilters(tab: Tab): void
  sortOrganisations(column: OrganisationSort['column']): void
  sortPeople(column: PeopleSort['column']): void
  loadPage(tab: Tab, page: number): Promise<void>
  exportList(tab: Tab, format: SpreadsheetFormat): Promise<void>
}

const emptyList = { total: null, more: false, pages: {}, shown: 0, error: null }
const noOrganisationFilters: OrganisationFilters = { regencyCode: null, typeCode: null, sectorCode: null, status: null }
const noPeopleFilters: PeopleFilters = {
  regencyCode: null,
  organisationId: null,
  role: null,
  gender: null,
  hasConsent: null,
}

/**
 * Every change of query, filter or sort starts a new generation per list: answers to an older
 * one arrive too late to matter and are dropped, so fast typing never shows a stale list.
 */
const generation: Record<Tab, number> = { organisations: 0, people: 0 }
const inFlight: Record<Tab, Set<number>> = { organisations: new Set(), people: new Set() }
let typingTimer: ReturnType<typeof setTimeout> | undefined

export const useDirectory = create<DirectoryState>()((set, get) => {
  const restart = (tab: Tab) => {
    generation[tab] += 1
    inFlight[tab].clear()
    void get().loadPage(tab, 0)
  }
  const restartBoth = () => {
    restart('organisations')
    restart('people')
  }
  const nextSort = <S extends { column: string; direction: 'asc' | 'desc' }>(sort: S, column: S['column']): S =>
    ({ column, direction: sort.column === column && sort.direction === 'asc' ? 'desc' : 'asc' }) as S

  return {
    queryText: '',
    query: '',
    organisationFilters: noOrganisationFilters,
    peopleFilters: noPeopleFilters,
    organisationSort: { column: 'name', direction: 'asc' },
    peopleSort: { column: 'name', direction: 'asc' },
    organisations: emptyList,
    people: emptyList,
    referenceError: null,
    exporting: false,
    exportError: null,

    async open(provinceCode) {
      restartBoth()
      set({ referenceError: await useReference.getState().loadTaxonomies(provinceCode) })
    },
    type(text) {
      set({ queryText: text })
      clearTimeout(typingTimer)
      typingTimer = setTimeout(() => {
        if (get().query === text) return
        set({ query: text })
        restartBoth()
      }, SEARCH_DELAY_MS)
    },
    filterOrganisations(filters) {
      set({ organisationFilters: { ...get().organisationFilters, ...filters } })
      restart('organisations')
    },
    filterPeople(filters) {
      set({ peopleFilters: { ...get().peopleFilters, ...filters } })
      restart('people')
    },
    clearFilters(tab) {
      set(tab === 'organisations' ? { organisationFilters: noOrganisationFilters } : { peopleFilters: noPeopleFilters })
      restart(tab)
    },
    sortOrganisations(column) {
      set({ organisationSort: nextSort(get().organisationSort, column) })
      restart('organisations')
    },
    sortPeople(column) {
      set({ peopleSort: nextSort(get().peopleSort, column) })
      restart('people')
    },

    async loadPage(tab, page) {
      const list = get()[tab]
      const asked = generation[tab]
      if ((list.shown === asked && list.pages[page]) || inFlight[tab].has(page)) return
      inFlight[tab].add(page)
      const result = await listRequest(get(), tab, page)
      if (asked !== generation[tab]) return
      inFlight[tab].delete(page)
      const current = get()[tab]
      const pages = current.shown === asked ? current.pages : {}
      const next = result.ok
        ? {
            total: result.value.total,
            more: result.value.more ?? false,
            pages: { ...pages, [page]: result.value.rows },
            shown: asked,
            error: null,
          }
        : { ...current, error: result.error }
      set(
        tab === 'organisations'
          ? { organisations: next as ListState<OrganisationRow> }
          : { people: next as ListState<PersonRow> },
      )
    },

    async exportList(tab, format) {
      set({ exporting: true, exportError: null })
      const state = get()
      const result =
        tab === 'organisations'
          ? await invoke('members:exportOrganisations', {
              query: state.query,
              filters: state.organisationFilters,
              sort: state.organisationSort,
              format,
            })
          : await invoke('members:exportPeople', {
              query: state.query,
              filters: state.peopleFilters,
              sort: state.peopleSort,
              format,
            })
      if (result.ok) saveFile(result.value)
      set({ exporting: false, exportError: result.ok ? null : result.error })
    },
  }
})

function listRequest(state: DirectoryState, tab: Tab, page: number) {
  const window = { offset: page * PAGE_SIZE, limit: PAGE_SIZE }
  return tab === 'organisations'
    ? invoke('members:listOrganisations', {
        query: state.query,
        filters: state.organisationFilters,
        sort: state.organisationSort,
        ...window,
      })
    : invoke('members:listPeople', {
        query: state.query,
        filters: state.peopleFilters,
        sort: state.peopleSort,
        ...window,
      })
}

/** Whether any filter narrows the list: an empty result then means "no match", not "no members yet". */
export const isFiltered = (filters: OrganisationFilters | PeopleFilters): boolean =>
  Object.values(filters).some((value) => value !== null)

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
import {
  afterTypingPauses,
  emptyList,
  nextSort,
  pagedList,
  type ListState,
  type PagedList,
} from '@renderer/ui/paged-list'
import { useReference } from '@renderer/features/reference/store'

export type Tab = 'organisations' | 'people'

type OrganisationInput = z.output<typeof listOrganisationsInput>
type PeopleInput = z.output<typeof listPeopleInput>
export type OrganisationFilters = OrganisationInput['filters']
export type PeopleFilters = PeopleInput['filters']
export type OrganisationSort = OrganisationInput['sort']
export type PeopleSort = PeopleInput['sort']

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

const noOrganisationFilters: OrganisationFilters = { regencyCode: null, typeCode: null, sectorCode: null, status: null }
const noPeopleFilters: PeopleFilters = {
  regencyCode: null,
  organisationId: null,
  role: null,
  gender: null,
  hasConsent: null,
}
const typing = afterTypingPauses()

export const useDirectory = create<DirectoryState>()((set, get) => {
  const lists: Record<Tab, PagedList> = {
    organisations: pagedList({
      fetch: (window) => {
        const { query, organisationFilters: filters, organisationSort: sort } = get()
        return invoke('members:listOrganisations', { query, filters, sort, ...window })
      },
      read: () => get().organisations,
      write: (organisations) => set({ organisations }),
    }),
    people: pagedList({
      fetch: (window) => {
        const { query, peopleFilters: filters, peopleSort: sort } = get()
        return invoke('members:listPeople', { query, filters, sort, ...window })
      },
      read: () => get().people,
      write: (people) => set({ people }),
    }),
  }
  const restartBoth = () => {
    lists.organisations.restart()
    lists.people.restart()
  }

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
      typing(() => {
        if (get().query === text) return
        set({ query: text })
        restartBoth()
      })
    },
    filterOrganisations(filters) {
      set({ organisationFilters: { ...get().organisationFilters, ...filters } })
      lists.organisations.restart()
    },
    filterPeople(filters) {
      set({ peopleFilters: { ...get().peopleFilters, ...filters } })
      lists.people.restart()
    },
    clearFilters(tab) {
      set(tab === 'organisations' ? { organisationFilters: noOrganisationFilters } : { peopleFilters: noPeopleFilters })
      lists[tab].restart()
    },
    sortOrganisations(column) {
      set({ organisationSort: nextSort(get().organisationSort, column) })
      lists.organisations.restart()
    },
    sortPeople(column) {
      set({ peopleSort: nextSort(get().peopleSort, column) })
      lists.people.restart()
    },
    loadPage: (tab, page) => lists[tab].loadPage(page),

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

/** Whether any filter narrows the list: an empty result then means "no match", not "no members yet". */
export const isFiltered = (filters: OrganisationFilters | PeopleFilters): boolean =>
  Object.values(filters).some((value) => value !== null)

import { create } from 'zustand'
import {
  defaultDirectoryView,
  organisationColumnIds,
  personColumnIds,
  type DirectoryDensity,
  type DirectoryViewSettings,
} from '@shared/directory-view'
import type { ErrorPayload } from '@shared/errors'
import { invoke } from '@renderer/api'
import type { Tab } from './store'

export const choosableColumns = { organisations: organisationColumnIds, people: personColumnIds } as const

interface ViewState {
  /** Null until main has said how this user left the directory. */
  view: DirectoryViewSettings | null
  error: ErrorPayload | null
  load(): Promise<void>
  setDensity(density: DirectoryDensity): void
  showColumn(tab: Tab, column: string, shown: boolean): void
  resetColumns(tab: Tab): void
}

/** The list's columns replaced by these, kept in the list's own order. */
const withColumns = (view: DirectoryViewSettings, tab: Tab, ids: readonly string[]): DirectoryViewSettings => ({
  ...view,
  columns:
    tab === 'organisations'
      ? { ...view.columns, organisations: organisationColumnIds.filter((id) => ids.includes(id)) }
      : { ...view.columns, people: personColumnIds.filter((id) => ids.includes(id)) },
})

/** Saves go one after another, so the last choice made is the one main keeps. */
let saving: Promise<unknown> = Promise.resolve()

/**
 * Density and columns of the directory. A choice shows at once and is saved in main's local
 * settings, where it outlives the window; a failed save is said, and the choice stays for now.
 */
export const useDirectoryView = create<ViewState>()((set, get) => {
  const change = (view: DirectoryViewSettings) => {
    set({ view })
    saving = saving.then(async () => {
      const result = await invoke('settings:setDirectoryView', view)
      set({ error: result.ok ? null : result.error })
    })
  }
  const current = () => get().view ?? defaultDirectoryView

  return {
    view: null,
    error: null,
    async load() {
      if (get().view) return
      const result = await invoke('settings:getDirectoryView')
      set(result.ok ? { view: result.value, error: null } : { view: defaultDirectoryView, error: result.error })
    },
    setDensity(density) {
      change({ ...current(), density })
    },
    showColumn(tab, column, shown) {
      const view = current()
      const chosen: string[] = view.columns[tab]
      change(withColumns(view, tab, shown ? [...chosen, column] : chosen.filter((id) => id !== column)))
    },
    resetColumns(tab) {
      change(withColumns(current(), tab, defaultDirectoryView.columns[tab]))
    },
  }
})

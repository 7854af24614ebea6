import { create } from 'zustand'
import type { ErrorPayload } from '@shared/errors'
import type { ImportKind, SpreadsheetFormat } from '@shared/members'
import { invoke } from '@renderer/api'
import { saveFile } from '@renderer/ui/download'
import { isFiltered, useDirectory } from '../directory/store'

/** The directory's list as searched, filtered and sorted there, or every record of the kind. */
export type ExportScope = 'search' | 'all'

/** The file an export handed to the browser's download, for the screen to confirm. */
export interface SavedExport {
  kind: ImportKind
  fileName: string
  rowCount: number
}

interface ExportState {
  busy: boolean
  error: ErrorPayload | null
  saved: SavedExport | null
  exportList(kind: ImportKind, scope: ExportScope, format: SpreadsheetFormat): Promise<boolean>
  /** Leaving the screen: its confirmation is not carried to the next one. */
  forget(): void
}

/** Whether the directory's list of this kind is narrowed by a search or filter, and to how many. */
export function useDirectorySearch(kind: ImportKind): { searching: boolean; total: number | null } {
  const searching = useDirectory(
    (state) =>
      state.query !== '' || isFiltered(kind === 'organisations' ? state.organisationFilters : state.peopleFilters),
  )
  const total = useDirectory((state) => state[kind].total)
  return { searching, total }
}

/** Exports of the member lists, the same from the directory and from the import page. */
export const useExport = create<ExportState>()((set, get) => ({
  busy: false,
  error: null,
  saved: null,
  async exportList(kind, scope, format) {
    if (get().busy) return false
    set({ busy: true, error: null, saved: null })
    const directory = useDirectory.getState()
    const narrowed = scope === 'search'
    const result =
      kind === 'organisations'
        ? await invoke('members:exportOrganisations', {
            format,
            sort: directory.organisationSort,
            ...(narrowed && { query: directory.query, filters: directory.organisationFilters }),
          })
        : await invoke('members:exportPeople', {
            format,
            sort: directory.peopleSort,
            ...(narrowed && { query: directory.query, filters: directory.peopleFilters }),
          })
    if (!result.ok) {
      set({ busy: false, error: result.error })
      return false
    }
    saveFile(result.value)
    const { fileName, rowCount } = result.value
    set({ busy: false, saved: { kind, fileName, rowCount } })
    return true
  },
  forget() {
    if (!get().busy) set({ saved: null, error: null })
  },
}))

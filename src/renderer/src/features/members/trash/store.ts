import { create } from 'zustand'
import type { ErrorPayload } from '@shared/errors'
import type { DeletedRecord, TrashEntry, TrashList } from '@shared/members'
import { invoke } from '@renderer/api'
import { useRecords } from '../records/store'

interface TrashState {
  /** Null until main has answered. */
  list: TrashList | null
  /** The record just brought back, said once on the trash page with a link to it. */
  restored: DeletedRecord | null
  error: ErrorPayload | null
  busy: boolean
  /** Fresh on every visit: what was said about the last one is past. */
  open(): Promise<void>
  restore(entry: TrashEntry): Promise<boolean>
}

export const useTrash = create<TrashState>()((set, get) => {
  async function load() {
    const result = await invoke('members:trash')
    set(result.ok ? { list: result.value } : { error: result.error })
  }
  return {
    list: null,
    restored: null,
    error: null,
    busy: false,
    async open() {
      set({ restored: null, error: null })
      await load()
    },
    async restore(entry) {
      if (get().busy) return false
      set({ busy: true, error: null, restored: null })
      const result = await invoke('members:restoreRecord', { kind: entry.kind, id: entry.id })
      if (!result.ok) {
        set({ busy: false, error: result.error })
        return false
      }
      // The directory's "undo delete" for this record would only be refused now.
      if (useRecords.getState().deleted?.id === entry.id) useRecords.setState({ deleted: null })
      set({ busy: false, restored: result.value })
      await load()
      return true
    },
  }
})

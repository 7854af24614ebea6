import { create } from 'zustand'
import type { ErrorPayload } from '@shared/errors'
import type { HistoryEntry } from '@shared/sync'
import { invoke } from '@renderer/api'

interface HistoryState {
  entries: HistoryEntry[] | null
  error: ErrorPayload | null
  load(): Promise<void>
}

export const useHistory = create<HistoryState>()((set) => ({
  entries: null,
  error: null,
  async load() {
    const result = await invoke('sync:history')
    set(result.ok ? { entries: result.value, error: null } : { error: result.error })
  },
}))

import { create } from 'zustand'
import type { ErrorPayload } from '@shared/errors'
import type { AppInfo } from '@shared/hub'
import { invoke } from '@renderer/api'

interface SettingsState {
  info: AppInfo | null
  error: ErrorPayload | null
  loadInfo(): Promise<void>
}

export const useSettings = create<SettingsState>()((set) => ({
  info: null,
  error: null,
  async loadInfo() {
    const result = await invoke('app:info')
    set(result.ok ? { info: result.value, error: null } : { error: result.error })
  },
}))

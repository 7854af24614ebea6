import { create } from 'zustand'
import type { InputOf } from '@shared/contract'
import type { ErrorPayload } from '@shared/errors'
import type { HubIdentity, HubStatusReport } from '@shared/hub'
import { invoke } from '@renderer/api'

interface HubState {
  /** Null until hub:status has answered. */
  status: HubStatusReport | null
  error: ErrorPayload | null
  /** The shell opened straight from setup, so focus belongs on its first heading. */
  justSetUp: boolean
  loadStatus(): Promise<void>
  enterAfterSetup(identity: HubIdentity): void
  /** Settings' edit of the name and contact: null once saved, else main's refusal with its field messages. */
  updateIdentity(input: InputOf<'hub:updateIdentity'>): Promise<ErrorPayload | null>
}

export const useHub = create<HubState>()((set, get) => ({
  status: null,
  error: null,
  justSetUp: false,
  async loadStatus() {
    const result = await invoke('hub:status')
    set(result.ok ? { status: result.value, error: null } : { error: result.error })
  },
  enterAfterSetup(identity) {
    // A setup that succeeded wrote the database and a fresh key: nothing stands in the way.
    set({ status: { setUp: true, identity, notices: [] }, justSetUp: true })
  },
  async updateIdentity(input) {
    const result = await invoke('hub:updateIdentity', input)
    if (!result.ok) return result.error
    const status = get().status
    if (status?.setUp) set({ status: { ...status, identity: result.value } })
    return null
  },
}))

import { create } from 'zustand'
import type { ErrorPayload } from '../../../../shared/errors'
import type { HubIdentity, HubStatusReport } from '../../../../shared/hub'
import { invoke } from '../../api'

interface HubState {
  /** Null until hub:status has answered. */
  status: HubStatusReport | null
  error: ErrorPayload | null
  /** The shell opened straight from setup, so focus belongs on its first heading. */
  justSetUp: boolean
  loadStatus(): Promise<void>
  enterAfterSetup(identity: HubIdentity): void
}

export const useHub = create<HubState>()((set) => ({
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
}))

import { create } from 'zustand'
import type { ErrorPayload } from '../../../../shared/errors'
import type { HubIdentity, HubStatus } from '../../../../shared/hub'
import { invoke } from '../../api'

interface HubState {
  /** Null until hub:status has answered. */
  status: HubStatus | null
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
    set({ status: { setUp: true, identity }, justSetUp: true })
  },
}))

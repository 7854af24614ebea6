import { create } from 'zustand'
import type { ErrorPayload } from '@shared/errors'
import type { IssueCluster } from '@shared/initiatives'
import { invoke } from '@renderer/api'

interface ClustersState {
  clusters: IssueCluster[]
  error: ErrorPayload | null
  load(): Promise<void>
}

/**
 * The national issue clusters a hub tags its initiatives with, for the list's filter and the form.
 * Asked again each time a screen opens: a national bundle imported meanwhile may have brought more.
 */
export const useClusters = create<ClustersState>()((set) => ({
  clusters: [],
  error: null,
  async load() {
    const result = await invoke('initiatives:clusters')
    set(result.ok ? { clusters: result.value, error: null } : { error: result.error })
  },
}))

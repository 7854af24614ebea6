import { create } from 'zustand'
import type { InputOf } from '@shared/contract'
import type { ErrorPayload } from '@shared/errors'
import type { IssueCluster } from '@shared/initiatives'
import { invoke } from '@renderer/api'

export type ClusterInput = InputOf<'initiatives:createCluster'>

interface ClustersState {
  clusters: IssueCluster[] | null
  error: ErrorPayload | null
  busy: boolean
  load(): Promise<void>
  /** A new cluster without `id`; null once saved, else main's refusal with its field messages. */
  save(input: ClusterInput, id: string | null): Promise<ErrorPayload | null>
  remove(id: string): Promise<ErrorPayload | null>
}

export const useClusters = create<ClustersState>()((set, get) => {
  /** After any change the list is fetched again: main keeps its order and is the one to trust. */
  async function change(call: () => Promise<{ ok: true } | { ok: false; error: ErrorPayload }>) {
    if (get().busy) return null
    set({ busy: true })
    const result = await call()
    if (result.ok) await get().load()
    set({ busy: false })
    return result.ok ? null : result.error
  }
  return {
    clusters: null,
    error: null,
    busy: false,
    async load() {
      const result = await invoke('initiatives:clusters')
      set(result.ok ? { clusters: result.value, error: null } : { error: result.error })
    },
    save: (input, id) =>
      change(() =>
        id === null
          ? invoke('initiatives:createCluster', input)
          : invoke('initiatives:updateCluster', { ...input, id }),
      ),
    remove: (id) => change(() => invoke('initiatives:deleteCluster', { id })),
  }
})

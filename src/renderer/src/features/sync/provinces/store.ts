import { create } from 'zustand'
import type { ErrorPayload } from '@shared/errors'
import type { AckReport, ProvinceRow } from '@shared/sync'
import { invoke } from '@renderer/api'

interface ProvincesState {
  rows: ProvinceRow[] | null
  /** The hub whose acknowledgement is being written. */
  acking: string | null
  ack: (AckReport & { name: string }) | null
  error: ErrorPayload | null
  load(): Promise<void>
  writeAck(hubId: string, name: string): Promise<void>
}

export const useProvinces = create<ProvincesState>()((set, get) => ({
  rows: null,
  acking: null,
  ack: null,
  error: null,
  async load() {
    const result = await invoke('sync:provinces')
    set(result.ok ? { rows: result.value, error: null } : { error: result.error })
  },
  async writeAck(hubId, name) {
    if (get().acking) return
    set({ acking: hubId, ack: null, error: null })
    const result = await invoke('sync:writeAck', { hubId })
    set({ acking: null })
    if (!result.ok) return set({ error: result.error })
    if (result.value) set({ ack: { ...result.value, name } })
  },
}))

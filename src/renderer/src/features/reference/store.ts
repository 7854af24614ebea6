import { create } from 'zustand'
import type { ErrorPayload } from '../../../../shared/errors'
import type { Province } from '../../../../shared/reference'
import { invoke } from '../../api'

/** Reference data never changes while the app runs: each list is fetched once and shared by every screen. */
interface ReferenceState {
  provinces: Province[]
  error: ErrorPayload | null
  loadProvinces(): Promise<void>
}

let provincesRequest: Promise<void> | null = null

export const useReference = create<ReferenceState>()((set) => ({
  provinces: [],
  error: null,
  loadProvinces() {
    provincesRequest ??= invoke('reference:provinces').then((result) => {
      if (result.ok) set({ provinces: result.value, error: null })
      else {
        provincesRequest = null
        set({ error: result.error })
      }
    })
    return provincesRequest
  },
}))

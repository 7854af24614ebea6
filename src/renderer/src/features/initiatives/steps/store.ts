import { create } from 'zustand'
import type { ErrorPayload } from '@shared/errors'
import type { StepGuide, StepText } from '@shared/initiatives'
import { invoke } from '@renderer/api'

interface GuideState {
  guide: StepGuide | null
  error: ErrorPayload | null
  busy: boolean
  load(): Promise<void>
  /** The six steps' wording, or null for the network's defaults; null once saved, else main's refusal. */
  save(steps: StepText[] | null): Promise<ErrorPayload | null>
}

export const useStepGuide = create<GuideState>()((set, get) => ({
  guide: null,
  error: null,
  busy: false,
  async load() {
    const result = await invoke('initiatives:stepGuide')
    set(result.ok ? { guide: result.value, error: null } : { error: result.error })
  },
  async save(steps) {
    if (get().busy) return null
    set({ busy: true })
    const result = await invoke('initiatives:setStepGuide', { steps })
    set(result.ok ? { busy: false, guide: result.value } : { busy: false })
    return result.ok ? null : result.error
  },
}))

import { create } from 'zustand'
import type { InputOf } from '@shared/contract'
import type { ErrorPayload, Result } from '@shared/errors'
import type { InitiativeDetail } from '@shared/initiatives'
import { invoke } from '@renderer/api'

export type NeedInput = Omit<InputOf<'initiatives:createNeed'>, 'initiativeId'>
type StepInput = Omit<InputOf<'initiatives:updateStep'>, 'initiativeId'>

interface InitiativePageState {
  initiative: InitiativeDetail | null
  /** Why the page could not load; each action returns its own refusal to the part that asked. */
  error: ErrorPayload | null
  busy: boolean
  load(id: string): Promise<void>
  changeStatus(input: Omit<InputOf<'initiatives:changeStatus'>, 'initiativeId'>): Promise<ErrorPayload | null>
  saveStep(input: StepInput): Promise<ErrorPayload | null>
  /** A new need without `id`, else that need changed. */
  saveNeed(input: NeedInput, id: string | null): Promise<ErrorPayload | null>
  deleteNeed(id: string): Promise<ErrorPayload | null>
  remove(): Promise<ErrorPayload | null>
}

export const useInitiativePage = create<InitiativePageState>()((set, get) => {
  /** Every change answers with the whole initiative as main now has it: the page shows that. */
  async function change(call: (id: string) => Promise<Result<InitiativeDetail>>): Promise<ErrorPayload | null> {
    const id = get().initiative?.id
    if (!id || get().busy) return null
    set({ busy: true })
    const result = await call(id)
    set(result.ok ? { busy: false, initiative: result.value } : { busy: false })
    return result.ok ? null : result.error
  }
  return {
    initiative: null,
    error: null,
    busy: false,
    async load(id) {
      set({ initiative: null, error: null })
      // The steps come with the guide's current wording (initiatives:stepGuide), so one call suffices.
      const result = await invoke('initiatives:get', { id })
      set(result.ok ? { initiative: result.value } : { error: result.error })
    },
    changeStatus: (input) => change((initiativeId) => invoke('initiatives:changeStatus', { ...input, initiativeId })),
    saveStep: (input) => change((initiativeId) => invoke('initiatives:updateStep', { ...input, initiativeId })),
    saveNeed: (input, id) =>
      change((initiativeId) =>
        id === null
          ? invoke('initiatives:createNeed', { ...input, initiativeId })
          : invoke('initiatives:updateNeed', { ...input, id }),
      ),
    deleteNeed: (id) => change(() => invoke('initiatives:deleteNeed', { id })),
    async remove() {
      const id = get().initiative?.id
      if (!id || get().busy) return null
      set({ busy: true })
      const result = await invoke('initiatives:delete', { id })
      set({ busy: false })
      return result.ok ? null : result.error
    },
  }
})

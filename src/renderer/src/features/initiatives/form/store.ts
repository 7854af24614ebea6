import { create } from 'zustand'
import type { InputOf } from '@shared/contract'
import type { ErrorPayload } from '@shared/errors'
import type { InitiativeDetail } from '@shared/initiatives'
import { invoke } from '@renderer/api'

export type InitiativeInput = InputOf<'initiatives:create'>

interface InitiativeFormState {
  /** The initiative being edited, once main has sent it. */
  initiative: InitiativeDetail | null
  error: ErrorPayload | null
  /** Messages by top-level field, from main's refusal or the form's own check of the same schema. */
  fieldErrors: Record<string, string>
  busy: boolean
  load(id: string): Promise<void>
  /** A save the form's own check refused: shown as main would show it, and nothing sent. */
  refuse(error: ErrorPayload): void
  /** The saved initiative's id, or null when main refused it. */
  save(input: InitiativeInput, id: string | null): Promise<string | null>
  reset(): void
}

const byField = (error: ErrorPayload): Record<string, string> => {
  const fields: Record<string, string> = {}
  for (const [path, message] of Object.entries(error.fields ?? {})) fields[path.split('.')[0] ?? path] ??= message
  return fields
}

const idle = { initiative: null, error: null, fieldErrors: {}, busy: false }

export const useInitiativeForm = create<InitiativeFormState>()((set) => ({
  ...idle,
  async load(id) {
    const result = await invoke('initiatives:get', { id })
    set(result.ok ? { initiative: result.value, error: null } : { initiative: null, error: result.error })
  },
  refuse(error) {
    set({ error, fieldErrors: byField(error) })
  },
  async save(input, id) {
    set({ busy: true, error: null, fieldErrors: {} })
    const result = await (id ? invoke('initiatives:update', { ...input, id }) : invoke('initiatives:create', input))
    if (result.ok) {
      set({ busy: false, initiative: result.value })
      return result.value.id
    }
    set({ busy: false, error: result.error, fieldErrors: byField(result.error) })
    return null
  },
  reset() {
    set(idle)
  },
}))

import './zod-setup'
import { create } from 'zustand'
import type { ErrorPayload } from '@shared/errors'
import { hubSetupForm, type HubIdentity, type HubRole } from '@shared/hub'
import { invoke } from '@renderer/api'
import type { MessageKey } from '@renderer/i18n'
import { useHub } from '../hub/store'

/** In the order they appear on the form, which is the order focus visits them after a failed save. */
export const setupFields = ['role', 'provinceCode', 'name', 'contactName', 'contactPhone', 'contactEmail'] as const
export type SetupField = (typeof setupFields)[number]
export type SetupDraft = Record<Exclude<SetupField, 'role'>, string> & { role: HubRole }

/** Client-side checks carry i18n keys (re-translated on a language switch); main's arrive as text. */
export type FieldError = { key: MessageKey; params?: Record<string, string | number> } | { text: string }
type FieldErrors = Partial<Record<SetupField, FieldError>>

const isSetupField = (path: string): path is SetupField => (setupFields as readonly string[]).includes(path)

/** The first-run form's state. Its own chunk, loaded only when setup is due: zod rides along with it. */
interface SetupState {
  saving: boolean
  fieldErrors: FieldErrors
  error: ErrorPayload | null
  /** The identity just made, shown with its fingerprint before the user moves on. */
  created: HubIdentity | null
  /** Resolves to the fields that need fixing, in form order; empty when created or refused as a whole. */
  setUp(draft: SetupDraft): Promise<SetupField[]>
  clearFieldError(field: SetupField): void
  continueToApp(): void
}

const invalidFields = (errors: FieldErrors): SetupField[] => setupFields.filter((field) => errors[field])

export const useSetup = create<SetupState>()((set, get) => ({
  saving: false,
  fieldErrors: {},
  error: null,
  created: null,
  async setUp(draft) {
    if (get().saving) return []
    // National instances belong to no province; sending the hidden select's value would only confuse.
    const { provinceCode, ...rest } = draft
    const input =
      draft.role === 'hub' ? { ...rest, role: 'hub' as const, provinceCode } : { ...rest, role: 'national' as const }
    const checked = hubSetupForm.safeParse(input)
    if (!checked.success) {
      const fieldErrors: FieldErrors = {}
      for (const issue of checked.error.issues) {
        const path = issue.path.join('.')
        const key = (issue.message.startsWith('validation.') ? issue.message : 'validation.invalid') as MessageKey
        // A refused control character names itself in the message: the user cannot see it.
        const params = issue.code === 'custom' ? (issue.params as Record<string, string | number>) : undefined
        if (isSetupField(path)) fieldErrors[path] ??= { key, params }
      }
      set({ fieldErrors, error: null })
      return invalidFields(fieldErrors)
    }

    set({ saving: true, fieldErrors: {}, error: null })
    // Main gets the raw entries and validates them itself; the parsed form holds nulls it would refuse.
    const result = await invoke('hub:setup', input)
    if (result.ok) {
      set({ saving: false, created: result.value })
      return []
    }
    const fieldErrors: FieldErrors = {}
    for (const [path, text] of Object.entries(result.error.fields ?? {}))
      if (isSetupField(path)) fieldErrors[path] = { text }
    set({ saving: false, fieldErrors, error: result.error })
    return invalidFields(fieldErrors)
  },
  clearFieldError(field) {
    const { [field]: _cleared, ...rest } = get().fieldErrors
    set({ fieldErrors: rest })
  },
  continueToApp() {
    const identity = get().created
    if (identity) useHub.getState().enterAfterSetup(identity)
  },
}))

/** Main's field messages for inputs the form does not have, so they still reach the user. */
export function unplacedFieldMessages(error: ErrorPayload | null): string[] {
  return Object.entries(error?.fields ?? {})
    .filter(([path]) => !isSetupField(path))
    .map(([, message]) => message)
}

import { create } from 'zustand'
import type { InputOf } from '@shared/contract'
import type { ErrorPayload, Result } from '@shared/errors'
import type { Language } from '@shared/hub'
import type { BackupRetention } from '@shared/backup'
import type { DossierFormat, DossierSheet, ErasurePreview, PersonPrivacy, SavedDossier } from '@shared/privacy'
import { invoke } from '@renderer/api'

/** What an action came to: done, or main's refusal for the part of the panel that asked. */
export type Outcome = { ok: true } | { ok: false; error: ErrorPayload }

interface PersonPrivacyState {
  privacy: PersonPrivacy | null
  /** Why the panel could not load; each action keeps its own refusal next to its controls. */
  error: ErrorPayload | null
  busy: boolean
  /** What the erasure just done kept, as its preview said: main has no way to ask it afterwards. */
  kept: ErasurePreview | null
  load(personId: string): Promise<void>
  recordConsent(input: InputOf<'privacy:recordConsent'>): Promise<Outcome>
  restrict(personId: string, restricted: boolean): Promise<Outcome>
  previewErasure(personId: string): Promise<{ ok: true; preview: ErasurePreview } | { ok: false; error: ErrorPayload }>
  erase(preview: ErasurePreview): Promise<Outcome>
  reset(): void
}

export const usePersonPrivacy = create<PersonPrivacyState>()((set, get) => {
  /** One call at a time; a success replaces the person's privacy as main now has it. */
  async function change(call: () => ReturnType<typeof invoke<'privacy:person'>>): Promise<Outcome> {
    set({ busy: true })
    const result = await call()
    set({ busy: false, ...(result.ok && { privacy: result.value, error: null }) })
    return result.ok ? { ok: true } : { ok: false, error: result.error }
  }

  return {
    privacy: null,
    error: null,
    busy: false,
    kept: null,
    async load(personId) {
      if (get().privacy?.personId !== personId) set({ privacy: null, kept: null })
      const result = await invoke('privacy:person', { personId })
      set(result.ok ? { privacy: result.value, error: null } : { error: result.error })
    },
    recordConsent(input) {
      return change(() => invoke('privacy:recordConsent', input))
    },
    restrict(personId, restricted) {
      return change(() => invoke('privacy:restrict', { personId, restricted }))
    },
    async previewErasure(personId) {
      set({ busy: true })
      const result = await invoke('privacy:erasurePreview', { personId })
      set({ busy: false })
      return result.ok ? { ok: true, preview: result.value } : result
    },
    async erase(preview) {
      set({ busy: true })
      const result = await invoke('privacy:erase', { personId: preview.personId })
      // Together: the page that says the person is erased says at once what stayed.
      set({ busy: false, ...(result.ok && { privacy: result.value, kept: preview, error: null }) })
      return result.ok ? { ok: true } : { ok: false, error: result.error }
    },
    reset() {
      set({ privacy: null, error: null, busy: false, kept: null })
    },
  }
})

/** Main asks where to save, then writes (JSON, CSV) or prints (PDF) the person's data there; null when cancelled. */
export const exportPerson = (
  personId: string,
  format: DossierFormat,
  language: Language,
): Promise<Result<SavedDossier | null>> => invoke('privacy:exportPerson', { personId, format, language })

/** How many backups the hub keeps, for the erasure's warning; null when main cannot say. */
export const backupRetention = async (): Promise<BackupRetention | null> => {
  const result = await invoke('backup:settings')
  return result.ok ? result.value.retention : null
}

/** The printable copy of the person's data, already worded by main. */
export const loadDossierSheet = (personId: string, language: Language): Promise<Result<DossierSheet>> =>
  invoke('privacy:dossierSheet', { personId, language })

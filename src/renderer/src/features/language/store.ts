import { create } from 'zustand'
import type { ErrorPayload } from '@shared/errors'
import type { Language } from '@shared/hub'
import { invoke } from '@renderer/api'
import { i18n } from '@renderer/i18n'

interface LanguageState {
  language: Language
  /** False until the stored choice has been read; the app does not open before that. */
  loaded: boolean
  saving: boolean
  error: ErrorPayload | null
  /** Read before the first render, so the UI opens in the remembered language. */
  load(): Promise<Language>
  choose(language: Language): Promise<void>
  /** Switches for this session only: where the database holding the setting cannot be opened. */
  show(language: Language): Promise<void>
}

export const useLanguage = create<LanguageState>()((set, get) => ({
  language: 'id',
  loaded: false,
  saving: false,
  error: null,
  async load() {
    const result = await invoke('settings:getLanguage')
    if (!result.ok) {
      set({ error: result.error })
      return get().language
    }
    // i18n opened in Bahasa Indonesia; the remembered choice takes over before the first screen renders.
    await i18n.changeLanguage(result.value)
    set({ language: result.value, loaded: true, error: null })
    return result.value
  },
  async show(language) {
    await i18n.changeLanguage(language)
    set({ language, loaded: true, error: null })
  },
  async choose(language) {
    // Buttons stay enabled while saving (disabling one would drop keyboard focus), so guard here.
    if (get().saving || language === get().language) return
    set({ saving: true, error: null })
    const result = await invoke('settings:setLanguage', { language })
    if (!result.ok) {
      set({ saving: false, error: result.error })
      return
    }
    // Switch only once main has stored the choice: what the user sees is what survives a restart.
    await i18n.changeLanguage(result.value)
    set({ saving: false, language: result.value })
  },
}))

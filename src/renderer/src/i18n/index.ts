import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next, useTranslation } from 'react-i18next'
import { en as sharedEn } from '@shared/i18n/en'
import { id as sharedId, type Catalog, type SharedMessages } from '@shared/i18n/id'
import { addMessageFormats } from '@shared/i18n/formats'
import { en } from './en'
import { id, type UiMessages } from './id'

/**
 * The sections each feature adds with registerMessages, declared by that feature through interface
 * merging (`declare module '@renderer/i18n' { interface FeatureMessages extends ItsMessages {} }`),
 * so its keys are checked like the core's although its texts load only with its code.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface FeatureMessages {}

/** Dotted paths to every text, so a mistyped key fails the type check instead of showing raw. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]
export type MessageKey = Leaves<UiMessages & SharedMessages & FeatureMessages>
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

export const i18n: I18n = i18next.createInstance()

// The shared and core catalogs have disjoint top-level sections, so one spread merges them.
const resources = {
  id: { translation: { ...sharedId, ...id } },
  en: { translation: { ...sharedEn, ...en } },
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language
})

// Ready as soon as this module loads, in Bahasa Indonesia, so a failure before the stored language
// has been read (main unreachable at start) still has words. The resources are bundled, so init
// needs nothing asynchronous; the language store switches to the stored choice once it has it.
void i18n.use(initReactI18next).init({
  lng: 'id',
  fallbackLng: 'id',
  resources,
  initAsync: false,
  interpolation: { escapeValue: false },
})
// The shared catalogs' "{{date, day}}" must read the same here as in main's messages.
addMessageFormats(i18n)

/**
 * Adds a feature's texts in both languages, called once from the module that loads with the feature,
 * before any of its components render. Deep, so a feature may add keys under a section another
 * feature already has; a section already there keeps the texts it had.
 */
export function registerMessages<T extends object>(catalogs: { id: T; en: Catalog<T> }): void {
  i18n.addResourceBundle('id', 'translation', catalogs.id, true, false)
  i18n.addResourceBundle('en', 'translation', catalogs.en, true, false)
}

export function useText(): Translate {
  return useTranslation().t as Translate
}

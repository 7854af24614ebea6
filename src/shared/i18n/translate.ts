import i18next, { type i18n } from 'i18next'
import type { Language } from '../hub'
import type { Message } from '../errors'
import { en } from './en'
import { addMessageFormats } from './formats'
import { id } from './id'

export const sharedResources = { id: { translation: id }, en: { translation: en } } as const

/**
 * A synchronous i18next instance over the shared catalogs, for main and the CLI. The renderer builds
 * its own instance with these catalogs merged under its UI texts, so wording is defined once.
 */
export function createTranslator(language: Language): (message: Message) => string {
  const instance: i18n = i18next.createInstance()
  void instance.init({
    lng: language,
    fallbackLng: 'id',
    resources: sharedResources,
    initAsync: false,
    interpolation: { escapeValue: false },
  })
  addMessageFormats(instance)
  return ({ key, params }) => instance.t(key, params ?? {})
}

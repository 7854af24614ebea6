import type { Language } from '../../../../../shared/hub'

/** A reference term's name in the current language. */
export const termName = (term: { nameId: string; nameEn: string }, language: Language) =>
  language === 'en' ? term.nameEn : term.nameId

export const go = (href: string) => {
  window.location.hash = href
}

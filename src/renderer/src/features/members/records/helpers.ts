import type { Language } from '../../../../../shared/hub'

/** A reference term's name in the current language. */
export const termName = (term: { nameId: string; nameEn: string }, language: Language) =>
  language === 'en' ? term.nameEn : term.nameId

export const go = (href: string) => {
  window.location.hash = href
}

/** After a refused save, focus goes to the first field the store holds a message for. */
export function focusFirstInvalid(form: HTMLFormElement | null, fieldErrors: Record<string, string>): void {
  const [first] = Object.keys(fieldErrors)
  const control = first ? form?.elements.namedItem(first) : null
  const target = control instanceof RadioNodeList ? control[0] : control
  if (target instanceof HTMLElement) target.focus()
}

import type { z } from 'zod'
import type { Language } from '@shared/hub'
import type { MessageKey, Translate } from '@renderer/i18n'

/** A reference term's name in the current language. */
export const termName = (term: { nameId: string; nameEn: string }, language: Language) =>
  language === 'en' ? term.nameEn : term.nameId

export const go = (href: string) => {
  window.location.hash = href
}

/** After a refused save, focus goes to the first field the store holds a message for. */
export function focusFirstInvalid(form: HTMLFormElement | null, fieldErrors: Record<string, string>): void {
  const [first] = Object.keys(fieldErrors)
  if (first) focusField(form, first)
}

/** Focuses a form's control by its name; of a radio group, the first button. */
export function focusField(form: HTMLFormElement | null, name: string): void {
  const control = form?.elements.namedItem(name)
  const target = control instanceof RadioNodeList ? control[0] : control
  if (target instanceof HTMLElement) target.focus()
}

/**
 * Each field's first message for `input`, as main words it: the schemas carry i18n keys, custom
 * checks their values (a count's limits). Keys the catalogs cannot know become a general "not valid".
 */
export function schemaMessages(schema: z.ZodType, input: unknown, t: Translate): Record<string, string> {
  const messages: Record<string, string> = {}
  const result = schema.safeParse(input)
  for (const issue of result.error?.issues ?? []) {
    const field = String(issue.path[0] ?? '_')
    const params = issue.code === 'custom' ? (issue.params as Record<string, string | number> | undefined) : undefined
    messages[field] ??= issue.message.startsWith('validation.')
      ? t(issue.message as MessageKey, params)
      : t('validation.invalid')
  }
  return messages
}

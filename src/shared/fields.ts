import { z } from 'zod'
import { normalizePhone } from './phone'

/** Phone and e-mail inputs everywhere: blank means none, and what is kept is the canonical form. */
export const phoneField = z
  .string({ error: 'validation.phone.invalid' })
  .trim()
  .max(40, { error: 'validation.phone.invalid' })
  .transform((value, ctx) => {
    if (value === '') return null
    const canonical = normalizePhone(value)
    if (!canonical) ctx.addIssue({ code: 'custom', message: 'validation.phone.invalid' })
    return canonical
  })

export const emailField = z
  .string({ error: 'validation.email.invalid' })
  .trim()
  .max(254, { error: 'validation.email.invalid' })
  .transform((value, ctx) => {
    if (value === '') return null
    if (!z.email().safeParse(value).success) ctx.addIssue({ code: 'custom', message: 'validation.email.invalid' })
    return value.toLowerCase()
  })

/** Whether a field holds one line (a name, a code) or free text where the user may break lines. */
export type Lines = 'single' | 'multi'

// Cc is C0, DEL and C1; Cs matches only unpaired surrogates, which no encoding can store.
const forbidden: Record<Lines, RegExp> = {
  single: /[\p{Cc}\p{Cs}]/u,
  multi: /(?!\r\n|[\t\n])\p{Cc}|\p{Cs}/u,
}
const lineBreak = /[\t\n\r]/

/**
 * Refuses what no one means to type: a NUL or another control character would be stored, shown as
 * nothing and break exports, search and other tools; in a one-line field a tab or line break too.
 * The message names the character, since the user cannot see it.
 */
export const refuseControlCharacters =
  (lines: Lines, key?: string) =>
  (value: string, ctx: z.RefinementCtx): void => {
    const found = forbidden[lines].exec(value)?.[0]
    if (found === undefined) return
    const char = `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
    const general =
      lines === 'single' && lineBreak.test(found) ? 'validation.text.lineBreak' : 'validation.text.control'
    ctx.addIssue({ code: 'custom', message: key ?? general, params: { char } })
  }

/** Free text from a form or a spreadsheet cell: trimmed, bounded, and free of control characters. */
export const textField = (max: number, lines: Lines, error = 'validation.invalid') =>
  z.string({ error }).trim().max(max, { error: 'validation.tooLong' }).superRefine(refuseControlCharacters(lines))

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

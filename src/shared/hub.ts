import { z } from 'zod'
import type { Message } from './errors'
import { emailField, phoneField, textField } from './fields'
import type { TimeZoneCode } from './format'

export const languages = ['id', 'en'] as const
export type Language = (typeof languages)[number]

export const hubRoles = ['hub', 'national'] as const
export type HubRole = (typeof hubRoles)[number]

const requiredText = (key: string) => textField(200, 'single', key).min(1, { error: key })

export const optionalText = textField(200, 'single').transform((value) => (value === '' ? null : value))

const contact = {
  name: requiredText('validation.hubName.required'),
  contactName: optionalText.prefault(''),
  contactPhone: phoneField.prefault(''),
  contactEmail: emailField.prefault(''),
}

/**
 * What main accepts: scripted set-ups (the CLI) may leave the secretariat's contact for later,
 * but whatever is given must be valid.
 */
export const hubSetupInput = z.discriminatedUnion(
  'role',
  [
    z.strictObject({
      role: z.literal('hub'),
      provinceCode: z.string({ error: 'validation.province.required' }).regex(/^\d{2}$/, {
        error: 'validation.province.required',
      }),
      ...contact,
    }),
    z.strictObject({ role: z.literal('national'), ...contact }),
  ],
  { error: 'validation.role.required' },
)
export type HubSetupInput = z.input<typeof hubSetupInput>

interface ContactValues {
  contactName: string | null
  contactPhone: string | null
  contactEmail: string | null
}
/** What a form asks beyond main's minimum: someone the national team can reach. */
function requireContact(value: ContactValues, ctx: z.RefinementCtx): void {
  if (value.contactName === null)
    ctx.addIssue({ code: 'custom', path: ['contactName'], message: 'validation.contactName.required' })
  if (value.contactPhone === null && value.contactEmail === null)
    ctx.addIssue({ code: 'custom', path: ['contactPhone'], message: 'validation.contact.phoneOrEmail' })
}

export const hubSetupForm = hubSetupInput.superRefine(requireContact)

/**
 * Settings edits the name and the secretariat's contact under the setup form's rules. The province
 * is fixed once set (everything the hub recorded is that province's), so one given here must be the
 * one on record: a script that tries to move the hub is told so rather than ignored.
 */
export const updateIdentityInput = z
  .strictObject({ ...contact, provinceCode: z.string().nullable().optional() })
  .superRefine(requireContact)

export interface HubIdentity {
  hubId: string
  role: HubRole
  /** Null for the national instance, which belongs to no province. */
  provinceCode: string | null
  provinceName: string | null
  timeZone: TimeZoneCode
  name: string
  contactName: string | null
  contactPhone: string | null
  contactEmail: string | null
  /** Raw Ed25519 public key, base64. */
  publicKey: string
  /** Safety-number style digits, grouped so they can be read aloud over the phone. */
  fingerprint: string
  createdAt: string
}

export type HubStatus = { setUp: false } | { setUp: true; identity: HubIdentity }

/** Something about where the hub's data lives that the user must know before working. */
export type StorageNotice = { kind: 'readOnly' | 'keyMissing' | 'keyUnreadable' | 'keyForeign'; path: string }

/** What hub:status answers: the hub, and what stands in the way of working with it. */
export type HubStatusReport = HubStatus & { notices: StorageNotice[] }

/** The same words in the app, the CLI and the errors a refused action returns. */
export const noticeMessage = (notice: StorageNotice): Message => ({
  key: `storage.${notice.kind}`,
  params: { path: notice.path },
})

/** How the private signing key is protected at rest; each side words it in the user's language. */
export const keyProtections = ['osKeyring', 'userFile', 'userFileNoKeyring'] as const
export type KeyProtection = (typeof keyProtections)[number]

export interface AppInfo {
  version: string
  databasePath: string
  /** Where the hub's private signing key is kept and how it is protected. */
  keyStorage: { location: string; protection: KeyProtection }
  referenceData: { dataset: string; version: string; license: string; attribution: string }[]
}

export const setLanguageInput = z.strictObject({
  language: z.enum(languages, { error: 'validation.language.invalid' }),
})

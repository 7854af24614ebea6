import { registerMessages } from '@renderer/i18n'
import { personPrivacyEn } from './messages-en'
import { personPrivacyId } from './messages-id'

// "personPrivacy": the shared catalog already has "privacy" for main's messages.
const personPrivacyMessages = { personPrivacy: personPrivacyId }
type PersonPrivacyMessages = typeof personPrivacyMessages

declare module '@renderer/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the privacy panel in
  interface FeatureMessages extends PersonPrivacyMessages {}
}

registerMessages({ id: personPrivacyMessages, en: { personPrivacy: personPrivacyEn } })

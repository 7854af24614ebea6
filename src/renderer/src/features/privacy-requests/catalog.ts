import { registerMessages } from '@renderer/i18n'
import { privacyRequestsEn } from './messages-en'
import { privacyRequestsId } from './messages-id'

// Its own section: the shared catalog's "privacy" holds main's refusals, the person page's panel its own.
const privacyRequestsMessages = { privacyRequests: privacyRequestsId }
type PrivacyRequestsMessages = typeof privacyRequestsMessages

declare module '@renderer/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the requests register in
  interface FeatureMessages extends PrivacyRequestsMessages {}
}

registerMessages({ id: privacyRequestsMessages, en: { privacyRequests: privacyRequestsEn } })

import { registerMessages } from '@renderer/i18n'
import { privacyRecordsEn } from './messages-en'
import { privacyRecordsId } from './messages-id'

// Its own section: the shared catalog's "privacy.record" holds what the printed record says.
const privacyRecordsMessages = { privacyRecords: privacyRecordsId }
type PrivacyRecordsMessages = typeof privacyRecordsMessages

declare module '@renderer/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the record and retention sections in
  interface FeatureMessages extends PrivacyRecordsMessages {}
}

registerMessages({ id: privacyRecordsMessages, en: { privacyRecords: privacyRecordsEn } })

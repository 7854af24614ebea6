import { registerMessages } from '@renderer/i18n'
import { reportsEn } from './messages-en'
import { reportsId } from './messages-id'

const reportsMessages = { reports: reportsId }
type ReportsMessages = typeof reportsMessages

declare module '@renderer/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the reports section in
  interface FeatureMessages extends ReportsMessages {}
}

// Imported by the lazily loaded dashboard and reports screen: the texts arrive with their code.
registerMessages({ id: reportsMessages, en: { reports: reportsEn } })

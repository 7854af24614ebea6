import { registerMessages } from '@renderer/i18n'
import '@renderer/features/reference/support-forms'
import { supportersEn, supportersId, type SupportersMessages } from './messages'

declare module '@renderer/i18n' {
  interface FeatureMessages {
    supporters: SupportersMessages
  }
}

// Imported first by GalangDayaScreen, the lazily loaded entry: the texts arrive with the screen's code.
registerMessages({ id: { supporters: supportersId }, en: { supporters: supportersEn } })

import { registerMessages } from '@renderer/i18n'
import '@renderer/features/reference/support-forms'
import { pledgesEn } from './messages-en'
import { pledgesId } from './messages-id'

const pledgeMessages = { galangPledges: pledgesId }
type PledgeMessages = typeof pledgeMessages

declare module '@renderer/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the pledges' section in
  interface FeatureMessages extends PledgeMessages {}
}

// Imported by GalangDayaScreen, the lazily loaded entry: the texts arrive with the screen's code.
registerMessages({ id: pledgeMessages, en: { galangPledges: pledgesEn } })

import { registerMessages } from '@renderer/i18n'
import { copEn } from './messages-en'
import { copId } from './messages-id'

const copMessages = { cop: copId }
type CopMessages = typeof copMessages

declare module '@renderer/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the CoP & ToT section in
  interface FeatureMessages extends CopMessages {}
}

// Imported by CopScreen, the lazily loaded entry: the texts arrive with the screen's code.
registerMessages({ id: copMessages, en: { cop: copEn } })

import { registerMessages } from '@renderer/i18n'
import { restoreUiEn } from './messages-en'
import { restoreUiId } from './messages-id'

// "restoreUi": the shared catalog already has "restore" for main's messages.
const restoreMessages = { restoreUi: restoreUiId }
type RestoreMessages = typeof restoreMessages

declare module '@renderer/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the restore screens in
  interface FeatureMessages extends RestoreMessages {}
}

registerMessages({ id: restoreMessages, en: { restoreUi: restoreUiEn } })

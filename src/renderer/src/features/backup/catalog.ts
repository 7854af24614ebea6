import { registerMessages } from '@renderer/i18n'
import { backupUiEn } from './messages-en'
import { backupUiId } from './messages-id'

// "backupUi": the shared catalog already has "backup" for main's messages.
const backupMessages = { backupUi: backupUiId }
type BackupMessages = typeof backupMessages

declare module '@renderer/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the backup section in
  interface FeatureMessages extends BackupMessages {}
}

registerMessages({ id: backupMessages, en: { backupUi: backupUiEn } })

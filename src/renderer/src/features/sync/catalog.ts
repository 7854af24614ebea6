import { registerMessages } from '@renderer/i18n'
import { syncScreenEn, syncScreenId } from './messages'

type SyncMessages = { syncScreen: typeof syncScreenId }

declare module '@renderer/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the sync screen's section in
  interface FeatureMessages extends SyncMessages {}
}

// Imported first by SyncScreen, the lazily loaded entry: the texts arrive with the screen's code.
registerMessages({ id: { syncScreen: syncScreenId }, en: { syncScreen: syncScreenEn } })

import { registerMessages } from '@renderer/i18n'
import { storyScreenEn, storyScreenId } from './messages'

const storiesMessagesId = { storyScreen: storyScreenId }
type StoriesMessages = typeof storiesMessagesId

declare module '@renderer/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the stories' section in
  interface FeatureMessages extends StoriesMessages {}
}

// Imported by the Inisiatif screen, the lazily loaded entry: the texts arrive with the screen's code.
registerMessages({ id: storiesMessagesId, en: { storyScreen: storyScreenEn } })

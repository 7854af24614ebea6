import { registerMessages } from '@renderer/i18n'
import '@renderer/features/reference/support-forms'
import { initiativeClustersEn, initiativeClustersId } from '../clusters/messages'
import { initiativeGuideEn, initiativeGuideId } from '../steps/messages'
import { initiativePageEn, initiativePageId } from './messages'

const pageId = {
  initiativePage: initiativePageId,
  initiativeClusters: initiativeClustersId,
  initiativeGuide: initiativeGuideId,
}
type InitiativePageMessages = typeof pageId

declare module '@renderer/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the page's sections in
  interface FeatureMessages extends InitiativePageMessages {}
}

// Imported first by the initiative page, the clusters and the guide: their texts load with them.
registerMessages({
  id: pageId,
  en: {
    initiativePage: initiativePageEn,
    initiativeClusters: initiativeClustersEn,
    initiativeGuide: initiativeGuideEn,
  },
})

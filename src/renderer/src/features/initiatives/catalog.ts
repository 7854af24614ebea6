import { registerMessages } from '@renderer/i18n'
import { initiativeFormEn, initiativeFormId } from './form/messages'
import { initiativeListEn, initiativeListId } from './list/messages'

const initiativesId = { initiativeList: initiativeListId, initiativeForm: initiativeFormId }
type InitiativesMessages = typeof initiativesId

declare module '@renderer/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the list's and form's sections in
  interface FeatureMessages extends InitiativesMessages {}
}

// Imported first by InitiativesScreen, the lazily loaded entry: the texts arrive with the screen's code.
registerMessages({
  id: initiativesId,
  en: { initiativeList: initiativeListEn, initiativeForm: initiativeFormEn },
})

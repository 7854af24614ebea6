import { registerMessages } from '@renderer/i18n'
import { copTrainersEn } from './trainer-messages-en'
import { copTrainersId } from './trainer-messages-id'

const copTrainersMessages = { copTrainers: copTrainersId }
type CopTrainersMessages = typeof copTrainersMessages

declare module '@renderer/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the trainers' section in
  interface FeatureMessages extends CopTrainersMessages {}
}

// Imported by each view that shows these texts, all loaded lazily with the CoP & ToT screen.
registerMessages({ id: copTrainersMessages, en: { copTrainers: copTrainersEn } })

import { registerMessages } from '@renderer/i18n'
import { placeEn, placeId } from './messages'

const referenceId = { place: placeId }
type ReferenceMessages = typeof referenceId

declare module '@renderer/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the place fields' section in
  interface FeatureMessages extends ReferenceMessages {}
}

// Imported by PlaceFields, so its texts arrive with whichever screen first shows it.
registerMessages({ id: referenceId, en: { place: placeEn } })

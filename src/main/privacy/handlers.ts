import type { HandlerRegistry } from '../ipc/registry'
import { personPrivacy, recordConsent } from './consent'
import { erasePerson, previewErasure, setRestricted } from './erase'
import { closeRequest, listRequests, openRequest } from './requests'

export function registerPrivacyHandlers(registry: HandlerRegistry): void {
  registry.register('privacy:person', ({ personId }, { database }) => personPrivacy(database, personId))
  registry.register('privacy:recordConsent', (input, { database }) => {
    recordConsent(database, input)
    return personPrivacy(database, input.personId)
  })
  registry.register('privacy:restrict', ({ personId, restricted }, { database }) => {
    setRestricted(database, personId, restricted)
    return personPrivacy(database, personId)
  })
  registry.register('privacy:erasurePreview', ({ personId }, { database }) => previewErasure(database, personId))
  registry.register('privacy:erase', ({ personId }, { database }) => {
    erasePerson(database, personId)
    return personPrivacy(database, personId)
  })
  registry.register('privacy:requests', (_, { database }) => listRequests(database))
  registry.register('privacy:openRequest', (input, { database }) => openRequest(database, input))
  registry.register('privacy:closeRequest', (input, { database }) => closeRequest(database, input))
}

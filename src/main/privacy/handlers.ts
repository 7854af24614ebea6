import type { HandlerRegistry } from '../ipc/registry'
import { personPrivacy, recordConsent } from './consent'
import { erasePerson, previewErasure, setRestricted } from './erase'
import { closeRequest, listRequests, openRequest } from './requests'
import { requireIdentity } from '../hub/service'
import type { Services } from '../services'
import { readLanguage } from '../settings/service'
import { existingFile } from '../sync/chosen-files'
import { exportPerson, personDossier } from './access'
import { dossierSheet } from './access-sheet'
import { breachNotice } from './breach'
import { carriedBy } from './carried'
import { printProcessingRecord, processingRecord } from './processing-record'
import { retentionReview, writeRetention } from './retention'

/** Documents follow the app's language, as every printed page does (the CLI's --lang first). */
const languageOf = (services: Services) => services.language ?? readLanguage(services.database.orm)

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
  registry.register('privacy:exportPerson', ({ personId, format, language }, services) =>
    exportPerson(services, personId, format, language),
  )
  registry.register('privacy:dossierSheet', ({ personId, language }, services) =>
    dossierSheet(personDossier(services.database, personId), language, requireIdentity(services.database).timeZone),
  )
  registry.register('privacy:carried', async (_, services) => {
    const [path] = await services.files.chooseOpenPaths({ kind: 'carrier', multiple: false })
    return path === undefined
      ? null
      : carriedBy(services.database, existingFile(path), services.databaseOptions?.migrationsFolder)
  })
  registry.register('privacy:breachNotice', (input, services) =>
    breachNotice(services.database, input, services.databaseOptions?.migrationsFolder),
  )
  registry.register('privacy:processingRecord', (_, services) => processingRecord(services))
  registry.register('privacy:printProcessingRecord', (_, services) =>
    printProcessingRecord(services, languageOf(services)),
  )
  registry.register('privacy:retention', (_, { database }) => retentionReview(database))
  registry.register('privacy:setRetention', (input, { database }) => {
    writeRetention(database.orm, input)
    return retentionReview(database)
  })
}

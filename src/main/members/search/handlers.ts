import type { HandlerRegistry } from '../../ipc/registry'
import type { Services } from '../../services'
import { readLanguage } from '../../settings/service'
import { listOrganisations } from './organisations'
import { listPeople } from './people'

/** Coded columns sort by the labels the user reads. */
const languageOf = (services: Services) => services.language ?? readLanguage(services.database.orm)

export function registerSearchHandlers(registry: HandlerRegistry): void {
  registry.register('members:listOrganisations', (input, services) =>
    listOrganisations(services.database.sqlite, input, languageOf(services)),
  )
  registry.register('members:listPeople', (input, services) =>
    listPeople(services.database.sqlite, input, languageOf(services)),
  )
}

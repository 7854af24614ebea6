import type { HandlerRegistry } from '../../ipc/registry'
import { listOrganisations } from './organisations'
import { listPeople } from './people'

export function registerSearchHandlers(registry: HandlerRegistry): void {
  registry.register('members:listOrganisations', (input, { database }) => listOrganisations(database.sqlite, input))
  registry.register('members:listPeople', (input, { database }) => listPeople(database.sqlite, input))
}

import type { HandlerRegistry } from '../../ipc/registry'

// PLACEHOLDER: replaced by the real handlers in this folder.
export function registerSearchHandlers(registry: HandlerRegistry): void {
  registry.register('members:listOrganisations', () => {
    throw new Error('not implemented: members:listOrganisations')
  })
  registry.register('members:listPeople', () => {
    throw new Error('not implemented: members:listPeople')
  })
}

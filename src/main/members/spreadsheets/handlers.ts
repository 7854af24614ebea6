import type { HandlerRegistry } from '../../ipc/registry'

// PLACEHOLDER: replaced by the real handlers in this folder.
export function registerSpreadsheetHandlers(registry: HandlerRegistry): void {
  registry.register('members:importOpen', () => {
    throw new Error('not implemented: members:importOpen')
  })
  registry.register('members:importPreview', () => {
    throw new Error('not implemented: members:importPreview')
  })
  registry.register('members:importProgress', () => {
    throw new Error('not implemented: members:importProgress')
  })
  registry.register('members:importCommit', () => {
    throw new Error('not implemented: members:importCommit')
  })
  registry.register('members:importCancel', () => {
    throw new Error('not implemented: members:importCancel')
  })
  registry.register('members:importTemplate', () => {
    throw new Error('not implemented: members:importTemplate')
  })
  registry.register('members:exportOrganisations', () => {
    throw new Error('not implemented: members:exportOrganisations')
  })
  registry.register('members:exportPeople', () => {
    throw new Error('not implemented: members:exportPeople')
  })
}

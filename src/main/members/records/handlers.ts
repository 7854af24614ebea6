import type { HandlerRegistry } from '../../ipc/registry'

// PLACEHOLDER: replaced by the real handlers in this folder.
export function registerRecordHandlers(registry: HandlerRegistry): void {
  registry.register('members:getOrganisation', () => {
    throw new Error('not implemented: members:getOrganisation')
  })
  registry.register('members:createOrganisation', () => {
    throw new Error('not implemented: members:createOrganisation')
  })
  registry.register('members:updateOrganisation', () => {
    throw new Error('not implemented: members:updateOrganisation')
  })
  registry.register('members:organisationDuplicates', () => {
    throw new Error('not implemented: members:organisationDuplicates')
  })
  registry.register('members:changeStatus', () => {
    throw new Error('not implemented: members:changeStatus')
  })
  registry.register('members:addAssessment', () => {
    throw new Error('not implemented: members:addAssessment')
  })
  registry.register('members:getPerson', () => {
    throw new Error('not implemented: members:getPerson')
  })
  registry.register('members:createPerson', () => {
    throw new Error('not implemented: members:createPerson')
  })
  registry.register('members:updatePerson', () => {
    throw new Error('not implemented: members:updatePerson')
  })
  registry.register('members:personDuplicates', () => {
    throw new Error('not implemented: members:personDuplicates')
  })
  registry.register('members:merge', () => {
    throw new Error('not implemented: members:merge')
  })
  registry.register('members:lastMerge', () => {
    throw new Error('not implemented: members:lastMerge')
  })
  registry.register('members:undoMerge', () => {
    throw new Error('not implemented: members:undoMerge')
  })
}

import type { HandlerRegistry } from '../../ipc/registry'
import { organisationDuplicates, personDuplicates } from '../duplicates'
import { deleteRecord, undoDelete } from './delete'
import { organisationDetail, personDetail } from './detail'
import { lastMerge, mergeRecords, undoLastMerge } from './merge'
import { addAssessment, changeStatus, createOrganisation, editOrganisation } from './organisation-service'
import { createPerson, editPerson, endAffiliation, personDraft } from './person-service'
import { correctStatus, removeStatus } from './status-history'
import { listTrash, restoreRecord } from './trash'

/** Profil Mitra records: organisations, their people, membership, capacity, merges, deletes. */
export function registerRecordHandlers(registry: HandlerRegistry): void {
  registry.register('members:getOrganisation', ({ id }, { database }) => organisationDetail(database, id))
  registry.register('members:createOrganisation', (input, { database }) => createOrganisation(database, input))
  registry.register('members:updateOrganisation', (input, { database }) => editOrganisation(database, input))
  registry.register('members:organisationDuplicates', ({ excludeId, ...draft }, { database }) =>
    organisationDuplicates(database, draft, excludeId),
  )
  registry.register('members:changeStatus', (input, { database }) => changeStatus(database, input))
  registry.register('members:correctStatus', (input, { database }) => correctStatus(database, input))
  registry.register('members:removeStatus', (input, { database }) => removeStatus(database, input))
  registry.register('members:addAssessment', (input, { database }) => addAssessment(database, input))
  registry.register('members:getPerson', ({ id }, { database }) => personDetail(database, id))
  registry.register('members:createPerson', (input, { database }) => createPerson(database, input))
  registry.register('members:updatePerson', (input, { database }) => editPerson(database, input))
  registry.register('members:personDuplicates', (input, { database }) =>
    personDuplicates(database, personDraft(input), input.excludeId),
  )
  registry.register('members:merge', (input, { database }) => mergeRecords(database, input))
  registry.register('members:lastMerge', (_, { database }) => lastMerge(database))
  registry.register('members:undoMerge', (_, { database }) => undoLastMerge(database))
  registry.register('members:deleteRecord', (input, { database }) => deleteRecord(database, input))
  registry.register('members:undoDelete', (input, { database }) => undoDelete(database, input))
  registry.register('members:trash', (_, { database }) => listTrash(database))
  registry.register('members:restoreRecord', (input, { database }) => restoreRecord(database, input))
  registry.register('members:endAffiliation', (input, { database }) => endAffiliation(database, input))
}

import type { HandlerRegistry } from '../ipc/registry'
import { createCluster, deleteCluster, listClusters, updateCluster } from './clusters'
import { initiativeDetail } from './detail'
import { listInitiatives } from './list'
import { createNeed, deleteNeed, updateNeed } from './needs'
import { changeInitiativeStatus, createInitiative, deleteInitiative, updateInitiative, updateStep } from './service'
import { readStepGuide, writeStepGuide } from './step-guide'

/** Local service initiatives: their six steps, status, needs with progress, and national issue clusters. */
export function registerInitiativesHandlers(registry: HandlerRegistry): void {
  registry.register('initiatives:list', (input, { database }) => listInitiatives(database, input))
  registry.register('initiatives:get', ({ id }, { database }) => initiativeDetail(database, id))
  registry.register('initiatives:create', (input, { database }) => createInitiative(database, input))
  registry.register('initiatives:update', (input, { database }) => updateInitiative(database, input))
  registry.register('initiatives:delete', ({ id }, { database }) => deleteInitiative(database, id))
  registry.register('initiatives:changeStatus', (input, { database }) => changeInitiativeStatus(database, input))
  registry.register('initiatives:updateStep', (input, { database }) => updateStep(database, input))
  registry.register('initiatives:createNeed', (input, { database }) => createNeed(database, input))
  registry.register('initiatives:updateNeed', (input, { database }) => updateNeed(database, input))
  registry.register('initiatives:deleteNeed', ({ id }, { database }) => deleteNeed(database, id))
  registry.register('initiatives:stepGuide', (_, { database }) => readStepGuide(database.orm))
  registry.register('initiatives:setStepGuide', (input, { database }) => writeStepGuide(database.orm, input))
  registry.register('initiatives:clusters', (_, { database }) => listClusters(database))
  registry.register('initiatives:createCluster', (input, { database }) => createCluster(database, input))
  registry.register('initiatives:updateCluster', (input, { database }) => updateCluster(database, input))
  registry.register('initiatives:deleteCluster', ({ id }, { database }) => deleteCluster(database, id))
}

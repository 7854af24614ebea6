import type { HandlerRegistry } from '../ipc/registry'
import { hubStatus, setUpHub, storageNotices, updateIdentity } from './service'

export function registerHubHandlers(registry: HandlerRegistry): void {
  registry.register('hub:status', async (_, { database, keyStore }) => ({
    ...hubStatus(database),
    notices: await storageNotices(database, keyStore),
  }))
  registry.register('hub:setup', (input, { database, keyStore }) => setUpHub(database, keyStore, input))
  registry.register('hub:updateIdentity', (input, { database }) => updateIdentity(database, input))
}

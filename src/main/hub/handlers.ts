import type { HandlerRegistry } from '../ipc/registry'
import { hubStatus, setUpHub, storageNotices } from './service'

export function registerHubHandlers(registry: HandlerRegistry): void {
  registry.register('hub:status', (_, { database }) => ({
    ...hubStatus(database),
    notices: storageNotices(database),
  }))
  registry.register('hub:setup', (input, { database, keyStore }) => setUpHub(database, keyStore, input))
}

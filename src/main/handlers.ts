import { registerAppHandlers } from './app/handlers'
import { registerBackupHandlers } from './backup/handlers'
import { registerRestoreHandlers } from './backup/restore-handlers'
import { registerCopHandlers } from './cop/handlers'
import { registerHubHandlers } from './hub/handlers'
import { registerInitiativesHandlers } from './initiatives/handlers'
import { createRegistry, type HandlerRegistry } from './ipc/registry'
import { registerMembersHandlers } from './members/handlers'
import { registerPledgeHandlers } from './pledges/handlers'
import { registerReferenceHandlers } from './reference/handlers'
import { registerPrivacyHandlers } from './privacy/handlers'
import { registerReportsHandlers } from './reports/handlers'
import { registerStoriesHandlers } from './initiatives/stories/handlers'
import type { Services } from './services'
import { registerSettingsHandlers } from './settings/handlers'
import { registerSyncHandlers } from './sync/handlers'

/** Every capability's handlers on one registry; refuses to start with a channel left unhandled. */
export function createAppRegistry(services: Services, log?: (error: unknown) => void): HandlerRegistry {
  const registry = createRegistry(services, log)
  registerAppHandlers(registry)
  registerSettingsHandlers(registry)
  registerHubHandlers(registry)
  registerReferenceHandlers(registry)
  registerStoriesHandlers(registry)
  registerMembersHandlers(registry)
  registerInitiativesHandlers(registry)
  registerSyncHandlers(registry)
  registerPledgeHandlers(registry)
  registerCopHandlers(registry)
  registerReportsHandlers(registry)
  registerBackupHandlers(registry)
  registerRestoreHandlers(registry)
  registerPrivacyHandlers(registry)
  const missing = registry.missing()
  if (missing.length > 0) throw new Error(`no handler for ${missing.join(', ')}`)
  return registry
}

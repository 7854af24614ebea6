import type { HandlerRegistry } from '../ipc/registry'
import { existingFile } from '../sync/chosen-files'
import { findBackups } from './recovery'
import { planRestore, runRestore } from './restore-service'

export function registerRestoreHandlers(registry: HandlerRegistry): void {
  registry.register('restore:problem', (_, services) => {
    const problem = services.startupProblem
    if (!problem) return null
    const path = services.database.path
    return { code: problem.code, message: problem.userMessage, databasePath: path, backups: findBackups(path) }
  })
  registry.register('restore:choose', async (_, services) => {
    const [path] = await services.files.chooseOpenPaths({ kind: 'backup', multiple: false })
    return path === undefined ? null : planRestore(services, existingFile(path))
  })
  registry.register('restore:plan', ({ path }, services) => planRestore(services, existingFile(path)))
  registry.register('restore:run', ({ path, passphrase }, services) =>
    runRestore(services, existingFile(path), passphrase),
  )
}

import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { onTestFinished } from 'vitest'
import { createDb, type AppDatabase } from '../db'
import { createAppRegistry } from '../handlers'
import { createFileKeyStore, type KeyStore } from '../hub/keystore'
import type { HandlerRegistry } from '../ipc/registry'
import { noFileDialogs, type Services } from '../services'

let template: string | undefined

/**
 * A migrated database with reference data, ready in milliseconds: the first call per test file
 * builds a template (loading ~90k area rows takes half a second), later calls copy it.
 */
export function testDatabase(options: { clock?: () => number } = {}): { database: AppDatabase; directory: string } {
  const directory = mkdtempSync(join(tmpdir(), 'lokadaya-test-'))
  onTestFinished(() => rmSync(directory, { recursive: true, force: true }))
  if (!template || !existsSync(template)) {
    const building = join(mkdtempSync(join(tmpdir(), 'lokadaya-template-')), 'template.db')
    createDb(building).close()
    renameSync(building, `${building}.ready`)
    template = `${building}.ready`
  }
  const path = join(directory, 'hub.db')
  copyFileSync(template, path)
  const database = createDb(path, options)
  onTestFinished(() => database.close())
  return { database, directory }
}

export function testServices(options: { clock?: () => number } = {}): {
  services: Services
  registry: HandlerRegistry
  keyStore: KeyStore
  directory: string
} {
  const { database, directory } = testDatabase(options)
  const keyStore = createFileKeyStore(join(directory, 'hub.db.signing-key'))
  const services: Services = { database, keyStore, appVersion: '0.0.0-test', files: noFileDialogs }
  return { services, registry: createAppRegistry(services, () => {}), keyStore, directory }
}

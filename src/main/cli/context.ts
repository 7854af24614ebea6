import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { createDb } from '../db'
import { createAppRegistry } from '../handlers'
import { createFileKeyStore } from '../hub/keystore'
import type { HandlerRegistry } from '../ipc/registry'
import type { Services } from '../services'

export const packageVersion = (
  JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { version: string }
).version

/** The key sits next to the database it belongs to: `hub.db` → `hub.db.signing-key`. */
export const keyFileFor = (databasePath: string): string => `${resolve(databasePath)}.signing-key`

/** Services over a database file under plain Node, for the CLI and the browser-test harness. */
export function openServices(databasePath: string): { services: Services; registry: HandlerRegistry } {
  const path = resolve(databasePath)
  const database = createDb(path)
  const services: Services = {
    database,
    keyStore: createFileKeyStore(keyFileFor(path)),
    appVersion: packageVersion,
  }
  return { services, registry: createAppRegistry(services) }
}

export const databaseDirectory = (databasePath: string): string => dirname(resolve(databasePath))

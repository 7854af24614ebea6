import { copyFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createDb, type AppDatabase } from '../../src/main/db'
import { fingerprint } from '../../src/main/hub/keys'
import { createFileKeyStore, signingKeyFileFor, type KeyStore } from '../../src/main/hub/keystore'
import { loadSigningKey, setUpHub } from '../../src/main/hub/service'
import { seedMembers, type SeedResult } from '../../src/main/members/seed'
import type { ExportReport } from '../../src/shared/sync'
import { exportBundle } from '../../src/main/sync/export'
import { keyFileText } from '../../src/main/sync/key-file'
import { ownKey } from '../../src/main/sync/keys'
import { hubSetupInput, type HubIdentity, type HubSetupInput } from '../../src/shared/hub'

/**
 * A provincial hub's own database beside the national one the page shows, as the national team
 * gets it: a key file with a fingerprint read out by phone, and bundles on a USB stick.
 */
export interface ProvinceHub {
  database: AppDatabase
  keyStore: KeyStore
  identity: HubIdentity
  /** Where its files go: the "USB stick". */
  directory: string
}

export async function provinceHub(
  templateDatabase: string,
  directory: string,
  setup: HubSetupInput,
  options: { file?: string; clock?: () => number } = {},
): Promise<ProvinceHub> {
  const path = join(directory, options.file ?? 'province.db')
  copyFileSync(templateDatabase, path)
  const database = createDb(path, options.clock && { clock: options.clock })
  const keyStore = createFileKeyStore(signingKeyFileFor(path))
  const identity = await setUpHub(database, keyStore, hubSetupInput.parse(setup))
  return { database, keyStore, identity, directory }
}

/**
 * The same hub's database copied to a second PC, key and all: what a sequence reused with other
 * contents reveals to the national instance.
 */
export async function copyHub(hub: ProvinceHub, file: string): Promise<ProvinceHub> {
  const path = join(hub.directory, file)
  await hub.database.sqlite.backup(path)
  copyFileSync(signingKeyFileFor(hub.database.path), signingKeyFileFor(path))
  return { ...hub, database: createDb(path), keyStore: createFileKeyStore(signingKeyFileFor(path)) }
}

export const seed = (hub: Pick<ProvinceHub, 'database'>, organisations: number, people: number): SeedResult =>
  seedMembers(hub.database, { organisations, people, seed: 35 })

/** Writes the hub's public key file; answers it with the fingerprint its people read aloud. */
export async function saveKeyFile(hub: ProvinceHub, name: string): Promise<{ path: string; fingerprint: string }> {
  const key = ownKey(hub.database, hub.identity)
  const path = join(hub.directory, name)
  writeFileSync(path, keyFileText(key, await loadSigningKey(hub.database, hub.keyStore)))
  return { path, fingerprint: fingerprint(key.publicKey) }
}

export async function exportTo(hub: ProvinceHub, name: string): Promise<{ path: string; report: ExportReport }> {
  const path = join(hub.directory, name)
  return { path, report: await exportBundle(hub.database, hub.keyStore, path, '0.0.0-e2e') }
}

/** Rows a bundle carries, all tables together: what its import counts as new the first time. */
export const rowsIn = (report: ExportReport): number => Object.values(report.tables).reduce((sum, n) => sum + n, 0)

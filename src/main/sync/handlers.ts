import { writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { AppError } from '../../shared/errors'
import { HISTORY_LIMIT, type BundleReport, type KeyFileChoice } from '../../shared/sync'
import { readOnlyRefusal, type AppDatabase } from '../db'
import { fingerprint } from '../hub/keys'
import { loadSigningKey, requireIdentity } from '../hub/service'
import type { HandlerRegistry } from '../ipc/registry'
import type { Services } from '../services'
import { writeAck } from './ack'
import { bundleFile, checkSaveTarget, readKeyFile, suggestedName } from './chosen-files'
import { exportBundle, planExport } from './export'
import { listHistory } from './history-list'
import { importBundle } from './import'
import { keyFileText, parseKeyFile } from './key-file'
import { describeKey, findKey, ownKey } from './keys'
import { provinceNameOfHub, provincesOverview } from './provinces'
import { rotateKey } from './rotate'
import { enrolKey, listKeys, revokeKey } from './trust'

type SaveWhat = Parameters<typeof suggestedName>[2]

/** Null when the user cancelled: the call then does nothing. */
async function savePath({ database, files }: Services, what: SaveWhat, forWhom?: string): Promise<string | null> {
  const path = await files.chooseSavePath({
    suggestedName: suggestedName(requireIdentity(database), database.clock(), what, forWhom),
    kind: what === 'key' ? 'key' : 'bundle',
  })
  return path === null ? null : checkSaveTarget(database, path)
}

/**
 * Said before the save dialog, so nobody picks a folder for a bundle this instance cannot record,
 * and before an import, which would otherwise fail at its first write (and be said as a damaged file).
 */
function assertWritable({ database }: Services): void {
  if (database.readOnly) throw readOnlyRefusal(database)
}

/** Signed here (this instance, under its current key or one it replaced), and no alarm. */
function madeHere(database: AppDatabase, report: BundleReport): boolean {
  if (report.alarm || report.signer === null) return false
  const signer = findKey(database, report.signer.keyId)
  return signer?.instanceId === ownKey(database, requireIdentity(database)).instanceId
}

/**
 * Sinkronisasi: bundles out and in, their history, trusted keys and, for the national team, the
 * provinces' progress. Every file is chosen in a system dialog (or dropped) and read or written
 * here; the renderer sees names and reports, never file contents.
 */
export function registerSyncHandlers(registry: HandlerRegistry): void {
  registry.register('sync:exportPlan', ({ full }, { database }) => planExport(database, { full }))
  registry.register('sync:export', async ({ full }, services) => {
    assertWritable(services)
    const path = await savePath(services, 'bundle')
    if (path === null) return null
    return exportBundle(services.database, services.keyStore, path, services.appVersion, { full })
  })
  registry.register('sync:pickBundles', (_, services) => {
    assertWritable(services)
    return services.files.chooseOpenPaths({ kind: 'bundle', multiple: true })
  })
  registry.register('sync:importBundle', ({ path, acceptDrift }, services) => {
    assertWritable(services)
    const report = importBundle(services.database, bundleFile(path), { acceptDrift })
    return { ...report, madeHere: madeHere(services.database, report) }
  })
  registry.register('sync:history', (_, { database }) => listHistory(database, HISTORY_LIMIT))
  registry.register('sync:keys', (_, { database }) => ({
    own: describeKey(ownKey(database, requireIdentity(database))),
    keys: listKeys(database),
  }))
  registry.register('sync:pickKeyFile', async (_, { database, files }): Promise<KeyFileChoice | null> => {
    const [path] = await files.chooseOpenPaths({ kind: 'key', multiple: false })
    if (path === undefined) return null
    const key = parseKeyFile(readKeyFile(path))
    if ('problem' in key)
      throw new AppError('VALIDATION', { key: 'sync.trust.keyFile', params: { problem: key.problem } })
    return {
      path,
      key: {
        keyId: key.keyId,
        hubId: key.hubId,
        role: key.role,
        provinceCode: key.provinceCode,
        name: key.name,
        fingerprint: fingerprint(key.publicKey),
      },
      known: findKey(database, key.keyId)?.status ?? null,
    }
  })
  registry.register('sync:enrolKey', ({ path, fingerprint: confirmed }, { database }) =>
    describeKey(enrolKey(database, readKeyFile(path), confirmed)),
  )
  registry.register('sync:revokeKey', ({ keyId }, { database }) => describeKey(revokeKey(database, keyId)))
  registry.register('sync:exportKeyFile', async (_, services) => {
    const { database, keyStore } = services
    const privateKeyPem = await loadSigningKey(database, keyStore)
    const path = await savePath(services, 'key')
    if (path === null) return null
    const key = ownKey(database, requireIdentity(database))
    writeFileSync(path, keyFileText(key, privateKeyPem), { mode: 0o644 })
    return { file: basename(path), fingerprint: fingerprint(key.publicKey) }
  })
  registry.register('sync:rotateKey', async (_, services) => {
    assertWritable(services)
    const path = await savePath(services, 'rotation')
    if (path === null) return null
    return rotateKey(services.database, services.keyStore, path, services.appVersion)
  })
  registry.register('sync:writeAck', async ({ hubId }, services) => {
    assertWritable(services)
    const path = await savePath(services, 'ack', provinceNameOfHub(services.database, hubId))
    if (path === null) return null
    return writeAck(services.database, services.keyStore, hubId, path, services.appVersion)
  })
  registry.register('sync:provinces', (_, { database }) => provincesOverview(database))
}

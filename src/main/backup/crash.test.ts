import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { createDb } from '../db'
import { publicKeyOf } from '../hub/keys'
import { createFileKeyStore, signingKeyFileFor } from '../hub/keystore'
import { loadSigningKey, requireIdentity } from '../hub/service'
import { syncDigest } from '../sync/digest'
import { ownKey } from '../sync/keys'
import { addOrganisation, newInstance } from '../sync/testing'
import { syncWrite } from '../sync/write'
import { warmChild } from '../testing/child'
import { inspectBackup } from './inspect'
import { finishInterruptedRestore } from './restore'
import { contentHash } from './testing'
import { writeBackup } from './write'

const child = join(__dirname, 'crash-child.ts')
/** Kills per operation: the issue asks for at least 50 at random moments. */
const KILLS = 50

/** A hub with a backup of an earlier state, and its database and key as one file each to copy per run. */
async function hubAndBackup() {
  const hub = await newInstance('Forum OMS Jawa Timur', '35')
  syncWrite(hub.database, () => {
    for (let n = 0; n < 300; n++) addOrganisation(hub, `Kelompok Tani Makmur ${n}`, '35.19')
  })
  const backup = join(hub.directory, 'cadangan.lokadaya-backup')
  await writeBackup(hub.database, backup, { appVersion: '0.0.0-test' })
  const backedUp = syncDigest(hub.database)
  hub.clock.now += 3_600_000
  addOrganisation(hub, 'KSM Makmur Sentosa', '35.19')
  const original = join(hub.directory, 'original.db')
  await hub.database.sqlite.backup(original)
  return {
    directory: hub.directory,
    backup,
    backedUp,
    original,
    originalKey: signingKeyFileFor(hub.database.path),
    current: { digest: syncDigest(hub.database), content: contentHash(hub.database.sqlite) },
  }
}

type Hub = Awaited<ReturnType<typeof hubAndBackup>>

/** A copy of the hub, database and key, in a folder of its own. */
function copyOf(hub: Hub, run: string) {
  const folder = join(hub.directory, run)
  mkdirSync(folder)
  const path = join(folder, 'hub.db')
  copyFileSync(hub.original, path)
  copyFileSync(hub.originalKey, signingKeyFileFor(path))
  return { folder, path }
}

/** How long the operation takes when left alone, to spread the kills over it. */
async function duration(hub: Hub, operation: string, target: (path: string) => string) {
  const { path } = copyOf(hub, `${operation}-measured`)
  const { output } = await warmChild(child, [operation, path, target(path)]).go()
  const took = Number(/done (\d+)/.exec(output)?.[1])
  expect(took, output).toBeGreaterThan(0)
  return took
}

/** Each run's child, started while the run before it works. */
function warmRuns(hub: Hub, operation: string, target: (path: string) => string) {
  const prepared = new Map<number, { paths: ReturnType<typeof copyOf>; child: ReturnType<typeof warmChild> }>()
  const prepare = (run: number) => {
    const paths = copyOf(hub, `${operation}-${run}`)
    prepared.set(run, { paths, child: warmChild(child, [operation, paths.path, target(paths.path)]) })
  }
  prepare(0)
  return {
    paths: (run: number) => prepared.get(run)!.paths,
    go(run: number, delay: number) {
      const running = prepared.get(run)!.child.go(delay)
      if (run + 1 < KILLS) prepare(run + 1)
      return running
    },
  }
}

/** A moment within the n-th share of the operation, a little past its end for the last runs. */
/**
 * Kills spread over twice the measured time, since a busy machine runs the children slower than
 * it ran the measurement; the last one comes long after, so the sweep always reaches the end.
 */
const delayFor = (run: number, took: number) =>
  run === KILLS - 1 ? took * 10 : Math.round(((run + Math.random()) / KILLS) * took * 2)

it('a backup killed at any moment leaves the database as it was, and no backup or a whole one', async () => {
  const hub = await hubAndBackup()
  const target = (path: string) => `${path}-cadangan.lokadaya-backup`
  const took = await duration(hub, 'backup', target)
  let whole = 0
  const runs = warmRuns(hub, 'backup', target)
  for (let run = 0; run < KILLS; run++) {
    const { path } = runs.paths(run)
    const delay = delayFor(run, took)
    const { output } = await runs.go(run, delay)
    const database = createDb(path)
    try {
      expect(database.sqlite.pragma('integrity_check', { simple: true }), `killed after ${delay} ms`).toBe('ok')
      expect(contentHash(database.sqlite), `killed after ${delay} ms: ${output}`).toBe(hub.current.content)
    } finally {
      database.close()
    }
    if (existsSync(target(path))) {
      expect(inspectBackup(target(path)).counts.organisations).toBe(301)
      whole += 1
    }
  }
  expect(whole, `backup took ${took} ms`).toBeLessThan(KILLS)
}, 600_000)

it('a restore killed at any moment leaves the old database or the restored one, whole, with the key that matches', async () => {
  const hub = await hubAndBackup()
  const took = await duration(hub, 'restore', () => hub.backup)
  const seen = { old: 0, restored: 0 }
  const runs = warmRuns(hub, 'restore', () => hub.backup)
  for (let run = 0; run < KILLS; run++) {
    const { folder, path } = runs.paths(run)
    const delay = delayFor(run, took)
    const { output } = await runs.go(run, delay)
    // What the app and the CLI do before they open the database.
    const keyStore = createFileKeyStore(signingKeyFileFor(path))
    await finishInterruptedRestore(path, keyStore)
    const database = createDb(path)
    try {
      const because = `killed after ${delay} ms: ${output}`
      expect(database.sqlite.pragma('integrity_check', { simple: true }), because).toBe('ok')
      const digest = syncDigest(database)
      expect([hub.current.digest, hub.backedUp], because).toContain(digest)
      if (digest === hub.current.digest) {
        expect(contentHash(database.sqlite), because).toBe(hub.current.content)
        seen.old += 1
      } else seen.restored += 1
      const self = ownKey(database, requireIdentity(database))
      expect(publicKeyOf(await loadSigningKey(database, keyStore)), because).toBe(self.publicKey)
    } finally {
      database.close()
    }
    expect(readdirSync(folder).filter((name) => /restoring|staged/.test(name))).toEqual([])
  }
  expect(seen.old, `restore took ${took} ms; ${JSON.stringify(seen)}`).toBeGreaterThan(0)
  expect(seen.restored, `restore took ${took} ms; ${JSON.stringify(seen)}`).toBeGreaterThan(0)
}, 600_000)

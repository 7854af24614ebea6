/**
 * For crash.test.ts only: backs up or restores a hub database in a process of its own, which the
 * test kills midway. Usage: node --import tsx crash-child.ts backup|restore DATABASE FILE, then a
 * line on stdin to start.
 */
import { once } from 'node:events'
import { writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { createDb } from '../db'
import { createFileKeyStore, signingKeyFileFor } from '../hub/keystore'
import { finishInterruptedRestore, restoreBackup } from './restore'
import { writeBackup } from './write'

async function main() {
  const [operation, databasePath, file] = process.argv.slice(2) as ['backup' | 'restore', string, string]
  const keyStore = createFileKeyStore(signingKeyFileFor(databasePath))
  await finishInterruptedRestore(databasePath, keyStore)
  const database = operation === 'backup' ? createDb(databasePath) : null
  // Written straight to the pipe; the test then says when to start, its kill timer running.
  writeSync(1, 'ready\n')
  await once(process.stdin, 'data')
  const started = performance.now()
  if (database) await writeBackup(database, file, { appVersion: '0.0.0-test' })
  else
    await restoreBackup({
      databasePath,
      backupPath: file,
      keyStore,
      appVersion: '0.0.0-test',
      safetyFolder: dirname(databasePath),
    })
  writeSync(1, `done ${Math.round(performance.now() - started)}\n`)
  database?.close()
  process.stdin.destroy()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

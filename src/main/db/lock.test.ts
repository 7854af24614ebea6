import { execFile, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { appErrorFrom } from '../testing/errors'
import { lockDatabase, lockFileFor } from './lock'

let directory: string
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'lokadaya-lock-'))
})
afterEach(() => rmSync(directory, { recursive: true, force: true }))

/** The pid of a process that has ended: no process of that number runs now. */
const endedPid = () => spawnSync(process.execPath, ['-e', '']).pid!

describe('the database lock', () => {
  it('refuses a second holder while the first holds it, and lets it go on release', async () => {
    const database = join(directory, 'hub.db')
    const release = lockDatabase(database)
    const second = await appErrorFrom(() => lockDatabase(database))
    expect([second.code, second.userMessage.key]).toEqual(['DB_IN_USE', 'errors.databaseInUse'])
    expect(second.userMessage.params).toEqual({ path: database, host: hostname() })
    release()
    expect(readdirSync(directory)).toEqual([])
    lockDatabase(database)()
  })

  it('takes over a lock left by a process that died here, but not one from another computer', async () => {
    const database = join(directory, 'hub.db')
    writeFileSync(lockFileFor(database), JSON.stringify({ pid: endedPid(), host: hostname(), token: 'lama' }))
    const release = lockDatabase(database)
    release()
    writeFileSync(lockFileFor(database), '')
    lockDatabase(database)()
    writeFileSync(lockFileFor(database), JSON.stringify({ pid: endedPid(), host: 'pc-sekretariat', token: 'lain' }))
    const elsewhere = await appErrorFrom(() => lockDatabase(database))
    expect(elsewhere.userMessage.params).toMatchObject({ host: 'pc-sekretariat' })
    expect(readdirSync(directory)).toEqual(['hub.db.lock'])
  })

  it('lets exactly one of two processes starting at once hold it', { timeout: 60_000 }, async () => {
    const root = resolve(__dirname, '../../..')
    const tsx = join(root, 'node_modules', '.bin', 'tsx')
    const database = join(directory, 'hub.db')
    const script = `const { lockDatabase } = require('./src/main/db/lock.ts');
      try { lockDatabase(${JSON.stringify(database)}); console.log('held'); setTimeout(() => {}, 5000) }
      catch (error) { console.log(error.code) }`
    const run = () => promisify(execFile)(tsx, ['-e', script], { cwd: root }).then(({ stdout }) => stdout.trim())
    for (let round = 0; round < 2; round += 1) {
      const outcomes = await Promise.all([run(), run()])
      expect(outcomes.sort()).toEqual(['DB_IN_USE', 'held'])
      // Both have ended by now: the lock is stale, and the next round takes it over.
    }
  })
})

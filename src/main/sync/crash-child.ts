/**
 * For crash.test.ts only: imports one bundle into a database in a process of its own, which the
 * test kills midway. Usage: node --import tsx crash-child.ts DATABASE BUNDLE
 */
import { writeSync } from 'node:fs'
import { createDb } from '../db'
import { importBundle } from './import'

const [databasePath, bundlePath] = process.argv.slice(2) as [string, string]
const database = createDb(databasePath)
// Written straight to the pipe: the test starts its kill timer when the import starts, not before.
writeSync(1, 'ready\n')
const started = performance.now()
const report = importBundle(database, bundlePath)
writeSync(1, `${report.outcome} ${Math.round(performance.now() - started)}\n`)
database.close()

import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { appErrorFrom } from '../testing/errors'
import { createDb } from '.'

let directory: string
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'lokadaya-damaged-'))
})
afterEach(() => rmSync(directory, { recursive: true, force: true }))

/** A hub database whose bytes at `offset` were overwritten, as a failing disk or a cut power does. */
function damagedDatabase(where: (size: number) => number): string {
  const path = join(directory, 'hub.db')
  const database = createDb(path)
  database.sqlite.pragma('wal_checkpoint(TRUNCATE)')
  database.close()
  const offset = where(statSync(path).size)
  const descriptor = openSync(path, 'r+')
  writeSync(descriptor, Buffer.alloc(4096, 0x5a), 0, 4096, offset)
  closeSync(descriptor)
  return path
}

describe('opening a damaged hub database', () => {
  it.each([
    ['a page in the middle', (size: number) => Math.floor(size / 2 / 4096) * 4096],
    ['the schema page', () => 0 + 100],
  ])('refuses it when %s is damaged, and leaves the file exactly as it was', async (_, where) => {
    const path = damagedDatabase(where)
    const bytes = readFileSync(path)
    const files = readdirSync(directory)
    const error = await appErrorFrom(() => createDb(path))
    expect([error.code, error.userMessage.key]).toEqual(['DB_DAMAGED', 'errors.databaseDamaged'])
    expect(error.userMessage.params).toMatchObject({ path })
    expect(readFileSync(path).equals(bytes)).toBe(true)
    expect(readdirSync(directory)).toEqual(files)
  })

  it('opens a whole one, checked, as before', () => {
    const path = join(directory, 'hub.db')
    createDb(path).close()
    const database = createDb(path)
    expect(database.sqlite.pragma('quick_check', { simple: true })).toBe('ok')
    database.close()
  })
})

import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFileKeyStore, signingKeyFileFor } from './keystore'

let directory: string
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'lokadaya-keystore-'))
})
afterEach(() => rmSync(directory, { recursive: true, force: true }))

describe('file key store', () => {
  it('keeps the key next to its database, for the CLI and the app alike', () => {
    expect(signingKeyFileFor('relative/hub.db')).toBe(resolve('relative/hub.db.signing-key'))
    expect(signingKeyFileFor('/data/lokadaya-hub.db')).toBe('/data/lokadaya-hub.db.signing-key')
  })

  it('writes the key readable only by the user, leaving no temporary files', async () => {
    const file = join(directory, 'hub.db.signing-key')
    const store = createFileKeyStore(file)
    expect(await store.load()).toBeNull()
    await store.save('first')
    expect(await store.load()).toBe('first')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(readdirSync(directory)).toEqual(['hub.db.signing-key'])
  })

  it("takes back other users' access to a key restored by hand with a looser mode", async () => {
    const file = join(directory, 'hub.db.signing-key')
    writeFileSync(file, 'restored', { mode: 0o644 })
    chmodSync(file, 0o644)
    expect(await createFileKeyStore(file).load()).toBe('restored')
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('moves an existing key aside instead of overwriting it, and undo puts it back', async () => {
    const file = join(directory, 'hub.db.signing-key')
    const store = createFileKeyStore(file)
    await store.save('registered with the national team')
    const replacing = await store.save('new')
    expect(await store.load()).toBe('new')
    const aside = readdirSync(directory).filter((name) => name.includes('.replaced-'))
    expect(aside).toHaveLength(1)
    expect(readFileSync(join(directory, aside[0] as string), 'utf8')).toBe('registered with the national team')

    await replacing.undo()
    expect(await store.load()).toBe('registered with the national team')
    expect(readdirSync(directory)).toEqual(['hub.db.signing-key'])
  })

  it('undoes a first save by removing the key', async () => {
    const store = createFileKeyStore(join(directory, 'hub.db.signing-key'))
    await (await store.save('only')).undo()
    expect(await store.load()).toBeNull()
    expect(readdirSync(directory)).toEqual([])
  })

  it('keeps two concurrent saves from tripping over one temporary file', async () => {
    const store = createFileKeyStore(join(directory, 'hub.db.signing-key'))
    await Promise.all([store.save('a'), store.save('b')])
    expect(['a', 'b']).toContain(await store.load())
    expect(readdirSync(directory).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})

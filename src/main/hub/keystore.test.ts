import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
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

  it('writes the key readable only by the user, replacing any earlier one whole', async () => {
    const file = join(directory, 'hub.db.signing-key')
    const store = createFileKeyStore(file)
    expect(await store.load()).toBeNull()
    await store.save('first')
    await store.save('second')
    expect(await store.load()).toBe('second')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(readdirSync(directory)).toEqual(['hub.db.signing-key'])
    await store.remove()
    expect(await store.load()).toBeNull()
  })
})

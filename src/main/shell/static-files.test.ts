import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fileUnder, realFileUnder } from './static-files'

// Real links on a real disk: what a tampered install or a careless build would leave behind.
const base = realpathSync(mkdtempSync(join(tmpdir(), 'lokadaya-static-')))
const root = join(base, 'renderer')
mkdirSync(join(root, 'assets'), { recursive: true })
mkdirSync(join(base, 'private'))
writeFileSync(join(root, 'index.html'), '<!doctype html>')
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
writeFileSync(join(base, 'private', 'hub.db.signing-key'), 'secret')
symlinkSync(join(base, 'private', 'hub.db.signing-key'), join(root, 'assets', 'key.js'))
symlinkSync(join(base, 'private'), join(root, 'outside'), 'dir')
symlinkSync(join(root, 'assets', 'app.js'), join(root, 'alias.js'))
symlinkSync(join(root, 'assets'), join(root, 'bundle'), 'dir')
afterAll(() => rmSync(base, { recursive: true, force: true }))

const served = async (pathname: string) => {
  const file = fileUnder(root, pathname)
  return file && realFileUnder(root, file)
}

describe('realFileUnder', () => {
  it('serves plain files by their real path', async () => {
    expect(await served('/assets/app.js')).toBe(join(root, 'assets', 'app.js'))
    expect(await served('/members/42')).toBe(join(root, 'index.html'))
  })

  it('refuses a file link and a folder link that lead out of the served folder', async () => {
    expect(await served('/assets/key.js')).toBeNull()
    expect(await served('/outside/hub.db.signing-key')).toBeNull()
  })

  it('follows links that stay inside, to the file they name', async () => {
    expect(await served('/alias.js')).toBe(join(root, 'assets', 'app.js'))
    expect(await served('/bundle/app.js')).toBe(join(root, 'assets', 'app.js'))
  })

  it('answers null for missing files and folders, which are not files to serve', async () => {
    expect(await served('/assets/missing.js')).toBeNull()
    expect(await realFileUnder(root, join(root, 'assets'))).toBeNull()
  })

  it('holds when the served folder itself is reached through a link', async () => {
    const linkedRoot = join(base, 'linked-renderer')
    symlinkSync(root, linkedRoot, 'dir')
    expect(await realFileUnder(linkedRoot, join(linkedRoot, 'assets', 'app.js'))).toBe(join(root, 'assets', 'app.js'))
    expect(await realFileUnder(linkedRoot, join(linkedRoot, 'assets', 'key.js'))).toBeNull()
  })
})

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}))
vi.mock('electron', () => electron)

const { registerAppScheme, resolveAppPath, serveApp } = await import('./protocol')

// The renderer root sits inside its own temporary directory so a file "outside" it stays ours.
const base = mkdtempSync(join(tmpdir(), 'lokadaya-protocol-'))
const root = join(base, 'renderer')
afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('resolveAppPath', () => {
  it('maps app:// paths into the root', () => {
    expect(resolveAppPath('app://lokadaya/assets/index-abc.js', root)).toBe(join(root, 'assets', 'index-abc.js'))
    expect(resolveAppPath('app://lokadaya/fonts/Inter%20Var.woff2', root)).toBe(join(root, 'fonts', 'Inter Var.woff2'))
  })

  it('serves index.html for the root and for client-side routes', () => {
    expect(resolveAppPath('app://lokadaya/', root)).toBe(join(root, 'index.html'))
    expect(resolveAppPath('app://lokadaya/index.html', root)).toBe(join(root, 'index.html'))
    expect(resolveAppPath('app://lokadaya/members/42?tab=pledges', root)).toBe(join(root, 'index.html'))
  })

  it.each([
    'app://lokadaya/..%2f..%2fetc%2fpasswd.txt',
    'app://lokadaya/assets/..%2F..%2F..%2Fsecret.db',
    'app://lokadaya/..%5c..%5csecret.db',
    'app://lokadaya/%2fetc%2fpasswd.txt',
    'app://lokadaya//etc/passwd.txt',
    'app://lokadaya/index.html%00.js',
    'app://lokadaya/%E0%A4%A.js',
  ])('refuses traversal and malformed paths: %s', (url) => {
    expect(resolveAppPath(url, root)).toBeNull()
  })

  it('keeps dot segments inside the root, since URL parsing resolves them first', () => {
    expect(resolveAppPath('app://lokadaya/../../etc/passwd.txt', root)).toBe(join(root, 'etc', 'passwd.txt'))
  })

  it.each(['app://evil/index.html', 'app://lokadaya:1/index.html', 'app://u:p@lokadaya/x.js', 'file:///x.js'])(
    'refuses other hosts and schemes: %s',
    (url) => {
      expect(resolveAppPath(url, root)).toBeNull()
    },
  )
})

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure scheme that fetch() may use', () => {
    registerAppScheme()
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
  })
})

describe('serveApp', () => {
  let handler: (request: Request) => Promise<Response>

  beforeAll(() => {
    mkdirSync(join(root, 'assets'), { recursive: true })
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Lokadaya Hub</title>')
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
    writeFileSync(join(base, 'outside.js'), 'secret')
    symlinkSync(join(base, 'outside.js'), join(root, 'assets', 'leak.js'))
    symlinkSync(base, join(root, 'up'), 'dir')
    symlinkSync(join(root, 'assets', 'app.js'), join(root, 'alias.js'))
    serveApp(root)
    const [scheme, registered] = electron.protocol.handle.mock.calls[0] ?? []
    expect(scheme).toBe('app')
    handler = registered
  })

  it('serves files with their content type, the CSP and nosniff', async () => {
    const response = await handler(new Request('app://lokadaya/assets/app.js'))
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('console.log(1)')
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('serves index.html for routes', async () => {
    const response = await handler(new Request('app://lokadaya/hub/settings'))
    expect(await response.text()).toContain('<title>Lokadaya Hub</title>')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('answers 404 for missing files, traversal and other hosts', async () => {
    for (const url of ['app://lokadaya/assets/missing.js', 'app://lokadaya/..%2foutside.js', 'app://other/app.js'])
      expect((await handler(new Request(url))).status).toBe(404)
  })

  it('answers 404 where a symbolic link leads out of the root, and follows one that stays inside', async () => {
    for (const url of ['app://lokadaya/assets/leak.js', 'app://lokadaya/up/outside.js'])
      expect((await handler(new Request(url))).status, url).toBe(404)
    expect(await (await handler(new Request('app://lokadaya/alias.js'))).text()).toBe('console.log(1)')
  })

  it('refuses methods other than GET and HEAD', async () => {
    expect((await handler(new Request('app://lokadaya/index.html', { method: 'POST', body: 'x' }))).status).toBe(405)
    const head = await handler(new Request('app://lokadaya/index.html', { method: 'HEAD' }))
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })
})

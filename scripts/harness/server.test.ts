import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES } from '../../src/shared/members'
import { startHarness, type Harness } from './server'

let directory: string
let harness: Harness

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'lokadaya-harness-'))
  const renderer = join(directory, 'renderer')
  mkdirSync(join(renderer, 'assets'), { recursive: true })
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>')
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(directory, 'secret.txt'), 'not for the page')
  symlinkSync(join(directory, 'secret.txt'), join(renderer, 'assets', 'leak.js'))
  symlinkSync(directory, join(renderer, 'up'), 'dir')
  symlinkSync(join(renderer, 'assets', 'app.js'), join(renderer, 'alias.js'))
  harness = await startHarness({ databasePath: join(directory, 'hub.db'), rendererDir: renderer })
})
afterAll(async () => {
  await harness.close()
  rmSync(directory, { recursive: true, force: true })
})

/** Raw HTTP, so tests can send the headers a hostile page or a rebound host name would. */
function http(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const url = new URL(path, harness.url)
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end(init.body)
  })
}

const invoke = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  http('/__harness/invoke', { method: 'POST', headers, body: JSON.stringify(body) })

describe('browser-test harness', () => {
  it('serves the built renderer with the transport injected ahead of the app', async () => {
    const index = await http('/')
    expect(index.status).toBe(200)
    expect(index.body).toMatch(/<head>\s*<script src="\/__harness\/transport.js"><\/script>/)
    expect((await http('/assets/app.js')).body).toBe('console.log(1)')
    expect((await http('/__harness/transport.js')).body).toContain("Object.defineProperty(window, 'lokadaya'")
  })

  it('answers contract calls through the real registry', async () => {
    const result = await invoke({ channel: 'reference:provinces' })
    expect(JSON.parse(result.body).value).toHaveLength(38)
    expect(JSON.parse((await invoke({ channel: 'fs:read', input: {} })).body)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    })
  })

  it('takes a file as large as an import accepts, which arrives as base64 a third larger', async () => {
    const contentBase64 = Buffer.alloc(MAX_IMPORT_BYTES, 'a').toString('base64')
    const result = await invoke({
      channel: 'members:importOpen',
      input: { kind: 'people', fileName: 'a.csv', contentBase64 },
    })
    expect(result.status).toBe(200)
    // The harness took the body; the hub (not set up here) is what answers.
    expect(JSON.parse(result.body)).toMatchObject({ ok: false })
    expect(result.body).not.toContain('too large')
  })

  it('answers a client-side route with the index, transport included', async () => {
    expect((await http('/settings')).body).toContain('/__harness/transport.js')
  })

  it('serves nothing outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/%E0%A4%A.js'])
      expect((await http(path)).status, path).toBe(404)
  })

  it('serves no symbolic link that leads out of the renderer folder, and follows one that stays inside', async () => {
    for (const path of ['/assets/leak.js', '/up/secret.txt']) expect((await http(path)).status, path).toBe(404)
    expect((await http('/alias.js')).body).toBe('console.log(1)')
  })

  it('refuses what another web page could send: form posts, other origins, other host names', async () => {
    expect((await invoke({ channel: 'app:info' }, { 'content-type': 'text/plain' })).status).toBe(415)
    expect(
      (await invoke({ channel: 'app:info' }, { 'content-type': 'application/json', origin: 'https://evil.example' }))
        .status,
    ).toBe(403)
    const port = new URL(harness.url).port
    expect((await http('/', { headers: { host: `rebound.example:${port}` } })).status).toBe(403)
  })
})

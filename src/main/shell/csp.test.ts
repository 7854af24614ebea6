import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RolldownOutput } from 'rolldown'
import { build } from 'vite'
import { afterAll, describe, expect, it } from 'vitest'
import { cspMeta } from '../../../electron.vite.config'
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../shared/csp'

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the agreed policy: everything from the app itself (photos also as data:), no inline code, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    )
  })

  it('has a meta variant that is the header minus frame-ancestors', () => {
    expect(META_CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'; ", ''))
  })
})

describe('cspMeta', () => {
  const root = mkdtempSync(join(tmpdir(), 'lokadaya-csp-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  /** Builds a one-script page with the plugin, as the renderer build does, and returns index.html. */
  async function buildPage(): Promise<string> {
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><html><head><meta charset="UTF-8" /><title>t</title></head>' +
        '<body><script type="module" src="./main.js"></script></body></html>',
    )
    writeFileSync(join(root, 'main.js'), 'document.title = "built"\n')
    // Not writing and not watching, so a single output comes back.
    const { output } = (await build({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [cspMeta()],
      build: { write: false, modulePreload: { polyfill: false } },
    })) as RolldownOutput
    const page = output.find((file) => file.fileName === 'index.html')
    if (page?.type !== 'asset') throw new Error('the build wrote no index.html')
    return String(page.source)
  }

  // Vite escapes attribute values (' becomes &#39;); the browser reads them back decoded.
  const entityText: Record<string, string> = { '#39': "'", quot: '"', lt: '<', gt: '>', amp: '&' }
  const decodeAttribute = (value: string) =>
    value.replace(/&(#39|quot|lt|gt|amp);/g, (_, entity: string) => entityText[entity] ?? '')

  it('writes the meta policy into the built page, ahead of the scripts it governs', async () => {
    const html = await buildPage()
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)]
    expect(metas.map(([, content = '']) => decodeAttribute(content))).toEqual([META_CONTENT_SECURITY_POLICY])
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'))
  })

  it('stays out of the dev server, whose hot-reload styles are inline', () => {
    expect(cspMeta().apply).toBe('build')
  })
})

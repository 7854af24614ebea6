import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumLaunchOptions } from '../../playwright.config'
import { hasPdftotext } from './pdf-text'
import { harnessPrinter } from './printer'

const hasChromium =
  chromiumLaunchOptions.executablePath !== undefined && existsSync(chromiumLaunchOptions.executablePath)
const skipped = !hasChromium
  ? ' (skipped: no Chromium at /usr/lib/chromium/chromium, apt-get install chromium)'
  : !hasPdftotext
    ? ' (skipped: pdftotext not found, apt-get install poppler-utils)'
    : ''

// A page drawn in two steps, as a receipt is once its data arrives (slowly, on a busy PC): printing must
// wait for it, under the app's policy against evaluated strings (so waiting polls without eval).
const page = `<!doctype html><html lang="id"><head><style>@page { size: A5; margin: 12mm }</style></head><body>
<script src="/draw.js"></script></body></html>`
const draw = `setTimeout(() => {
  document.body.innerHTML = location.hash === '#/fails' ? '' : '<h1>Tanda Terima</h1><p>Rp 1.250.000</p>'
  document.documentElement.dataset.printReady = location.hash === '#/fails' ? 'error' : 'true'
}, 1500)`
const policy = { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'unsafe-inline'" }

let server: ReturnType<typeof createServer>
let base = ''
let directory = ''
beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'lokadaya-print-'))
  server = createServer((request, response) =>
    request.url === '/draw.js'
      ? response.writeHead(200, { 'content-type': 'text/javascript' }).end(draw)
      : response.writeHead(200, { 'content-type': 'text/html', ...policy }).end(page),
  )
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})
afterAll(() => {
  server.close()
  rmSync(directory, { recursive: true, force: true })
})

describe.skipIf(skipped !== '')(`the harness printer, read back with pdftotext${skipped}`, () => {
  // Starts Chromium and prints twice, each after a wait: more than the default on a loaded machine.
  it('prints the page once it says it is drawn, at the size its CSS asks for', { timeout: 60_000 }, async () => {
    const printer = harnessPrinter(() => base)
    try {
      const pdf = await printer.printPage('/print/receipt/f1')
      const file = join(directory, 'receipt.pdf')
      writeFileSync(file, pdf)
      expect(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })).toMatch(
        /Tanda Terima[\s\S]*Rp 1\.250\.000/,
      )
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+420 x 594\.96 pts \(A5\)/)
      await expect(printer.printPage('/fails')).rejects.toThrow('could not show')
    } finally {
      await printer.close()
    }
  })
})

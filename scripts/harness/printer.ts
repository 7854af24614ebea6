import { chromium, type Browser, type Page } from 'playwright-core'
import type { PagePrinter } from '../../src/main/services'
import { chromiumLaunchOptions } from '../../playwright.config'

/**
 * The harness's stand-in for the shell's printer: the same page, from the harness's own origin, in
 * the same Chromium, printed with the same engine (DevTools' Page.printToPDF, which Electron's
 * printToPDF also calls). One headless browser for the harness's life, a fresh page a print.
 */
export function harnessPrinter(baseUrl: () => string): PagePrinter & { close(): Promise<void> } {
  let browser: Promise<Browser> | undefined
  return {
    async printPage(route) {
      browser ??= chromium.launch(chromiumLaunchOptions)
      const page = await (await browser).newPage()
      try {
        await page.goto(`${baseUrl()}#${route}`)
        await pageReady(page)
        return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true })
      } finally {
        await page.close()
      }
    },
    async close() {
      if (browser) await (await browser).close()
    },
  }
}

const READY_TIMEOUT_MS = 20_000
const POLL_MS = 100

/**
 * Polls data-print-ready as the shell's printer does. Not waitForFunction: under the app's CSP (no
 * 'unsafe-eval') its repeated checks of a string are refused once the first one finds nothing yet.
 */
async function pageReady(page: Page): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  for (;;) {
    // A string, so it runs in the page, out of reach of this Node-typed file's compiler.
    const state: unknown = await page.evaluate('document.documentElement.dataset.printReady')
    if (state === 'true') return
    if (state === 'error') throw new Error('the page could not show what it prints')
    if (Date.now() > deadline) throw new Error('the page did not finish drawing')
    await page.waitForTimeout(POLL_MS)
  }
}

import { chromium, type Browser } from 'playwright-core'
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
        // A string, so it runs in the page, out of reach of this Node-typed file's compiler.
        const ready = await page.waitForFunction('document.documentElement.dataset.printReady', undefined, {
          timeout: 20_000,
        })
        if ((await ready.jsonValue()) !== 'true') throw new Error('the page could not show what it prints')
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

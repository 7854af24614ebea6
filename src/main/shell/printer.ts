import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron'
import type { PagePrinter } from '../services'

/** Long enough for a busy office PC to start React and fetch a receipt; short enough to say so. */
const READY_TIMEOUT_MS = 20_000
const POLL_MS = 100

/**
 * Prints the app's own pages with Chromium's printToPDF, in a hidden window of the same sandboxed
 * kind as the main one (same preload, same app:// origin and CSP), so a receipt is exactly the
 * page the app would show. One window a print, closed afterwards whatever happens.
 */
export function createPagePrinter(options: BrowserWindowConstructorOptions, entryUrl: string): PagePrinter {
  return {
    async printPage(route) {
      const window = new BrowserWindow({ ...options, show: false })
      try {
        await window.loadURL(`${entryUrl}#${route}`)
        await pageReady(window)
        return await window.webContents.printToPDF({
          printBackground: true,
          preferCSSPageSize: true,
          generateTaggedPDF: true,
          generateDocumentOutline: false,
        })
      } finally {
        window.destroy()
      }
    },
  }
}

/** The page sets data-print-ready on <html> once it has drawn what it prints, "error" if it cannot. */
async function pageReady(window: BrowserWindow): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  for (;;) {
    const state: unknown = await window.webContents.executeJavaScript('document.documentElement.dataset.printReady')
    if (state === 'true') return
    if (state === 'error') throw new Error('the page could not show what it prints')
    if (Date.now() > deadline) throw new Error('the page did not finish drawing')
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

import { afterEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  class BrowserWindow {
    static created: BrowserWindow[] = []
    static readyAfter = 2
    static state = 'true'
    loaded: string[] = []
    destroyed = false
    private polls = 0
    webContents = {
      executeJavaScript: vi.fn(async () =>
        ++this.polls >= BrowserWindow.readyAfter ? BrowserWindow.state : undefined,
      ),
      printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 receipt')),
    }
    constructor(readonly options: { show?: boolean }) {
      BrowserWindow.created.push(this)
    }
    async loadURL(url: string) {
      this.loaded.push(url)
    }
    destroy() {
      this.destroyed = true
    }
  }
  return { BrowserWindow }
})
vi.mock('electron', () => electron)

const { createPagePrinter } = await import('./printer')
const { BrowserWindow } = electron

afterEach(() => {
  BrowserWindow.created.length = 0
  BrowserWindow.readyAfter = 2
  BrowserWindow.state = 'true'
})

describe('createPagePrinter', () => {
  const sandboxed = { show: true, webPreferences: { sandbox: true, preload: '/app/preload.js' } }

  it('prints the route in a hidden window of the app, once the page says it is drawn, then closes it', async () => {
    const pdf = await createPagePrinter(sandboxed, 'app://lokadaya/index.html').printPage('/print/receipt/f1')
    expect(pdf.toString()).toBe('%PDF-1.7 receipt')
    const [window] = BrowserWindow.created
    expect(window?.options).toEqual({ ...sandboxed, show: false })
    expect(window?.loaded).toEqual(['app://lokadaya/index.html#/print/receipt/f1'])
    expect(window?.webContents.executeJavaScript).toHaveBeenCalledTimes(2)
    expect(window?.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ printBackground: true, preferCSSPageSize: true }),
    )
    expect(window?.destroyed).toBe(true)
  })

  it('refuses a page that says it could not draw, and still closes the window', async () => {
    BrowserWindow.state = 'error'
    await expect(
      createPagePrinter(sandboxed, 'app://lokadaya/index.html').printPage('/print/receipt/x'),
    ).rejects.toThrow('could not show')
    expect(BrowserWindow.created[0]?.webContents.printToPDF).not.toHaveBeenCalled()
    expect(BrowserWindow.created[0]?.destroyed).toBe(true)
  })
})

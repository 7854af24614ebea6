import { describe, expect, it, vi } from 'vitest'
import type { Logger } from './log'

const electron = vi.hoisted(() => {
  class BrowserWindow {
    static created: BrowserWindow[] = []
    static load = vi.fn(async (_url: string) => {})
    readyListeners: (() => void)[] = []
    show = vi.fn()
    constructor(readonly options: unknown) {
      BrowserWindow.created.push(this)
    }
    once(name: string, listener: () => void) {
      if (name === 'ready-to-show') this.readyListeners.push(listener)
      return this
    }
    loadURL(url: string) {
      return BrowserWindow.load(url)
    }
  }
  return { BrowserWindow }
})
vi.mock('electron', () => electron)

const { createMainWindow, createWindowOptions, MIN_SIZE } = await import('./window')

describe('createWindowOptions', () => {
  const options = createWindowOptions({ preloadPath: '/app/out/preload/index.js', devTools: false })

  it('opens at 1366×768, hidden until ready, with a minimum that fits a 1366×768 screen', () => {
    expect(options).toMatchObject({ width: 1366, height: 768, show: false })
    expect(options.minWidth).toBeLessThanOrEqual(1366)
    // A 1366×768 screen keeps about 728 px under a Windows taskbar, less a title bar.
    expect(options.minHeight).toBeLessThanOrEqual(690)
    expect(options.minWidth).toBeGreaterThanOrEqual(1024)
  })

  it('isolates and sandboxes the renderer', () => {
    expect(options.webPreferences).toEqual({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: false,
    })
  })

  it('never opens larger than the work area, even below the minimum size', () => {
    const laptop = createWindowOptions({ preloadPath: 'p', devTools: true, workArea: { width: 1366, height: 728 } })
    expect(laptop).toMatchObject({ width: 1366, height: 728, minWidth: MIN_SIZE.width, minHeight: MIN_SIZE.height })
    const netbook = createWindowOptions({ preloadPath: 'p', devTools: true, workArea: { width: 1000, height: 560 } })
    expect(netbook).toMatchObject({ width: 1000, height: 560, minWidth: 1000, minHeight: 560 })
    const large = createWindowOptions({ preloadPath: 'p', devTools: true, workArea: { width: 2560, height: 1400 } })
    expect(large).toMatchObject({ width: 1366, height: 768 })
  })
})

describe('createMainWindow', () => {
  const log = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() } satisfies Logger

  it('loads the app and shows the window only once it is ready', () => {
    const options = createWindowOptions({ preloadPath: 'p', devTools: false })
    createMainWindow(options, 'app://lokadaya/index.html', log)
    const window = electron.BrowserWindow.created.at(-1)
    expect(window?.options).toBe(options)
    expect(electron.BrowserWindow.load).toHaveBeenCalledWith('app://lokadaya/index.html')
    expect(window?.show).not.toHaveBeenCalled()
    window?.readyListeners.forEach((listener) => listener())
    expect(window?.show).toHaveBeenCalledOnce()
  })

  it('logs a page that fails to load instead of leaving an unhandled rejection', async () => {
    electron.BrowserWindow.load.mockRejectedValueOnce(new Error('ERR_CONNECTION_REFUSED'))
    createMainWindow(createWindowOptions({ preloadPath: 'p', devTools: false }), 'http://localhost:5173/', log)
    await vi.waitFor(() =>
      expect(log.error).toHaveBeenCalledWith('could not load http://localhost:5173/', expect.any(Error)),
    )
  })
})

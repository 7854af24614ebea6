import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron'
import type { Logger } from './log'

/** The offices' typical laptop screen; the layout is designed to be fully usable at this size. */
export const DEFAULT_SIZE = { width: 1366, height: 768 }
/** Small enough for a 1366×768 screen minus taskbar and title bar, or a 1280×720 projector. */
export const MIN_SIZE = { width: 1024, height: 600 }

export interface WindowOptionsInput {
  preloadPath: string
  /** The screen area not taken by taskbars; the window is never larger than it. */
  workArea?: { width: number; height: number }
  devTools: boolean
}

export function createWindowOptions({
  preloadPath,
  workArea,
  devTools,
}: WindowOptionsInput): BrowserWindowConstructorOptions {
  const fit = (wanted: number, available: number | undefined) => Math.min(wanted, available ?? wanted)
  return {
    width: fit(DEFAULT_SIZE.width, workArea?.width),
    height: fit(DEFAULT_SIZE.height, workArea?.height),
    minWidth: fit(MIN_SIZE.width, workArea?.width),
    minHeight: fit(MIN_SIZE.height, workArea?.height),
    // Shown on ready-to-show, so the user never sees a blank white frame while React starts.
    show: false,
    backgroundColor: '#ffffff',
    title: 'Lokadaya Hub',
    webPreferences: {
      preload: preloadPath,
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
      // Names of people and places across the archipelago are not in any dictionary.
      spellcheck: false,
      safeDialogs: true,
      devTools,
    },
  }
}

export function createMainWindow(options: BrowserWindowConstructorOptions, url: string, log: Logger): BrowserWindow {
  const window = new BrowserWindow(options)
  window.once('ready-to-show', () => window.show())
  window.loadURL(url).catch((error: unknown) => log.error(`could not load ${url}`, error))
  return window
}

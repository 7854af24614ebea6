import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { channels } from '../shared/channels'
import type { LokadayaApi } from '../shared/contract'

const known = new Set<string>(channels)

/**
 * The renderer's only way into main: one function, contract channels only, at most one input.
 * ipcRenderer itself never crosses the bridge, so a compromised page cannot send anything else.
 * Beside it, the paths of dropped files, which only the preload can read; main checks each path
 * before it opens the file.
 */
const api = {
  invoke: (channel: string, ...input: unknown[]) =>
    known.has(channel)
      ? ipcRenderer.invoke(channel, ...input.slice(0, 1))
      : Promise.reject(new Error(`Unknown channel "${String(channel)}"`)),
  pathsOf: (files: File[]) => Array.from(files, (file) => webUtils.getPathForFile(file)),
} satisfies LokadayaApi

contextBridge.exposeInMainWorld('lokadaya', api)

import { contextBridge, ipcRenderer } from 'electron'
import { channels } from '../shared/channels'
import type { LokadayaApi } from '../shared/contract'

const known = new Set<string>(channels)

/**
 * The renderer's only way into main: one function, contract channels only, at most one input.
 * ipcRenderer itself never crosses the bridge, so a compromised page cannot send anything else.
 */
const api = {
  invoke: (channel: string, ...input: unknown[]) =>
    known.has(channel)
      ? ipcRenderer.invoke(channel, ...input.slice(0, 1))
      : Promise.reject(new Error(`Unknown channel "${String(channel)}"`)),
} satisfies LokadayaApi

contextBridge.exposeInMainWorld('lokadaya', api)

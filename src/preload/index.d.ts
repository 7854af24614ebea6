import type { LokadayaApi } from '../shared/contract'

declare global {
  interface Window {
    /** Exposed by the preload (src/preload/index.ts); the browser-test harness mimics it. */
    lokadaya: LokadayaApi
  }
}

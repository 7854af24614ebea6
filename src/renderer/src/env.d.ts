// Stand-in until the preload's own declaration (src/preload/index.d.ts) lands; delete it then.
import type { LokadayaApi } from '../../shared/contract'

declare global {
  interface Window {
    lokadaya: LokadayaApi
  }
}

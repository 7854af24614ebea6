import { useHub } from './features/hub/store'
import { useLanguage } from './features/language/store'
import { useReference } from './features/reference/store'

export const loadSetupScreen = () => import('./features/setup/SetupScreen')

/** What the first screen depends on, read before it renders so nothing flashes or jumps. */
export async function loadStartup(): Promise<void> {
  await Promise.all([useLanguage.getState().load(), useHub.getState().loadStatus()])
  // When setup is due, start fetching its code and the province list now, side by side, instead of
  // after the first render; a hub already set up (every other start) loads neither.
  if (useHub.getState().status?.setUp === false) {
    // Only a head start: the lazy screen's own import meets a failure too, and shows it with a retry.
    loadSetupScreen().catch(() => {})
    void useReference.getState().loadProvinces()
  }
}

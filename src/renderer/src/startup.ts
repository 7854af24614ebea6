import { useHub } from './features/hub/store'
import { useLanguage } from './features/language/store'
import { useReference } from './features/reference/store'

export const loadSetupScreen = () => import('./features/setup/SetupScreen')

/** What the first screen depends on, read before it renders so nothing flashes or jumps. */
export async function loadStartup(): Promise<void> {
  await Promise.all([useLanguage.getState().load(), useHub.getState().loadStatus()])
  // When setup is due, fetch its code and the province list side by side rather than one after the
  // other; a hub already set up (every other start) loads neither.
  if (useHub.getState().status?.setUp === false)
    void Promise.all([loadSetupScreen(), useReference.getState().loadProvinces()])
}

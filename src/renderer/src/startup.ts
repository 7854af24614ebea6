import { useHub } from './features/hub/store'
import { useLanguage } from './features/language/store'

/** What the first screen depends on, read before it renders so nothing flashes or jumps. */
export async function loadStartup(): Promise<void> {
  await Promise.all([useLanguage.getState().load(), useHub.getState().loadStatus()])
}

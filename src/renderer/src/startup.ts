import { useHub } from './features/hub/store'
import { useLanguage } from './features/language/store'
import { useRestore } from './features/restore/store'

/** What the first screen depends on, read before it renders so nothing flashes or jumps. */
export async function loadStartup(): Promise<void> {
  // A database that would not open: the recovery screen, in Bahasa Indonesia until asked otherwise.
  if (await useRestore.getState().loadProblem()) return useLanguage.getState().show('id')
  await Promise.all([useLanguage.getState().load(), useHub.getState().loadStatus()])
}

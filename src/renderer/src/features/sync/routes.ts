import { screenHref, useSubPath } from '../shell/screens'

export const syncTabs = ['exchange', 'history', 'keys', 'provinces'] as const
export type SyncTab = (typeof syncTabs)[number]

/** #/sync, #/sync/history, #/sync/keys, #/sync/provinces: each section can be linked and reloaded. */
export function useSyncTab(): SyncTab {
  const [first] = useSubPath()
  return syncTabs.find((tab) => tab === first) ?? 'exchange'
}

export const syncHref = (tab: SyncTab): string =>
  tab === 'exchange' ? screenHref('sync') : `${screenHref('sync')}/${tab}`

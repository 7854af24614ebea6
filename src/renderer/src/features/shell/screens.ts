import { useSyncExternalStore } from 'react'

/** Sidebar order. The id is also the URL hash (#/settings), so a reload stays on the same screen. */
export const screens = [
  'home',
  'members',
  'initiatives',
  'galangDaya',
  'copTot',
  'sync',
  'reports',
  'privacy',
  'settings',
] as const
export type Screen = (typeof screens)[number]

export const screenHref = (screen: Screen): string => `#/${screen}`

/** The hash's path below the screen: "#/members/organisation/01…" → ["organisation", "01…"]. */
export function subPath(): string[] {
  return window.location.hash.replace(/^#\//, '').split('/').slice(1).map(decodeURIComponent)
}

function currentScreen(): Screen {
  const id = window.location.hash.replace(/^#\//, '').split('/')[0]
  return screens.find((screen) => screen === id) ?? 'home'
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function useScreen(): Screen {
  return useSyncExternalStore(subscribe, currentScreen)
}

/** The hash below the screen, re-read on every change (a string, so the snapshot compares stably). */
export function useSubPath(): string[] {
  const path = useSyncExternalStore(subscribe, () => subPath().join('/'))
  return path === '' ? [] : path.split('/')
}

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
  'settings',
] as const
export type Screen = (typeof screens)[number]

export const screenHref = (screen: Screen): string => `#/${screen}`

function currentScreen(): Screen {
  const id = window.location.hash.replace(/^#\//, '')
  return screens.find((screen) => screen === id) ?? 'home'
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function useScreen(): Screen {
  return useSyncExternalStore(subscribe, currentScreen)
}

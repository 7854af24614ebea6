import { useSyncExternalStore } from 'react'

/** A page drawn only to be printed, outside the app's shell: #/print/receipt/<fulfilmentId>. */
export type PrintRoute = { page: 'receipt'; fulfilmentId: string }

export function parsePrintRoute(hash: string): PrintRoute | null {
  const [screen, page, id] = hash.replace(/^#\//, '').split('/')
  if (screen !== 'print' || !id) return null
  return page === 'receipt' ? { page, fulfilmentId: decodeURIComponent(id) } : null
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function usePrintRoute(): PrintRoute | null {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  return parsePrintRoute(hash)
}

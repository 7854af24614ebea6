import { useSyncExternalStore } from 'react'

/**
 * A page drawn only to be printed, outside the app's shell: #/print/receipt/<fulfilmentId>,
 * #/print/certificate/<certificateId> or #/print/report/<the filter as JSON>.
 */
export type PrintRoute =
  | { page: 'receipt'; fulfilmentId: string }
  | { page: 'certificate'; certificateId: string }
  | { page: 'report'; filter: string }

export function parsePrintRoute(hash: string): PrintRoute | null {
  const [screen, page, id] = hash.replace(/^#\//, '').split('/')
  if (screen !== 'print' || !id) return null
  if (page === 'receipt') return { page, fulfilmentId: decodeURIComponent(id) }
  if (page === 'certificate') return { page, certificateId: decodeURIComponent(id) }
  if (page === 'report') return { page, filter: decodeURIComponent(id) }
  return null
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function usePrintRoute(): PrintRoute | null {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  return parsePrintRoute(hash)
}

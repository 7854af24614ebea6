import { useSyncExternalStore } from 'react'
import type { Language } from '@shared/hub'

/**
 * A page drawn only to be printed, outside the app's shell: #/print/receipt/<fulfilmentId>,
 * #/print/certificate/<certificateId>, #/print/report/<the filter as JSON>, #/print/processing-record
 * or #/print/dossier/<personId>/<language> (everything the hub holds about a person, for them, in
 * the language they read).
 */
export type PrintRoute =
  | { page: 'receipt'; fulfilmentId: string }
  | { page: 'certificate'; certificateId: string }
  | { page: 'report'; filter: string }
  | { page: 'processing-record' }
  | { page: 'dossier'; personId: string; language: Language }

export function parsePrintRoute(hash: string): PrintRoute | null {
  const [screen, page, id, language] = hash.replace(/^#\//, '').split('/')
  if (screen !== 'print') return null
  // The record of processing activities is of the whole hub: its route names nothing more.
  if (page === 'processing-record' && id === undefined) return { page }
  if (!id) return null
  if (page === 'receipt') return { page, fulfilmentId: decodeURIComponent(id) }
  if (page === 'certificate') return { page, certificateId: decodeURIComponent(id) }
  if (page === 'report') return { page, filter: decodeURIComponent(id) }
  if (page === 'dossier') return { page, personId: decodeURIComponent(id), language: language === 'en' ? 'en' : 'id' }
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

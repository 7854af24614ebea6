import { screenHref, useSubPath } from '../shell/screens'

/** The parts of the Privasi screen the in-page navigation leads to, in the order the page shows them. */
export const privacySections = ['requests', 'lost-file', 'retention', 'record'] as const
export type PrivacySection = (typeof privacySections)[number]

/**
 * Where the register is, read from the URL hash: #/privacy, #/privacy/lost-file (a part of the
 * screen, so a reload or Back lands there again), #/privacy/new, #/privacy/request/<id>.
 */
export type RequestsRoute =
  { view: 'register'; section?: PrivacySection } | { view: 'new' } | { view: 'request'; id: string }

const sectionNamed = (name: string | undefined): PrivacySection | undefined =>
  privacySections.find((section) => section === name)

export function parseRequestsRoute(path: string[]): RequestsRoute {
  const [first, second] = path
  if (first === 'new') return { view: 'new' }
  if (first === 'request' && second) return { view: 'request', id: second }
  const section = sectionNamed(first)
  return section ? { view: 'register', section } : { view: 'register' }
}

export function requestsHref(route: RequestsRoute): string {
  const base = screenHref('privacy')
  switch (route.view) {
    case 'register':
      return route.section ? `${base}/${route.section}` : base
    case 'new':
      return `${base}/new`
    case 'request':
      return `${base}/request/${encodeURIComponent(route.id)}`
  }
}

export const useRequestsRoute = (): RequestsRoute => parseRequestsRoute(useSubPath())

import { screenHref, useSubPath } from '../shell/screens'

/** Where the register is, read from the URL hash: #/privacy, #/privacy/new, #/privacy/request/<id>. */
export type RequestsRoute = { view: 'register' } | { view: 'new' } | { view: 'request'; id: string }

export function parseRequestsRoute(path: string[]): RequestsRoute {
  const [first, second] = path
  if (first === 'new') return { view: 'new' }
  if (first === 'request' && second) return { view: 'request', id: second }
  return { view: 'register' }
}

export function requestsHref(route: RequestsRoute): string {
  const base = screenHref('privacy')
  switch (route.view) {
    case 'register':
      return base
    case 'new':
      return `${base}/new`
    case 'request':
      return `${base}/request/${encodeURIComponent(route.id)}`
  }
}

export const useRequestsRoute = (): RequestsRoute => parseRequestsRoute(useSubPath())

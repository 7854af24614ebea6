import { useSubPath } from '../shell/screens'

/**
 * Where the CoP & ToT screen is, read from the URL hash: #/copTot (sessions), #/copTot/session/<id>,
 * #/copTot/trainers, #/copTot/trainer/<personId>, #/copTot/indicators, #/copTot/verify, …
 */
export type CopRoute =
  | { view: 'sessions' }
  | { view: 'newSession' }
  | { view: 'session'; id: string }
  | { view: 'editSession'; id: string }
  | { view: 'trainers' }
  | { view: 'trainer'; personId: string }
  | { view: 'indicators' }
  | { view: 'verify' }

export function parseCopRoute(path: string[]): CopRoute {
  const [first, second, third] = path
  switch (first) {
    case 'session':
      if (second === 'new') return { view: 'newSession' }
      if (second && third === 'edit') return { view: 'editSession', id: second }
      if (second) return { view: 'session', id: second }
      break
    case 'trainers':
      return { view: 'trainers' }
    case 'trainer':
      if (second) return { view: 'trainer', personId: second }
      break
    case 'indicators':
      return { view: 'indicators' }
    case 'verify':
      return { view: 'verify' }
  }
  return { view: 'sessions' }
}

export function copHref(route: CopRoute): string {
  const path = ((): string[] => {
    switch (route.view) {
      case 'sessions':
        return []
      case 'newSession':
        return ['session', 'new']
      case 'session':
        return ['session', route.id]
      case 'editSession':
        return ['session', route.id, 'edit']
      case 'trainers':
        return ['trainers']
      case 'trainer':
        return ['trainer', route.personId]
      case 'indicators':
        return ['indicators']
      case 'verify':
        return ['verify']
    }
  })()
  return ['#/copTot', ...path.map(encodeURIComponent)].join('/')
}

export const useCopRoute = (): CopRoute => parseCopRoute(useSubPath())

import { useSubPath } from '../shell/screens'

/**
 * Where the Galang Daya screen is, read from the URL hash: #/galangDaya (supporters),
 * #/galangDaya/overdue, #/galangDaya/supporter/<id>, #/galangDaya/pledge/new/initiative/<id>, …
 * A new pledge may start from an initiative or from a supporter, which it then has filled in.
 */
export type GalangDayaRoute =
  | { view: 'supporters' }
  | { view: 'overdue' }
  | { view: 'fees' }
  | { view: 'newSupporter' }
  | { view: 'supporter'; id: string }
  | { view: 'editSupporter'; id: string }
  | { view: 'newPledge'; initiativeId: string | null; supporterId: string | null }
  | { view: 'pledge'; id: string }
  | { view: 'editPledge'; id: string }

export function parseGalangDayaRoute(path: string[]): GalangDayaRoute {
  const [first, second, third, fourth] = path
  switch (first) {
    case 'overdue':
      return { view: 'overdue' }
    case 'fees':
      return { view: 'fees' }
    case 'supporter':
      if (second === 'new') return { view: 'newSupporter' }
      if (second && third === 'edit') return { view: 'editSupporter', id: second }
      if (second) return { view: 'supporter', id: second }
      break
    case 'pledge':
      if (second === 'new')
        return {
          view: 'newPledge',
          initiativeId: third === 'initiative' ? (fourth ?? null) : null,
          supporterId: third === 'supporter' ? (fourth ?? null) : null,
        }
      if (second && third === 'edit') return { view: 'editPledge', id: second }
      if (second) return { view: 'pledge', id: second }
      break
  }
  return { view: 'supporters' }
}

export function galangDayaHref(route: GalangDayaRoute): string {
  const path = ((): string[] => {
    switch (route.view) {
      case 'supporters':
        return []
      case 'overdue':
        return ['overdue']
      case 'fees':
        return ['fees']
      case 'newSupporter':
        return ['supporter', 'new']
      case 'supporter':
        return ['supporter', route.id]
      case 'editSupporter':
        return ['supporter', route.id, 'edit']
      case 'newPledge':
        if (route.initiativeId) return ['pledge', 'new', 'initiative', route.initiativeId]
        if (route.supporterId) return ['pledge', 'new', 'supporter', route.supporterId]
        return ['pledge', 'new']
      case 'pledge':
        return ['pledge', route.id]
      case 'editPledge':
        return ['pledge', route.id, 'edit']
    }
  })()
  return ['#/galangDaya', ...path.map(encodeURIComponent)].join('/')
}

export const useGalangDayaRoute = (): GalangDayaRoute => parseGalangDayaRoute(useSubPath())

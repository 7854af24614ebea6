import { useSubPath } from '../shell/screens'

/**
 * Where the members screen is, read from the URL hash so every view can be linked, reloaded and
 * reached with Back: #/members, #/members/organisation/<id>, #/members/import/people, …
 */
export type MembersRoute =
  | { view: 'directory'; tab: 'organisations' | 'people' }
  | { view: 'organisation'; id: string }
  | { view: 'newOrganisation' }
  | { view: 'editOrganisation'; id: string }
  | { view: 'person'; id: string }
  | { view: 'newPerson'; organisationId: string | null }
  | { view: 'editPerson'; id: string }
  | { view: 'merge'; kind: 'organisation' | 'person'; survivorId: string; mergedId: string }
  | { view: 'import'; kind: 'organisations' | 'people' }
  | { view: 'duplicates'; kind: 'organisation' | 'person'; dismissed: boolean }
  | { view: 'trash' }

export function parseMembersRoute(path: string[]): MembersRoute {
  const [first, second, third, fourth] = path
  switch (first) {
    case 'people':
      return { view: 'directory', tab: 'people' }
    case 'organisation':
      if (second === 'new') return { view: 'newOrganisation' }
      if (second && third === 'edit') return { view: 'editOrganisation', id: second }
      if (second) return { view: 'organisation', id: second }
      break
    case 'person':
      if (second === 'new') return { view: 'newPerson', organisationId: third ?? null }
      if (second && third === 'edit') return { view: 'editPerson', id: second }
      if (second) return { view: 'person', id: second }
      break
    case 'merge':
      if ((second === 'organisation' || second === 'person') && third && fourth)
        return { view: 'merge', kind: second, survivorId: third, mergedId: fourth }
      break
    case 'import':
      return { view: 'import', kind: second === 'people' ? 'people' : 'organisations' }
    case 'duplicates':
      return {
        view: 'duplicates',
        kind: second === 'people' ? 'person' : 'organisation',
        dismissed: third === 'dismissed',
      }
    case 'trash':
      return { view: 'trash' }
  }
  return { view: 'directory', tab: 'organisations' }
}

export function membersHref(route: MembersRoute): string {
  const path = ((): string[] => {
    switch (route.view) {
      case 'directory':
        return route.tab === 'people' ? ['people'] : []
      case 'organisation':
        return ['organisation', route.id]
      case 'newOrganisation':
        return ['organisation', 'new']
      case 'editOrganisation':
        return ['organisation', route.id, 'edit']
      case 'person':
        return ['person', route.id]
      case 'newPerson':
        return ['person', 'new', ...(route.organisationId ? [route.organisationId] : [])]
      case 'editPerson':
        return ['person', route.id, 'edit']
      case 'merge':
        return ['merge', route.kind, route.survivorId, route.mergedId]
      case 'import':
        return ['import', route.kind]
      case 'duplicates':
        return [
          'duplicates',
          route.kind === 'person' ? 'people' : 'organisations',
          ...(route.dismissed ? ['dismissed'] : []),
        ]
      case 'trash':
        return ['trash']
    }
  })()
  return ['#/members', ...path.map(encodeURIComponent)].join('/')
}

export const useMembersRoute = (): MembersRoute => parseMembersRoute(useSubPath())

import { useSubPath } from '../shell/screens'

/**
 * Where the initiatives screen is, read from the URL hash so every view can be linked, reloaded and
 * reached with Back: #/initiatives, #/initiatives/<id>, #/initiatives/story/<id>/edit, …
 */
export type InitiativesRoute =
  | { view: 'list' }
  | { view: 'new' }
  | { view: 'initiative'; id: string }
  | { view: 'edit'; id: string }
  | { view: 'newStory'; initiativeId: string }
  | { view: 'story'; id: string }
  | { view: 'editStory'; id: string }
  | { view: 'clusters' }
  | { view: 'stepGuide' }

export function parseInitiativesRoute(path: string[]): InitiativesRoute {
  const [first, second, third] = path
  switch (first) {
    case undefined:
      return { view: 'list' }
    case 'new':
      return { view: 'new' }
    case 'clusters':
      return { view: 'clusters' }
    case 'guide':
      return { view: 'stepGuide' }
    case 'story':
      if (second && third === 'edit') return { view: 'editStory', id: second }
      if (second) return { view: 'story', id: second }
      return { view: 'list' }
  }
  if (second === 'edit') return { view: 'edit', id: first }
  if (second === 'story' && third === 'new') return { view: 'newStory', initiativeId: first }
  return { view: 'initiative', id: first }
}

export function initiativesHref(route: InitiativesRoute): string {
  const path = ((): string[] => {
    switch (route.view) {
      case 'list':
        return []
      case 'new':
        return ['new']
      case 'initiative':
        return [route.id]
      case 'edit':
        return [route.id, 'edit']
      case 'newStory':
        return [route.initiativeId, 'story', 'new']
      case 'story':
        return ['story', route.id]
      case 'editStory':
        return ['story', route.id, 'edit']
      case 'clusters':
        return ['clusters']
      case 'stepGuide':
        return ['guide']
    }
  })()
  return ['#/initiatives', ...path.map(encodeURIComponent)].join('/')
}

export const useInitiativesRoute = (): InitiativesRoute => parseInitiativesRoute(useSubPath())

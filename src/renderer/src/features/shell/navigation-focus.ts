import { useEffect, useRef, useSyncExternalStore, type RefObject } from 'react'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/**
 * After every navigation inside the app (a sidebar link, a link between views, Back), focus goes
 * to the new view's h1, so keyboard and screen-reader users carry on from the top of what they
 * asked for instead of from the page body. Focus the new view has already placed inside the
 * content (a saved notice, a tab that stays on screen) is left where it is. A screen whose code
 * is still loading gets focus once its heading appears.
 *
 * On a cold start focus stays at the top, so Tab reaches the skip link first; `focusFirst` is for
 * a start that is itself the end of a step (setup just finished).
 */
export function useFocusOnNavigation(content: RefObject<HTMLElement | null>, focusFirst: boolean): void {
  const location = useSyncExternalStore(subscribe, () => window.location.hash)
  const shown = useRef<string | null>(focusFirst ? null : location)

  useEffect(() => {
    if (shown.current === location) return
    shown.current = location
    const container = content.current
    if (!container) return
    const placed = () => {
      const active = document.activeElement
      return active instanceof HTMLElement && active !== container && container.contains(active)
    }
    const heading = () => container.querySelector<HTMLElement>('h1')
    if (placed()) return
    const now = heading()
    if (now) {
      now.focus()
      return
    }
    const observer = new MutationObserver(() => {
      if (placed()) {
        observer.disconnect()
        return
      }
      const later = heading()
      if (!later) return
      observer.disconnect()
      later.focus()
    })
    observer.observe(container, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [content, location])
}

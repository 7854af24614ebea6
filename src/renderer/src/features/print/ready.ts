import { useEffect } from 'react'

/** Tells main's printer, on <html>, that the page has drawn what it prints, or that it cannot. */
export function usePrintReady(ready: boolean, failed: boolean): void {
  useEffect(() => {
    const root = document.documentElement
    if (ready) root.dataset.printReady = 'true'
    else if (failed) root.dataset.printReady = 'error'
    return () => void delete root.dataset.printReady
  }, [ready, failed])
}

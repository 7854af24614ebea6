import './SkipLink.css'
import type { MouseEvent } from 'react'
import { useText } from '../i18n'

export const MAIN_ID = 'main'

/** Moves focus without touching location.hash, which belongs to screen navigation. */
function skip(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault()
  document.getElementById(MAIN_ID)?.focus()
}

export function SkipLink() {
  const t = useText()
  return (
    <a className="skip-link" href={`#${MAIN_ID}`} onClick={skip}>
      {t('app.skipToContent')}
    </a>
  )
}

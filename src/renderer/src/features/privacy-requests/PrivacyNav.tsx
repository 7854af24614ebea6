import '@renderer/ui/SectionNav.css'
import { useEffect } from 'react'
import { useText } from '@renderer/i18n'
import { privacySections, requestsHref, type PrivacySection } from './routes'

/** How long the page's parts may take to load before the part linked to is left where it is. */
const SETTLING_MS = 3000

/** Each part's heading, which the link focuses: keyboard and screen reader carry on from there. */
const sectionHeadingIds: Record<PrivacySection, string> = {
  requests: 'privacy-requests-title',
  'lost-file': 'lost-file-title',
  retention: 'retention-title',
  record: 'processing-record-title',
}

/**
 * The Privasi screen is long (the record of processing alone is several screens): links to each
 * part at its top, as real links so Back and a reload keep the place. The part linked to is the
 * one scrolled to and focused.
 */
export function PrivacyNav({ current }: { current: PrivacySection | undefined }) {
  const t = useText()

  useEffect(() => {
    const heading = current && document.getElementById(sectionHeadingIds[current])
    if (!heading) return
    const land = () => heading.scrollIntoView({ block: 'start' })
    heading.focus({ preventScroll: true })
    land()
    // Arriving by a reload or from another screen, the parts above are still loading and push the
    // heading down: it is brought back while it keeps focus, for as long as they take to load.
    const page = heading.closest('.privacy-requests')
    if (!page) return
    const observer = new ResizeObserver(() => {
      if (document.activeElement === heading) land()
      else observer.disconnect()
    })
    observer.observe(page)
    const settled = window.setTimeout(() => observer.disconnect(), SETTLING_MS)
    return () => {
      observer.disconnect()
      window.clearTimeout(settled)
    }
  }, [current])

  return (
    <nav aria-label={t('privacyRequests.nav.label')} className="section-nav privacy-nav">
      {privacySections.map((section) => (
        <a
          key={section}
          href={requestsHref({ view: 'register', section })}
          aria-current={section === current ? 'location' : undefined}
        >
          {t(`privacyRequests.nav.${section}`)}
        </a>
      ))}
    </nav>
  )
}

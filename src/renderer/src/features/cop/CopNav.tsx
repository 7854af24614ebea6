import { useText } from '@renderer/i18n'
import { copHref } from './routes'
import '@renderer/ui/SectionNav.css'

type Section = 'sessions' | 'trainers' | 'indicators' | 'verify'
const sections: Section[] = ['sessions', 'trainers', 'indicators', 'verify']

/** The CoP & ToT views under the screen's heading. */
export function CopNav({ current }: { current: Section }) {
  const t = useText()
  return (
    <nav aria-label={t('cop.nav.label')} className="section-nav">
      {sections.map((section) => (
        <a key={section} href={copHref({ view: section })} aria-current={section === current ? 'page' : undefined}>
          {t(`cop.nav.${section}`)}
        </a>
      ))}
    </nav>
  )
}

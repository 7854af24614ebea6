import { useEffect } from 'react'
import { useText } from '@renderer/i18n'
import { galangDayaHref } from './routes'
import { useOverdueCount } from './supporters/store'
import '@renderer/ui/visually-hidden.css'
import './supporters/supporters.css'
import '@renderer/ui/SectionNav.css'

type Section = 'supporters' | 'overdue' | 'fees'
const sections: Section[] = ['supporters', 'overdue', 'fees']

/**
 * The Galang Daya views under the screen's heading. Overdue pledges show their count on the way
 * there, so they are seen at a glance from every view; fetched afresh on each, as pledges change.
 */
export function GalangDayaNav({ current }: { current: Section }) {
  const t = useText()
  const { count, load } = useOverdueCount()
  useEffect(() => {
    void load()
  }, [load])
  return (
    <nav aria-label={t('supporters.nav.label')} className="section-nav">
      {sections.map((section) => (
        <a
          key={section}
          href={galangDayaHref({ view: section })}
          aria-current={section === current ? 'page' : undefined}
        >
          {t(`supporters.nav.${section}`)}
          {section === 'overdue' && count !== null && count > 0 && (
            <span className="section-nav__badge">
              <span aria-hidden="true">{count}</span>
              <span className="visually-hidden">{` (${t('supporters.nav.overdueCount', { count })})`}</span>
            </span>
          )}
        </a>
      ))}
    </nav>
  )
}

import './Sidebar.css'
import { useText } from '@renderer/i18n'
import { screenHref, screens, type Screen } from './screens'

export function Sidebar({ current, hubName }: { current: Screen; hubName: string }) {
  const t = useText()
  return (
    <aside className="sidebar">
      <div className="sidebar__inner">
        <div className="sidebar__brand">
          <p className="brand">Lokadaya Hub</p>
          <p className="sidebar__hub">{hubName}</p>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul className="nav-list">
            {screens.map((screen) => (
              <li key={screen}>
                <a href={screenHref(screen)} aria-current={screen === current ? 'page' : undefined}>
                  {t(`nav.${screen}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </aside>
  )
}

import './catalog'
import './sync.css'
import { useEffect, useRef } from 'react'
import { useText } from '@renderer/i18n'
import { ScreenHeading } from '@renderer/ui/ScreenHeading'
import { ExchangeView } from './exchange/ExchangeView'
import { HistoryView } from './history/HistoryView'
import { KeysView } from './keys/KeysView'
import { ProvincesView } from './provinces/ProvincesView'
import { syncHref, syncTabs, useSyncTab, type SyncTab } from './routes'
import { useIsNational } from './words'

function SectionFor({ tab }: { tab: SyncTab }) {
  switch (tab) {
    case 'exchange':
      return <ExchangeView />
    case 'history':
      return <HistoryView />
    case 'keys':
      return <KeysView />
    case 'provinces':
      return <ProvincesView />
  }
}

/** Sinkronisasi: bundles out and in, their history, trusted keys, and (national) the provinces. */
export default function SyncScreen() {
  const t = useText()
  const national = useIsNational()
  const tabs = syncTabs.filter((tab) => tab !== 'provinces' || national)
  const wanted = useSyncTab()
  const tab = tabs.includes(wanted) ? wanted : 'exchange'
  const heading = useRef<HTMLHeadingElement>(null)

  // This screen loads after the shell has moved focus for a navigation: its heading takes it then,
  // but not on a cold start, where Tab must reach the skip link first.
  useEffect(() => {
    if (document.activeElement !== document.body) heading.current?.focus()
  }, [])

  return (
    <div className="sync stack">
      <ScreenHeading ref={heading}>{t('nav.sync')}</ScreenHeading>
      <nav aria-label={t('syncScreen.tabs.label')} className="directory-tabs sync-tabs">
        {tabs.map((each) => (
          <a key={each} href={syncHref(each)} aria-current={each === tab ? 'page' : undefined}>
            {t(`syncScreen.tabs.${each}`)}
          </a>
        ))}
      </nav>
      <SectionFor tab={tab} />
    </div>
  )
}

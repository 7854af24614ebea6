import { useEffect, useRef } from 'react'
import type { HubIdentity, StorageNotice } from '../../../../shared/hub'
import { MAIN_ID, SkipLink } from '../../ui/SkipLink'
import { HomeScreen } from '../home/HomeScreen'
import { useHub } from '../hub/store'
import { SettingsScreen } from '../settings/SettingsScreen'
import { LazyScreen } from './LazyScreen'
import { NotYetAvailable } from './NotYetAvailable'
import { useScreen, type Screen } from './screens'
import { Sidebar } from './Sidebar'
import { StorageNotices } from './StorageNotices'

function ScreenFor({ screen, identity }: { screen: Screen; identity: HubIdentity }) {
  switch (screen) {
    case 'home':
      return <HomeScreen identity={identity} />
    case 'members':
      return <LazyScreen load={() => import('../members/MembersScreen')} />
    case 'sync':
      return <LazyScreen load={() => import('../sync/SyncScreen')} />
    case 'settings':
      return <SettingsScreen identity={identity} />
    default:
      return <NotYetAvailable screen={screen} />
  }
}

export function AppShell({ identity, notices }: { identity: HubIdentity; notices: StorageNotice[] }) {
  const screen = useScreen()
  const justSetUp = useHub((state) => state.justSetUp)
  const mainRef = useRef<HTMLElement>(null)
  // On a cold start focus stays at the top, so Tab reaches the skip link first; after setup or a
  // navigation the old focus target is gone, so the new screen's heading takes it.
  const shownScreen = useRef<Screen | null>(justSetUp ? null : screen)

  useEffect(() => {
    if (shownScreen.current === screen) return
    shownScreen.current = screen
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus()
  }, [screen])

  return (
    <div className="shell">
      <SkipLink />
      <Sidebar current={screen} hubName={identity.name} />
      <main
        id={MAIN_ID}
        ref={mainRef}
        tabIndex={-1}
        className={screen === 'members' || screen === 'sync' ? 'content content--wide' : 'content'}
      >
        <StorageNotices notices={notices} />
        <ScreenFor screen={screen} identity={identity} />
      </main>
    </div>
  )
}

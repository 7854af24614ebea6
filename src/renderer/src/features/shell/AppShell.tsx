import { useRef } from 'react'
import type { HubIdentity, StorageNotice } from '@shared/hub'
import { MAIN_ID, SkipLink } from '@renderer/ui/SkipLink'
import { HomeScreen } from '../home/HomeScreen'
import { useHub } from '../hub/store'
import { SettingsScreen } from '../settings/SettingsScreen'
import { LazyScreen } from './LazyScreen'
import { useFocusOnNavigation } from './navigation-focus'
import { useScreen, type Screen } from './screens'
import { Sidebar } from './Sidebar'
import { StorageNotices } from './StorageNotices'

/** Screens of lists and tables use the window's whole width. */
const wideScreens = new Set<Screen>(['members', 'initiatives', 'galangDaya', 'copTot', 'sync', 'reports', 'privacy'])

// Each lazy screen is keyed by its id: otherwise going straight from one to another reuses the
// first one's LazyScreen, whose lazy component stays the first screen's.
function ScreenFor({ screen, identity }: { screen: Screen; identity: HubIdentity }) {
  switch (screen) {
    case 'home':
      return <HomeScreen identity={identity} />
    case 'members':
      return <LazyScreen key={screen} load={() => import('../members/MembersScreen')} />
    case 'initiatives':
      return <LazyScreen key={screen} load={() => import('../initiatives/InitiativesScreen')} />
    case 'galangDaya':
      return <LazyScreen key={screen} load={() => import('../galang-daya/GalangDayaScreen')} />
    case 'copTot':
      return <LazyScreen key={screen} load={() => import('../cop/CopScreen')} />
    case 'sync':
      return <LazyScreen key={screen} load={() => import('../sync/SyncScreen')} />
    case 'reports':
      return <LazyScreen key={screen} load={() => import('../reports/ReportsScreen')} />
    case 'privacy':
      return <LazyScreen key={screen} load={() => import('../privacy-requests/PrivacyRequestsScreen')} />
    case 'settings':
      return <SettingsScreen identity={identity} />
  }
}

export function AppShell({ identity, notices }: { identity: HubIdentity; notices: StorageNotice[] }) {
  const screen = useScreen()
  const justSetUp = useHub((state) => state.justSetUp)
  const mainRef = useRef<HTMLElement>(null)
  useFocusOnNavigation(mainRef, justSetUp)

  return (
    <div className="shell">
      <SkipLink />
      <Sidebar current={screen} hubName={identity.name} />
      <main
        id={MAIN_ID}
        ref={mainRef}
        tabIndex={-1}
        className={wideScreens.has(screen) ? 'content content--wide' : 'content'}
      >
        <StorageNotices notices={notices} />
        <ScreenFor screen={screen} identity={identity} />
      </main>
    </div>
  )
}

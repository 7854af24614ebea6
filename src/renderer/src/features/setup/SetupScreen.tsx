import './setup.css'
import type { StorageNotice } from '@shared/hub'
import { useText } from '@renderer/i18n'
import { useHub } from '../hub/store'
import { LanguageSwitch } from '../language/LanguageSwitch'
import { StorageNotices } from '../shell/StorageNotices'
import { MAIN_ID, SkipLink } from '@renderer/ui/SkipLink'
import { ScreenHeading } from '@renderer/ui/ScreenHeading'
import { SetupDone } from './SetupDone'
import { SetupForm } from './SetupForm'
import { useSetup } from './store'

const noNotices: StorageNotice[] = []

export function SetupScreen() {
  const t = useText()
  const created = useSetup((state) => state.created)
  // A database this user may only read: better said before the form is filled in than after.
  const notices = useHub((state) => state.status?.notices ?? noNotices)
  return (
    <div className="setup-layout">
      <SkipLink />
      <header className="setup-header">
        <p className="brand">Lokadaya Hub</p>
        <LanguageSwitch />
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="setup-card">
        <StorageNotices notices={notices} />
        {created ? (
          <SetupDone identity={created} />
        ) : (
          <>
            <ScreenHeading>{t('setup.title')}</ScreenHeading>
            <p className="lead">{t('setup.intro')}</p>
            <SetupForm />
          </>
        )}
      </main>
    </div>
  )
}

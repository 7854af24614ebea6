import { useText } from '../../i18n'
import { LanguageSwitch } from '../language/LanguageSwitch'
import { MAIN_ID, SkipLink } from '../../ui/SkipLink'
import { ScreenHeading } from '../../ui/ScreenHeading'
import { SetupDone } from './SetupDone'
import { SetupForm } from './SetupForm'
import { useSetup } from './store'

export function SetupScreen() {
  const t = useText()
  const created = useSetup((state) => state.created)
  return (
    <div className="setup-layout">
      <SkipLink />
      <header className="setup-header">
        <p className="brand">Lokadaya Hub</p>
        <LanguageSwitch />
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="setup-card">
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

import { useEffect } from 'react'
import type { HubIdentity } from '@shared/hub'
import { useText } from '@renderer/i18n'
import { Details } from '@renderer/ui/Details'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { ScreenHeading } from '@renderer/ui/ScreenHeading'
import { BackupSection } from '../backup/BackupSection'
import { RestoreSection } from '../restore/RestoreSection'
import { Fingerprint } from '../hub/Fingerprint'
import { IdentitySection } from '../hub/IdentitySection'
import { LanguageSwitch } from '../language/LanguageSwitch'
import { AboutSection } from './AboutSection'
import { useSettings } from './store'

export function SettingsScreen({ identity }: { identity: HubIdentity }) {
  const t = useText()
  const { info, error, loadInfo } = useSettings()

  useEffect(() => {
    void loadInfo()
  }, [loadInfo])

  return (
    <>
      <ScreenHeading>{t('nav.settings')}</ScreenHeading>
      <ErrorAlert error={error} />
      {/* First, so someone who cannot read the current language finds the switch at once. */}
      <section aria-labelledby="language-title" className="card">
        <h2 id="language-title">{t('settings.languageTitle')}</h2>
        <p className="hint">{t('settings.languageHint')}</p>
        <LanguageSwitch />
      </section>
      <IdentitySection identity={identity} />
      <BackupSection />
      <RestoreSection />
      <div className="card">
        <Fingerprint value={identity.fingerprint} role={identity.role} name={identity.name} />
      </div>
      {info && (
        <>
          <section aria-labelledby="storage-title" className="card">
            <h2 id="storage-title">{t('settings.storageTitle')}</h2>
            <Details
              rows={[
                [t('settings.database'), <code key="database">{info.databasePath}</code>],
                [
                  t('settings.signingKey'),
                  <span key="key">
                    <code>{info.keyStorage.location}</code> — {t(`keyProtection.${info.keyStorage.protection}`)}
                  </span>,
                ],
              ]}
            />
            <p className="hint">{t('settings.signingKeyHint')}</p>
          </section>
          <AboutSection info={info} />
        </>
      )}
    </>
  )
}

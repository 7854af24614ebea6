import { useEffect, useRef } from 'react'
import type { HubIdentity } from '../../../../shared/hub'
import { useText } from '../../i18n'
import { ScreenHeading } from '../../ui/ScreenHeading'
import { Fingerprint } from './Fingerprint'
import { IdentityDetails } from './IdentityDetails'
import { useHub } from './store'

export function SetupDone({ identity }: { identity: HubIdentity }) {
  const t = useText()
  const continueToApp = useHub((state) => state.continueToApp)
  const headingRef = useRef<HTMLHeadingElement>(null)

  // The form that had focus is gone; announce the outcome by moving focus to it.
  useEffect(() => headingRef.current?.focus(), [])

  return (
    <div className="stack">
      <ScreenHeading ref={headingRef}>{t('setup.done.title')}</ScreenHeading>
      <Fingerprint value={identity.fingerprint} />
      <IdentityDetails identity={identity} />
      <div>
        <button type="button" className="button button--primary" onClick={continueToApp}>
          {t('setup.done.continue')}
        </button>
      </div>
    </div>
  )
}

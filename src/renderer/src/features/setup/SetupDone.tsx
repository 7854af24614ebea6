import { useEffect, useRef } from 'react'
import type { HubIdentity } from '@shared/hub'
import { useText } from '@renderer/i18n'
import { ScreenHeading } from '@renderer/ui/ScreenHeading'
import { Fingerprint } from '../hub/Fingerprint'
import { IdentityDetails } from '../hub/IdentityDetails'
import { useSetup } from './store'

export function SetupDone({ identity }: { identity: HubIdentity }) {
  const t = useText()
  const continueToApp = useSetup((state) => state.continueToApp)
  const headingRef = useRef<HTMLHeadingElement>(null)

  // The form that had focus is gone: move focus (and the view, left scrolled down at the submit
  // button) to the outcome.
  useEffect(() => {
    window.scrollTo({ top: 0 })
    headingRef.current?.focus()
  }, [])

  return (
    <div className="stack">
      <ScreenHeading ref={headingRef}>{t('setup.done.title')}</ScreenHeading>
      <Fingerprint value={identity.fingerprint} role={identity.role} name={identity.name} />
      <IdentityDetails identity={identity} />
      <div>
        <button type="button" className="button button--primary" onClick={continueToApp}>
          {t('setup.done.continue')}
        </button>
      </div>
    </div>
  )
}

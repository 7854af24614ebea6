import { useState } from 'react'
import type { ErrorPayload } from '@shared/errors'
import type { PersonPrivacy } from '@shared/privacy'
import { useText } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { usePersonPrivacy } from './store'

/**
 * Restriction of processing (Pasal 11): the data stays, but no export, certificate, report or
 * bundle uses it until lifted. One button that turns it on or off; focus stays on it, and what
 * changed is announced.
 */
export function Restriction({ privacy }: { privacy: PersonPrivacy }) {
  const t = useText()
  const { busy, restrict } = usePersonPrivacy()
  const [error, setError] = useState<ErrorPayload | null>(null)
  const [news, setNews] = useState<string | null>(null)
  const restricted = privacy.restrictedOn !== null

  async function toggle() {
    if (busy) return
    setNews(null)
    const outcome = await restrict(privacy.personId, !restricted)
    setError(outcome.ok ? null : outcome.error)
    if (outcome.ok) setNews(t(restricted ? 'personPrivacy.restriction.lifted' : 'personPrivacy.restriction.restricted'))
  }

  return (
    <>
      <h3>{t('personPrivacy.restriction.title')}</h3>
      <p className="hint">{t('personPrivacy.restriction.explain')}</p>
      <p>
        <span className={`person-privacy__state person-privacy__state--${restricted ? 'restricted' : 'none'}`}>
          {privacy.restrictedOn
            ? t('personPrivacy.restriction.on', { date: privacy.restrictedOn })
            : t('personPrivacy.restriction.off')}
        </span>
      </p>
      <ErrorAlert error={error} />
      <div className="form-actions">
        <button type="button" className="button" aria-busy={busy} onClick={() => void toggle()}>
          {t(restricted ? 'personPrivacy.restriction.lift' : 'personPrivacy.restriction.restrict')}
        </button>
      </div>
      <p role="status" className={news ? 'notice' : undefined}>
        {news}
      </p>
    </>
  )
}

import { useState } from 'react'
import type { ErrorPayload } from '@shared/errors'
import type { PersonPrivacy } from '@shared/privacy'
import { useText } from '@renderer/i18n'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { usePersonPrivacy } from './store'

interface Props {
  privacy: PersonPrivacy
  name: string
  /** The page's header and overview show the restriction too, so they reload with it. */
  onChanged(): void
}

/**
 * Restriction of processing (Pasal 11): the data stays, but no export, certificate, report or
 * bundle uses it until lifted. Restricting takes the person out of much of the app at once, so it
 * is asked once more, saying what follows; lifting only gives back what consent allows, and is
 * not. Focus stays on the one button, and what changed is announced.
 */
export function Restriction({ privacy, name, onChanged }: Props) {
  const t = useText()
  const { busy, restrict } = usePersonPrivacy()
  const [error, setError] = useState<ErrorPayload | null>(null)
  const [news, setNews] = useState<string | null>(null)
  const [asking, setAsking] = useState(false)
  const restricted = privacy.restrictedOn !== null

  async function toggle() {
    if (busy) return
    setNews(null)
    const outcome = await restrict(privacy.personId, !restricted)
    setAsking(false)
    setError(outcome.ok ? null : outcome.error)
    if (!outcome.ok) return
    setNews(t(restricted ? 'personPrivacy.restriction.lifted' : 'personPrivacy.restriction.restricted'))
    onChanged()
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
        <button
          type="button"
          className="button"
          aria-busy={busy}
          onClick={() => (restricted ? void toggle() : setAsking(true))}
        >
          {t(restricted ? 'personPrivacy.restriction.lift' : 'personPrivacy.restriction.restrict')}
        </button>
      </div>
      {asking && (
        <ConfirmDialog
          title={t('personPrivacy.restriction.askTitle', { name })}
          confirmLabel={t('personPrivacy.restriction.confirm')}
          cancelLabel={t('personPrivacy.restriction.cancel')}
          busy={busy}
          onConfirm={() => void toggle()}
          onCancel={() => setAsking(false)}
        >
          <ul>
            <li>{t('personPrivacy.restriction.askLeftOut')}</li>
            <li>{t('personPrivacy.restriction.askShown')}</li>
            <li>{t('personPrivacy.restriction.askRequest')}</li>
          </ul>
        </ConfirmDialog>
      )}
      <p role="status" className={news ? 'notice' : undefined}>
        {news}
      </p>
    </>
  )
}

import './catalog'
import './privacy.css'
import { useText } from '@renderer/i18n'

/**
 * "Dibatasi" beside a restricted person's name: in words, since a tint alone says nothing to
 * someone who cannot see it, and with the date for whoever hovers or reads on.
 */
export function RestrictedBadge({ since }: { since: string }) {
  const t = useText()
  return (
    <span className="person-privacy__badge">
      {' '}
      {t('personPrivacy.badge.restricted')}
      <span className="visually-hidden">{t('personPrivacy.badge.since', { date: since })}</span>
    </span>
  )
}

import './catalog'
import { useText } from '@renderer/i18n'
import { screenHref } from '../shell/screens'

interface Props {
  phone: string | null
  email: string | null
  /** What goes out without a way to reach the hub: the record of processing, or the lost-file notice. */
  document: 'record' | 'notice'
}

/**
 * The hub's phone and e-mail, missing: the record of processing (Pasal 31) and a lost file's notice
 * (Pasal 46) must say whom to contact, and a name alone reaches nobody. Says so where they are
 * read, with the way to Pengaturan → Identitas hub, where they are filled in. Nothing while either
 * is there.
 */
export function MissingContact({ phone, email, document }: Props) {
  const t = useText()
  if (phone || email) return null
  return (
    <div className="alert privacy-records__missing-contact">
      <p>{t(`privacyRecords.missingContact.${document}`)}</p>
      <p>
        <a href={screenHref('settings')}>
          {t('privacyRecords.missingContact.fill', { settings: t('nav.settings'), identity: t('identity.title') })}
        </a>
      </p>
    </div>
  )
}

import './StorageNotices.css'
import type { StorageNotice } from '@shared/hub'
import { useText } from '@renderer/i18n'

/**
 * What stands in the way of working with this hub (a database this user may only read, a signing
 * key that sync could not use), kept in view on every screen: it stays true until someone fixes the
 * file and the app is opened again.
 */
export function StorageNotices({ notices }: { notices: StorageNotice[] }) {
  const t = useText()
  if (notices.length === 0) return null
  return (
    <section className="alert storage-notices" aria-label={t('storageNotices.title')}>
      {notices.map((notice) => (
        <p key={notice.kind}>{t(`storage.${notice.kind}`, { path: notice.path })}</p>
      ))}
    </section>
  )
}

import { useEffect, useRef } from 'react'
import type { RestoreDone } from '@shared/restore'
import { useText } from '@renderer/i18n'
import { screenHref } from '../shell/screens'

/**
 * Starts the app afresh on Beranda: the screen the restore was made from (Pengaturan) showed the
 * replaced database, and Beranda is where the restored hub and its last backup are seen first.
 */
function openAfresh() {
  window.location.hash = screenHref('home')
  window.location.reload()
}

/**
 * The restore's result. The app then starts afresh on the restored database: every screen's data
 * was the replaced database's.
 */
export function RestoreDoneView({ done }: { done: RestoreDone }) {
  const t = useText()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <div className="restore__done notice" role="status">
      <h3 ref={heading} tabIndex={-1}>
        {t('restoreUi.done.title')}
      </h3>
      <p>{t('restoreUi.done.body', { file: done.file })}</p>
      {done.safetyBackup && <p>{t('restoreUi.done.safety', { path: done.safetyBackup })}</p>}
      {done.damagedCopy && <p>{t('restoreUi.done.damaged', { path: done.damagedCopy })}</p>}
      <p>{t('restoreUi.done.fingerprint')}</p>
      <p>
        <code className="restore__fingerprint">{done.fingerprint}</code>
      </p>
      <p className="hint">{t(done.endorsed ? 'restoreUi.done.endorsed' : 'restoreUi.done.keyExport')}</p>
      <button type="button" className="button button--primary" onClick={openAfresh}>
        {t('restoreUi.done.open')}
      </button>
    </div>
  )
}

import { useState } from 'react'
import type { SessionDetail } from '@shared/cop'
import type { ErrorPayload } from '@shared/errors'
import { useText } from '@renderer/i18n'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { go } from '@renderer/ui/form-helpers'
import { copHref } from '../routes'
import { copCalls } from '../store'

/** Deleting a session and its registrations, asked once more; main refuses one that certified anyone. */
export function DeleteSession({ session }: { session: SessionDetail }) {
  const t = useText()
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ErrorPayload | null>(null)
  async function remove() {
    if (busy) return
    setBusy(true)
    const result = await copCalls.deleteSession(session.id)
    setBusy(false)
    setAsking(false)
    if (result.ok) go(copHref({ view: 'sessions' }))
    else setError(result.error)
  }
  return (
    <>
      <button type="button" className="button button--danger-outline" onClick={() => setAsking(true)}>
        {t('cop.page.delete')}
      </button>
      <ErrorAlert error={error} />
      {asking && (
        <ConfirmDialog
          title={t('cop.page.deleteConfirm', { title: session.title })}
          confirmLabel={t('cop.page.delete')}
          cancelLabel={t('cop.form.cancel')}
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => setAsking(false)}
        >
          <p>{t('cop.page.deleteConfirmDetail')}</p>
        </ConfirmDialog>
      )}
    </>
  )
}

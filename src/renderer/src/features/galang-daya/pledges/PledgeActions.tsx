import { useRef, useState } from 'react'
import type { PledgeDetail } from '@shared/pledges'
import { useText } from '@renderer/i18n'
import { go } from '@renderer/ui/form-helpers'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { ModalDialog } from '@renderer/ui/ModalDialog'
import { TextAreaField } from '@renderer/ui/TextAreaField'
import { galangDayaHref } from '../routes'
import { deletePledge, fulfilmentCalls, usePledge } from './store'
import '@renderer/ui/Form.css'

/** Edit, cancel with a reason (the one status a person sets) and delete. */
export function PledgeActions({ pledge }: { pledge: PledgeDetail }) {
  const t = useText()
  const change = usePledge((state) => state.change)
  const [asking, setAsking] = useState<'cancel' | 'delete' | null>(null)
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string | undefined>()
  const [deleteError, setDeleteError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const reasonRef = useRef<HTMLTextAreaElement>(null)

  async function cancel() {
    if (busy) return
    setBusy(true)
    const refusal = await change(() => fulfilmentCalls.cancel(pledge.id, reason))
    setBusy(false)
    if (!refusal) return setAsking(null)
    setReasonError(refusal.fields?.reason ?? refusal.message)
    reasonRef.current?.focus()
  }
  async function remove() {
    if (busy) return
    setBusy(true)
    const result = await deletePledge(pledge.id)
    setBusy(false)
    if (result.ok) return go(galangDayaHref({ view: 'supporter', id: pledge.supporterId }))
    setDeleteError(result.error.message)
    setAsking(null)
  }

  return (
    <div className="form-actions">
      {pledge.cancelledOn === null && (
        <>
          <a className="button" href={galangDayaHref({ view: 'editPledge', id: pledge.id })}>
            {t('galangPledges.page.edit')}
          </a>
          <button type="button" className="button button--danger-outline" onClick={() => setAsking('cancel')}>
            {t('galangPledges.page.cancelPledge')}
          </button>
        </>
      )}
      <button type="button" className="button button--danger-outline" onClick={() => setAsking('delete')}>
        {t('galangPledges.page.delete')}
      </button>
      {deleteError && (
        <p role="alert" className="alert">
          {deleteError}
        </p>
      )}
      {asking === 'cancel' && (
        <ModalDialog
          title={t('galangPledges.page.cancelTitle')}
          initialFocus={reasonRef}
          onDismiss={() => setAsking(null)}
          actions={
            <>
              <button type="button" className="button" onClick={() => setAsking(null)}>
                {t('galangPledges.page.keep')}
              </button>
              <button type="button" className="button button--danger" aria-busy={busy} onClick={() => void cancel()}>
                {t('galangPledges.page.cancelConfirm')}
              </button>
            </>
          }
        >
          <p>{t('galangPledges.page.cancelBody')}</p>
          <TextAreaField
            ref={reasonRef}
            label={t('galangPledges.page.cancelReason')}
            name="reason"
            value={reason}
            error={reasonError}
            onChange={(event) => {
              setReason(event.target.value)
              setReasonError(undefined)
            }}
          />
        </ModalDialog>
      )}
      {asking === 'delete' && (
        <ConfirmDialog
          title={t('galangPledges.page.deleteTitle')}
          confirmLabel={t('galangPledges.page.deleteConfirm')}
          cancelLabel={t('galangPledges.page.back')}
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => setAsking(null)}
        >
          <p>{t('galangPledges.page.deleteBody', { count: pledge.fulfilments.length })}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}

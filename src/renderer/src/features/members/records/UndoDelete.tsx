import { useEffect, useRef, useState } from 'react'
import { useText } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { membersHref } from '../routes'
import { go } from '@renderer/ui/form-helpers'
import { useRecords } from './store'

/**
 * On the directory right after a delete: what went, and the way back. It takes focus, since the
 * page the delete started from is gone. Main decides whether the undo may still happen (only the
 * latest delete, only while the record is unchanged); a refusal shows its reason here.
 */
export function UndoDelete() {
  const t = useText()
  const { deleted, busy, error, undoDelete } = useRecords()
  const noticeRef = useRef<HTMLDivElement>(null)
  const shown = deleted !== null
  useEffect(() => {
    if (shown) noticeRef.current?.focus()
  }, [shown])
  if (!deleted) return null

  async function undo() {
    if (busy) return
    const restored = await undoDelete()
    if (restored) go(membersHref({ view: restored.kind, id: restored.id }))
  }

  return (
    <>
      <div ref={noticeRef} tabIndex={-1} className="notice records-undo">
        <p>{t(`records.delete.done.${deleted.kind}`, { name: deleted.name })}</p>
        <button type="button" className="button" aria-busy={busy} onClick={() => void undo()}>
          {t('records.delete.undo')}
        </button>
      </div>
      <ErrorAlert error={error} />
    </>
  )
}

/** On a record's page once its delete was undone: said once, then forgotten. */
export function RestoredNotice({ id }: { id: string }) {
  const t = useText()
  const takeRestored = useRecords((state) => state.takeRestored)
  const [restored] = useState(() => {
    const latest = useRecords.getState().restored
    return latest?.id === id ? latest : null
  })
  useEffect(() => {
    if (restored) takeRestored()
  }, [restored, takeRestored])
  if (!restored) return null
  return (
    <p className="notice" role="status">
      {t('records.delete.undone', { name: restored.name })}
    </p>
  )
}

import { useEffect, useRef, useState } from 'react'
import { useText } from '@renderer/i18n'
import { useRecords } from './store'

/**
 * Right after a merge, on the survivor's page: the way back, while it is still the latest merge.
 * Once undone, the button is gone, so the message saying so takes focus in its place.
 */
export function UndoMerge({ organisationId, personId }: { organisationId?: string; personId?: string }) {
  const t = useText()
  const { lastMerge, busy, undoMerge, loadOrganisation, loadPerson } = useRecords()
  const [undone, setUndone] = useState<string | null>(null)
  const messageRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (undone) messageRef.current?.focus()
  }, [undone])
  const survivorId = organisationId ?? personId
  if (undone)
    return (
      <p ref={messageRef} tabIndex={-1} className="notice" role="status">
        {t('records.merge.undone', { name: undone })}
      </p>
    )
  if (!lastMerge?.undoable || lastMerge.survivorId !== survivorId) return null

  async function undo() {
    const summary = await undoMerge()
    if (!summary) return
    setUndone(summary.mergedName)
    if (organisationId) await loadOrganisation(organisationId)
    if (personId) await loadPerson(personId)
  }

  return (
    <div className="notice records-undo" role="status">
      <p>{t('records.merge.done', { name: lastMerge.mergedName })}</p>
      <button type="button" className="button" aria-busy={busy} onClick={() => void undo()}>
        {t('records.merge.undo')}
      </button>
    </div>
  )
}

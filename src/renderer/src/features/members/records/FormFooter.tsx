import { useRef } from 'react'
import { useText } from '@renderer/i18n'
import { DuplicateNotice } from './DuplicateNotice'
import { useRecords } from './store'

/**
 * A record form's end: likely duplicates when a save found some, then save and cancel. "Cancel"
 * always leaves the form; going back to the fields from the duplicates is named as such.
 */
export function FormFooter({
  cancelHref,
  onSaveAnyway,
  onOpenCandidate,
}: {
  cancelHref: string
  onSaveAnyway: () => void
  onOpenCandidate: () => void
}) {
  const t = useText()
  const busy = useRecords((state) => state.busy)
  const actionsRef = useRef<HTMLDivElement>(null)
  const backToFields = () => {
    const name = actionsRef.current?.closest('form')?.elements.namedItem('name')
    if (name instanceof HTMLElement) name.focus()
  }
  return (
    <>
      <DuplicateNotice onSaveAnyway={onSaveAnyway} onOpen={onOpenCandidate} onBack={backToFields} />
      <div ref={actionsRef} className="form-actions">
        <button type="submit" className="button button--primary" aria-busy={busy}>
          {t('records.save')}
        </button>
        <a className="button" href={cancelHref}>
          {t('records.cancel')}
        </a>
      </div>
    </>
  )
}

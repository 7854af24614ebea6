import { useText } from '../../../i18n'
import { DuplicateNotice } from './DuplicateNotice'
import { useRecords } from './store'

/** A record form's end: likely duplicates when a save found some, then save and cancel. */
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
  return (
    <>
      <DuplicateNotice onSaveAnyway={onSaveAnyway} onOpen={onOpenCandidate} />
      <div className="records-actions">
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

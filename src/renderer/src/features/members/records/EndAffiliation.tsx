import { useEffect, useRef, useState, type FormEvent } from 'react'
import { localDate } from '@shared/format'
import type { Affiliation } from '@shared/members'
import { useText } from '@renderer/i18n'
import { DateField } from '@renderer/ui/DateField'
import { useDates } from '@renderer/ui/dates'
import { useRecords } from './store'

interface Props {
  affiliation: Affiliation
  /** Called once main has recorded the end; this form then goes, as the affiliation is no longer open. */
  onEnded(untilOn: string): void
}

/**
 * "Akhiri afiliasi": there is no undo for it, so the button first opens a date field (today in the
 * hub's zone) instead of ending anything. The field names the start date and today as its bounds;
 * main checks both, and its message shows at the field. "Afiliasi", not "keanggotaan": the latter
 * is the OMS's own membership status.
 */
export function EndAffiliation({ affiliation, onEnded }: Props) {
  const t = useText()
  const { date, zone } = useDates()
  const { fieldErrors, busy, endAffiliation } = useRecords()
  const today = localDate(new Date(), zone)
  const [open, setOpen] = useState(false)
  const [untilOn, setUntilOn] = useState(today)
  // Field messages live in the store for the whole page: show only those of this form's own tries.
  const [tried, setTried] = useState(false)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const fieldRef = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (open) fieldRef.current?.focus()
  }, [open])

  function close() {
    setOpen(false)
    setTried(false)
    toggleRef.current?.focus()
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    setTried(true)
    if (await endAffiliation({ affiliationId: affiliation.id, untilOn })) onEnded(untilOn)
    else fieldRef.current?.focus()
  }

  const range = t('records.affiliation.range', { from: date(affiliation.fromOn), today: date(today) })
  return (
    <>
      <button
        ref={toggleRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-label={t('records.affiliation.endIn', { name: affiliation.organisationName })}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {t('records.affiliation.end')}
      </button>
      {open && (
        <form noValidate className="records-inline-form" onSubmit={(event) => void submit(event)}>
          <DateField
            ref={fieldRef}
            label={t('records.affiliation.untilOn')}
            name="untilOn"
            value={untilOn}
            onChange={setUntilOn}
            hint={range}
            error={tried ? fieldErrors.untilOn : undefined}
          />
          <div className="form-actions">
            <button type="submit" className="button button--primary" aria-busy={busy}>
              {t('records.affiliation.submit')}
            </button>
            <button type="button" className="button" onClick={close}>
              {t('records.cancel')}
            </button>
          </div>
        </form>
      )}
    </>
  )
}

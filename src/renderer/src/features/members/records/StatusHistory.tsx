import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { ErrorPayload } from '@shared/errors'
import { membershipStatuses, type MembershipChange, type OrganisationDetail } from '@shared/members'
import { useText } from '@renderer/i18n'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { useDates } from '@renderer/ui/dates'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { focusFirstInvalid } from '@renderer/ui/form-helpers'
import { StatusFields, type StatusDraft, type StatusField } from './StatusFields'
import { useRecords } from './store'

/** What a status action did: a new step recorded, an entry corrected or removed. */
export type Outcome = 'recorded' | 'corrected' | 'removed'
/** What the status section's latest action came to, if anything is to be said of it. */
export type News = { outcome: Outcome } | { refusal: ErrorPayload } | null
/**
 * The latest action's news, said until the next action starts: that one replaces it, so no message
 * about an earlier action stays. The key tells two alike in a row apart, so each is announced.
 */
export type Feedback = (NonNullable<News> & { key: number }) | null

/** One action's confirmation, with the status it led to; it takes focus as it appears, which reads it out. */
export function OutcomeNote({ outcome, organisation }: { outcome: Outcome; organisation: OrganisationDetail }) {
  const t = useText()
  const { date } = useDates()
  const note = useRef<HTMLParagraphElement>(null)
  useEffect(() => note.current?.focus(), [])
  return (
    <p ref={note} tabIndex={-1} role="status">
      {t(`records.statusHistory.${outcome}`, {
        status: t(`member.status.${organisation.status}`),
        date: date(organisation.statusSince),
      })}
    </p>
  )
}

/**
 * "Riwayat status" with a way to fix it: an entry recorded wrongly is corrected in place or removed.
 * Only the history is written; the status above follows from it in main, and is said back here.
 */
export function StatusHistory({
  organisation,
  editable,
  feedback,
  report,
}: {
  organisation: OrganisationDetail
  editable: boolean
  feedback: Feedback
  /** Says what an action came to; null as one starts, which ends the last one's message. */
  report(news: News): void
}) {
  const t = useText()
  const { date } = useDates()
  const { busy, removeStatus } = useRecords()
  const [correcting, setCorrecting] = useState<string | null>(null)
  const [removing, setRemoving] = useState<MembershipChange | null>(null)
  const correctButtons = useRef(new Map<string, HTMLButtonElement>())
  // Where focus goes once the list has re-rendered after a cancelled correction: back to its "Perbaiki".
  const focusNext = useRef<string | null>(null)

  useEffect(() => {
    const entry = focusNext.current
    focusNext.current = null
    if (entry) correctButtons.current.get(entry)?.focus()
  })

  const only = organisation.statusHistory.length === 1
  const entry = (change: MembershipChange) => ({
    status: t(`member.status.${change.status}`),
    date: date(change.effectiveOn),
  })

  async function remove() {
    if (!removing || busy) return
    const refused = await removeStatus(removing.id)
    setRemoving(null)
    report(refused ? { refusal: refused } : { outcome: 'removed' })
  }

  return (
    <>
      <h3>{t('records.status.history')}</h3>
      {editable && <p className="hint">{t('records.statusHistory.derived')}</p>}
      <ol className="records-history">
        {organisation.statusHistory.map((change) => (
          <li key={change.id}>
            <strong>{date(change.effectiveOn)}</strong> — {t(`member.status.${change.status}`)}
            {change.note && <span className="records-muted"> ({change.note})</span>}
            {editable && correcting !== change.id && (
              <span className="records-history__actions">
                <button
                  ref={(button) => {
                    if (button) correctButtons.current.set(change.id, button)
                    else correctButtons.current.delete(change.id)
                  }}
                  type="button"
                  className="button"
                  aria-label={t('records.statusHistory.correctEntry', entry(change))}
                  onClick={() => {
                    report(null)
                    setCorrecting(change.id)
                  }}
                >
                  {t('records.statusHistory.correct')}
                </button>
                {!only && (
                  <button
                    type="button"
                    className="button button--danger-outline"
                    aria-label={t('records.statusHistory.removeEntry', entry(change))}
                    onClick={() => {
                      report(null)
                      setRemoving(change)
                    }}
                  >
                    {t('records.statusHistory.remove')}
                  </button>
                )}
              </span>
            )}
            {correcting === change.id && (
              <CorrectionForm
                change={change}
                onDone={(corrected) => {
                  setCorrecting(null)
                  if (corrected) report({ outcome: 'corrected' })
                  else focusNext.current = change.id
                }}
              />
            )}
          </li>
        ))}
      </ol>
      {editable && only && <p className="hint">{t('records.statusHistory.onlyOne')}</p>}
      {/* Present only with something to say; a new step is confirmed at its form instead. */}
      {feedback && 'outcome' in feedback && feedback.outcome !== 'recorded' && (
        <OutcomeNote key={feedback.key} outcome={feedback.outcome} organisation={organisation} />
      )}
      <ErrorAlert error={feedback && 'refusal' in feedback ? feedback.refusal : null} />
      {removing && (
        <ConfirmDialog
          title={t('records.statusHistory.removeTitle', entry(removing))}
          confirmLabel={t('records.statusHistory.removeConfirm')}
          cancelLabel={t('records.cancel')}
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => setRemoving(null)}
        >
          <ul>
            <li>{t('records.statusHistory.removeWrong')}</li>
            <li>{t('records.statusHistory.removeDerived')}</li>
            <li>{t('records.statusHistory.removeTravels')}</li>
          </ul>
        </ConfirmDialog>
      )}
    </>
  )
}

/** One entry's status, date and note, as they should have been recorded. */
function CorrectionForm({ change, onDone }: { change: MembershipChange; onDone(corrected: boolean): void }) {
  const t = useText()
  const { date } = useDates()
  const { busy, correctStatus } = useRecords()
  const form = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState<StatusDraft>({
    status: change.status,
    effectiveOn: change.effectiveOn,
    note: change.note ?? '',
  })
  const [refusal, setRefusal] = useState<ErrorPayload | null>(null)
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})

  useEffect(() => {
    form.current?.querySelector('select')?.focus()
  }, [])

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const refused = await correctStatus({ changeId: change.id, ...draft })
    if (!refused) return onDone(true)
    setRefusal(refused)
    setFieldErrors(refused.fields ?? {})
    focusFirstInvalid(form.current, refused.fields ?? {})
  }

  /** A field's message goes once the user changes what it is about. */
  const edit = (patch: Partial<StatusDraft>, field: StatusField) => {
    setDraft((current) => ({ ...current, ...patch }))
    setFieldErrors(({ [field]: _gone, ...rest }) => rest)
  }

  return (
    <form ref={form} noValidate className="records-inline-form" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>
          {t('records.statusHistory.correctTitle', {
            status: t(`member.status.${change.status}`),
            date: date(change.effectiveOn),
          })}
        </legend>
        <StatusFields
          statusLabel={t('records.statusHistory.status')}
          options={membershipStatuses}
          draft={draft}
          errors={fieldErrors}
          onChange={edit}
        />
      </fieldset>
      {/* Field messages sit at their fields; only a refusal of the whole correction shows here. */}
      <ErrorAlert error={refusal?.fields ? null : refusal} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" aria-busy={busy}>
          {t('records.statusHistory.submit')}
        </button>
        <button type="button" className="button" onClick={() => onDone(false)}>
          {t('records.cancel')}
        </button>
      </div>
    </form>
  )
}

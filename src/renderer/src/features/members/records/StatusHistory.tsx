import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { ErrorPayload } from '../../../../../shared/errors'
import { membershipStatuses, type MembershipChange, type OrganisationDetail } from '../../../../../shared/members'
import { useText } from '../../../i18n'
import { ConfirmDialog } from '../../../ui/ConfirmDialog'
import { useDates } from '../../../ui/dates'
import { ErrorAlert } from '../../../ui/ErrorAlert'
import { focusFirstInvalid } from './helpers'
import { StatusFields, type StatusDraft, type StatusField } from './StatusFields'
import { useRecords } from './store'

type Outcome = 'corrected' | 'removed'

/**
 * "Riwayat status" with a way to fix it: an entry recorded wrongly is corrected in place or removed.
 * Only the history is written; the status above follows from it in main, and is said back here.
 */
export function StatusHistory({ organisation, editable }: { organisation: OrganisationDetail; editable: boolean }) {
  const t = useText()
  const { date } = useDates()
  const { busy, removeStatus } = useRecords()
  const [correcting, setCorrecting] = useState<string | null>(null)
  const [removing, setRemoving] = useState<MembershipChange | null>(null)
  const [refusal, setRefusal] = useState<ErrorPayload | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const outcomeRef = useRef<HTMLParagraphElement>(null)
  const correctButtons = useRef(new Map<string, HTMLButtonElement>())
  // Where focus goes once the list has re-rendered: the outcome, or back to an entry's "Perbaiki".
  const focusNext = useRef<{ outcome: true } | { entry: string } | null>(null)

  useEffect(() => {
    const target = focusNext.current
    focusNext.current = null
    if (target && 'outcome' in target) outcomeRef.current?.focus()
    else if (target) correctButtons.current.get(target.entry)?.focus()
  })

  const only = organisation.statusHistory.length === 1
  const entry = (change: MembershipChange) => ({
    status: t(`member.status.${change.status}`),
    date: date(change.effectiveOn),
  })

  const finish = (done: Outcome) => {
    setOutcome(done)
    focusNext.current = { outcome: true }
  }

  async function remove() {
    if (!removing || busy) return
    const refused = await removeStatus(removing.id)
    setRemoving(null)
    setRefusal(refused)
    if (!refused) finish('removed')
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
                    setOutcome(null)
                    setRefusal(null)
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
                      setOutcome(null)
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
                  if (corrected) finish('corrected')
                  else focusNext.current = { entry: change.id }
                }}
              />
            )}
          </li>
        ))}
      </ol>
      {editable && only && <p className="hint">{t('records.statusHistory.onlyOne')}</p>}
      {/* Present only with something to say: focus moves to it, which reads it out. */}
      {outcome && (
        <p ref={outcomeRef} tabIndex={-1} role="status">
          {t(`records.statusHistory.${outcome}`, {
            status: t(`member.status.${organisation.status}`),
            date: date(organisation.statusSince),
          })}
        </p>
      )}
      <ErrorAlert error={refusal} />
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
      <div className="records-actions">
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

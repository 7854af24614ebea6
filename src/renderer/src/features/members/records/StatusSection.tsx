import { useDates } from '../../../ui/dates'
import { useState, type FormEvent } from 'react'
import { localDate } from '../../../../../shared/format'
import { statusTransitions, type MembershipStatus, type OrganisationDetail } from '../../../../../shared/members'
import { useText } from '../../../i18n'
import { Field } from '../../../ui/Field'
import { TextField } from '../../../ui/TextField'
import { useRecords } from './store'

/** Membership: the status now, how it got there, and the next steps it may take. */
export function StatusSection({ organisation, editable }: { organisation: OrganisationDetail; editable: boolean }) {
  const t = useText()
  const { date, zone } = useDates()
  const { fieldErrors, busy, changeStatus } = useRecords()
  const next = statusTransitions[organisation.status]
  const [status, setStatus] = useState<MembershipStatus | ''>('')
  const [effectiveOn, setEffectiveOn] = useState(localDate(new Date(), zone))
  const [note, setNote] = useState('')

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!status) return
    if (await changeStatus({ organisationId: organisation.id, status, effectiveOn, note })) {
      setStatus('')
      setNote('')
    }
  }

  return (
    <section className="card" aria-labelledby="records-status-title">
      <h2 id="records-status-title">{t('records.status.title')}</h2>
      <p>
        <span className={`records-badge records-badge--${organisation.status}`}>
          {t(`member.status.${organisation.status}`)}
        </span>{' '}
        {t('records.status.sinceDate', { date: date(organisation.statusSince) })}
      </p>
      <h3>{t('records.status.history')}</h3>
      <ol className="records-history">
        {organisation.statusHistory.map((change) => (
          <li key={change.id}>
            <strong>{date(change.effectiveOn)}</strong> — {t(`member.status.${change.status}`)}
            {change.note && <span className="records-muted"> ({change.note})</span>}
          </li>
        ))}
      </ol>
      {editable && next.length > 0 && (
        <form noValidate onSubmit={(event) => void submit(event)} className="records-inline-form">
          <h3>{t('records.status.change')}</h3>
          <div className="field-row">
            <Field label={t('records.status.new')} error={fieldErrors.status}>
              {(control) => (
                <select
                  {...control}
                  name="status"
                  value={status}
                  onChange={(event) => setStatus(event.target.value as MembershipStatus)}
                >
                  <option value="">{t('records.choose')}</option>
                  {next.map((option) => (
                    <option key={option} value={option}>
                      {t(`member.status.${option}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <TextField
              label={t('records.status.effectiveOn')}
              type="date"
              name="effectiveOn"
              value={effectiveOn}
              onChange={(event) => setEffectiveOn(event.target.value)}
              error={fieldErrors.effectiveOn}
            />
          </div>
          <TextField
            label={t('records.status.note')}
            name="note"
            value={note}
            onChange={(event) => setNote(event.target.value)}
            error={fieldErrors.note}
          />
          <button type="submit" className="button button--primary" aria-busy={busy} disabled={!status}>
            {t('records.status.submit')}
          </button>
        </form>
      )}
    </section>
  )
}

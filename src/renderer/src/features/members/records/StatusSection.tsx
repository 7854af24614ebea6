import { useDates } from '../../../ui/dates'
import { useState, type FormEvent } from 'react'
import { localDate } from '../../../../../shared/format'
import { statusTransitions, type MembershipStatus, type OrganisationDetail } from '../../../../../shared/members'
import { useText } from '../../../i18n'
import { DateField } from '../../../ui/DateField'
import { Field } from '../../../ui/Field'
import { TextField } from '../../../ui/TextField'
import { StatusHistory } from './StatusHistory'
import { focusField } from './helpers'
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
  // The button stays usable: pressing it before choosing says what is missing, at the field.
  const [unchosen, setUnchosen] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!status) {
      setUnchosen(true)
      return focusField(event.currentTarget, 'status')
    }
    if (await changeStatus({ organisationId: organisation.id, status, effectiveOn, note })) {
      setStatus('')
      setNote('')
      setUnchosen(false)
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
      <StatusHistory organisation={organisation} editable={editable} />
      {editable && next.length > 0 && (
        <form noValidate onSubmit={(event) => void submit(event)} className="records-inline-form">
          <h3>{t('records.status.change')}</h3>
          <div className="field-row">
            <Field
              label={t('records.status.new')}
              error={unchosen && !status ? t('records.status.chooseFirst') : fieldErrors.status}
            >
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
            <DateField
              label={t('records.status.effectiveOn')}
              name="effectiveOn"
              value={effectiveOn}
              onChange={setEffectiveOn}
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
          <button type="submit" className="button button--primary" aria-busy={busy}>
            {t('records.status.submit')}
          </button>
        </form>
      )}
    </section>
  )
}

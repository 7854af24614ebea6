import { useDates } from '@renderer/ui/dates'
import { useRef, useState, type FormEvent } from 'react'
import { localDate } from '@shared/format'
import { changeStatusInput, statusTransitions, type MembershipStatus, type OrganisationDetail } from '@shared/members'
import { useText } from '@renderer/i18n'
import { useFieldErrors } from './feedback'
import { StatusFields, type StatusDraft, type StatusField } from './StatusFields'
import { OutcomeNote, StatusHistory, type Feedback, type News } from './StatusHistory'
import { focusField, schemaMessages } from '@renderer/ui/form-helpers'
import { useRecords } from './store'

/** Membership: the status now, how it got there, and the next steps it may take. */
export function StatusSection({ organisation, editable }: { organisation: OrganisationDetail; editable: boolean }) {
  const t = useText()
  const { date, zone } = useDates()
  const { busy, changeStatus } = useRecords()
  const next = statusTransitions[organisation.status]
  const [draft, setDraft] = useState<StatusDraft<MembershipStatus | ''>>(() => ({
    status: '',
    effectiveOn: localDate(new Date(), zone),
    note: '',
  }))
  // Main's rules on the form's values; the step itself (which status may follow, from when) only main can judge.
  const { errors, recheck } = useFieldErrors((values: typeof draft) =>
    schemaMessages(changeStatusInput, { organisationId: organisation.id, ...values }, t),
  )
  // The button stays usable: pressing it before choosing says what is missing, at the field.
  const [unchosen, setUnchosen] = useState(false)
  const [feedback, setFeedback] = useState<Feedback>(null)
  const actions = useRef(0)
  /** Every action, here or in the history, starts by ending what the last one said. */
  const report = (news: News) => {
    setFeedback(news && { ...news, key: ++actions.current })
    if (!news) setUnchosen(false)
  }

  const change = (patch: Partial<typeof draft>, field: StatusField) => {
    const changed = { ...draft, ...patch }
    setDraft(changed)
    recheck(changed, [field])
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    report(null)
    const { status } = draft
    if (!status) {
      setUnchosen(true)
      return focusField(event.currentTarget, 'status')
    }
    if (await changeStatus({ organisationId: organisation.id, ...draft, status })) {
      setDraft((current) => ({ ...current, status: '', note: '' }))
      report({ outcome: 'recorded' })
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
      <StatusHistory organisation={organisation} editable={editable} feedback={feedback} report={report} />
      {editable && next.length > 0 && (
        <form noValidate onSubmit={(event) => void submit(event)} className="records-inline-form">
          <h3>{t('records.status.change')}</h3>
          <StatusFields
            statusLabel={t('records.status.new')}
            options={next}
            choose
            draft={draft}
            errors={{ ...errors, status: unchosen && !draft.status ? t('records.status.chooseFirst') : errors.status }}
            onChange={change}
          />
          <button type="submit" className="button button--primary" aria-busy={busy}>
            {t('records.status.submit')}
          </button>
        </form>
      )}
      {feedback && 'outcome' in feedback && feedback.outcome === 'recorded' && (
        <OutcomeNote key={feedback.key} outcome="recorded" organisation={organisation} />
      )}
    </section>
  )
}

import { useEffect, useRef, useState, type FormEvent } from 'react'
import { sessionFields, sessionFormats, type Series } from '@shared/cop'
import type { ErrorPayload } from '@shared/errors'
import { localDate } from '@shared/format'
import { useText } from '@renderer/i18n'
import { PageHeading } from '@renderer/features/members/records/PageHeading'
import { useHub } from '@renderer/features/hub/store'
import { DateField } from '@renderer/ui/DateField'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { focusFirstRefused } from '@renderer/ui/focus-refused'
import { focusField, go, schemaMessages } from '@renderer/ui/form-helpers'
import { Lookup } from '@renderer/ui/Lookup'
import { SelectField } from '@renderer/ui/SelectField'
import { TextAreaField } from '@renderer/ui/TextAreaField'
import { TextField } from '@renderer/ui/TextField'
import { useDates } from '@renderer/ui/dates'
import { useAspects } from '../aspects'
import { copHref } from '../routes'
import { copCalls, findOrganisations } from '../store'
import { newSessionDraft, sessionDraftOf, sessionInputOf, type SessionDraft } from './draft'
import { NewSeries } from './NewSeries'
import { PeoplePicker } from '@renderer/ui/PeoplePicker'
import { findPeople } from '@renderer/features/members/find-people'
import '@renderer/ui/Form.css'
import '../cop.css'

/** A new session (`id` null) or an edit: Enter in any field saves, refusals focus their field. */
export function SessionForm({ id }: { id: string | null }) {
  const t = useText()
  const { zone } = useDates()
  const hubName = useHub((state) => (state.status?.setUp ? state.status.identity.name : ''))
  const aspects = useAspects()
  const formRef = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState<SessionDraft | null>(() =>
    id ? null : newSessionDraft(localDate(new Date(), zone)),
  )
  const [series, setSeries] = useState<Series[]>([])
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<ErrorPayload | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void copCalls.listSeries().then((result) => result.ok && setSeries(result.value))
    if (id)
      void copCalls.getSession(id).then((result) => {
        if (result.ok) setDraft(sessionDraftOf(result.value))
        else setError(result.error)
      })
  }, [id])

  const heading = <PageHeading>{t(id ? 'cop.form.editTitle' : 'cop.form.newTitle')}</PageHeading>
  if (!draft)
    return (
      <div className="cop-page">
        {heading}
        <ErrorAlert error={error} />
      </div>
    )
  const set = (patch: Partial<SessionDraft>) => setDraft({ ...draft, ...patch })

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy || !draft) return
    const input = sessionInputOf(draft)
    const refused = (found: Record<string, string>) => {
      setErrors(found)
      focusFirstRefused(formRef.current, found)
    }
    setError(null)
    // The schema's cross-field rules run only once every field parses: said at once, not a round later.
    const messages = schemaMessages(sessionFields, input, t)
    if (input.endsAt <= input.startsAt && !messages.startsAt && !messages.endsAt)
      messages.endsAt = t('validation.cop.session.endBeforeStart')
    if (Object.keys(messages).length > 0) return refused(messages)
    setBusy(true)
    const result = await copCalls.saveSession(input, id)
    setBusy(false)
    if (!result.ok) {
      setError(result.error)
      return refused(result.error.fields ?? {})
    }
    go(copHref({ view: 'session', id: result.value.id }))
  }

  const text = (
    name: keyof SessionDraft,
    label: string,
    extra: { hint?: string; inputMode?: 'numeric'; error?: string } = {},
  ) => (
    <TextField
      label={label}
      name={name}
      autoComplete="off"
      value={draft[name] as string}
      error={extra.error ?? errors[name]}
      hint={extra.hint}
      inputMode={extra.inputMode}
      onChange={(event) => set({ [name]: event.target.value })}
    />
  )
  return (
    <div className="cop-page">
      {heading}
      <form ref={formRef} noValidate className="stack sectioned-form cop-form" onSubmit={(event) => void submit(event)}>
        <ErrorAlert error={error} />
        {text('title', t('cop.form.title'))}
        <div className="field-row">
          <SelectField
            label={t('cop.form.aspect')}
            name="aspect"
            value={draft.aspect}
            placeholder={t('cop.form.choose')}
            options={aspects.options}
            error={errors.aspect}
            onChange={(event) => set({ aspect: event.target.value })}
          />
          <SelectField
            label={t('cop.form.format')}
            name="format"
            value={draft.format}
            placeholder={t('cop.form.choose')}
            options={sessionFormats.map((format) => ({ value: format, label: t(`cop.format.${format}`) }))}
            error={errors.format}
            onChange={(event) => set({ format: event.target.value as SessionDraft['format'] })}
          />
        </div>
        <div className="field-row">
          <DateField
            label={t('cop.form.startsAt', { zone })}
            name="startsAt"
            value={draft.startDay}
            error={errors.startsAt}
            onChange={(startDay) =>
              set({ startDay, endDay: draft.endDay === draft.startDay ? startDay : draft.endDay })
            }
          />
          {text('startTime', t('cop.form.startTime'), { hint: t('cop.form.timeHint') })}
          <DateField
            label={t('cop.form.endsAt', { zone })}
            name="endsAt"
            value={draft.endDay}
            error={errors.endsAt}
            onChange={(endDay) => set({ endDay })}
          />
          {text('endTime', t('cop.form.endTime'), { hint: t('cop.form.timeHint') })}
        </div>
        {text('moduleReference', t('cop.form.module'))}
        <div className="field-row">
          {text('venue', t('cop.form.venue'))}
          {text('meetingLink', t('cop.form.meetingLink'))}
          {text('capacity', t('cop.form.capacity'), { inputMode: 'numeric' })}
        </div>
        <Lookup
          label={t('cop.form.organiser')}
          name="organiserOrganisationId"
          hint={
            draft.organiser
              ? undefined
              : `${t('cop.form.organiserHub', { hub: hubName })}. ${t('cop.form.organiserHint')}`
          }
          chosen={draft.organiser}
          error={errors.organiserOrganisationId}
          find={findOrganisations}
          onChoose={(organiser) => set({ organiser })}
        />
        <PeoplePicker
          label={t('cop.form.facilitators')}
          name="facilitatorIds"
          hint={t('cop.form.facilitatorsHint')}
          chosen={draft.facilitators}
          error={errors.facilitatorIds}
          find={findPeople}
          removeText={t('cop.form.remove')}
          removeLabel={(name) => t('cop.form.removeFacilitator', { name })}
          onChange={(facilitators) => set({ facilitators })}
        />
        <div className="field-row">
          <SelectField
            label={t('cop.form.series')}
            name="seriesId"
            value={draft.seriesId}
            placeholder={t('cop.form.noSeries')}
            options={series.map((s) => ({ value: s.id, label: s.title }))}
            error={errors.seriesId}
            onChange={(event) =>
              set({ seriesId: event.target.value, seriesPart: event.target.value ? draft.seriesPart : '' })
            }
          />
          {draft.seriesId !== '' && text('seriesPart', t('cop.form.seriesPart'), { inputMode: 'numeric' })}
        </div>
        <NewSeries
          aspect={draft.aspect}
          onCreated={(list, created) => {
            setSeries(list)
            set({ seriesId: created.id })
            window.setTimeout(() => focusField(formRef.current, 'seriesPart'))
          }}
        />
        <div className="field-row">
          {text('thresholdMinutes', t('cop.form.threshold'), {
            hint: t('cop.form.thresholdHint'),
            inputMode: 'numeric',
          })}
          {text('passScore', t('cop.form.passScore'), { inputMode: 'numeric' })}
        </div>
        <TextAreaField
          label={t('cop.form.notes')}
          name="notes"
          value={draft.notes}
          error={errors.notes}
          onChange={(event) => set({ notes: event.target.value })}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-busy={busy}>
            {t('cop.form.save')}
          </button>
          <a className="button" href={id ? copHref({ view: 'session', id }) : copHref({ view: 'sessions' })}>
            {t('cop.form.cancel')}
          </a>
        </div>
      </form>
    </div>
  )
}

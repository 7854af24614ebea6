import { useRef, useState, type FormEvent } from 'react'
import type { ErrorPayload } from '@shared/errors'
import { zonedToUtc } from '@shared/format'
import { openRequestInput, requestKinds, type OpenRequestInput, type RequestKind } from '@shared/privacy'
import { useText, type MessageKey, type Translate } from '@renderer/i18n'
import { DateField } from '@renderer/ui/DateField'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { focusFirstRefused } from '@renderer/ui/focus-refused'
import { go } from '@renderer/ui/form-helpers'
import type { LookupOption } from '@renderer/ui/Lookup'
import { ScreenHeading } from '@renderer/ui/ScreenHeading'
import { SelectField } from '@renderer/ui/SelectField'
import { TextAreaField } from '@renderer/ui/TextAreaField'
import { TextField } from '@renderer/ui/TextField'
import { useDates } from '@renderer/ui/dates'
import { PersonPicker } from './PersonPicker'
import { requestsHref } from './routes'
import { findPeople, useRequests } from './store'
import { localNow, timeOf, useWhen } from './time'
import '@renderer/ui/Form.css'

/** The form as typed: the date and the time apart, as the hub's wall clock reads them. */
interface Draft {
  kind: RequestKind | ''
  person: LookupOption | null
  /** The name as typed in the person field: chosen from the directory, or refused. */
  personText: string
  requesterName: string
  receivedDay: string
  receivedTime: string
  verification: string
  details: string
}

/** The fields main names in its refusals, in the form's order; anything else is said above the form. */
const placed = ['kind', 'personId', 'requesterName', 'receivedAt', 'receivedTime', 'verification', 'details']

/** Main's schema, run here first so each message sits at its field before anything is sent. */
function refusalsOf(input: OpenRequestInput, t: Translate): Record<string, string> {
  const messages: Record<string, string> = {}
  for (const issue of openRequestInput.safeParse(input).error?.issues ?? []) {
    const field = String(issue.path[0] ?? '_')
    const known = issue.message.startsWith('privacy.') || issue.message.startsWith('validation.')
    messages[field] ??= known ? t(issue.message as MessageKey) : t('validation.invalid')
  }
  return messages
}

/** Records a request as it arrives: Enter in any field saves, a refusal focuses its field. */
export function RequestForm() {
  const t = useText()
  const { zone } = useDates()
  const when = useWhen()
  const open = useRequests((state) => state.open)
  const formRef = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState<Draft>(() => {
    const now = localNow(Date.now(), zone)
    return {
      kind: '',
      person: null,
      personText: '',
      requesterName: '',
      receivedDay: now.day,
      receivedTime: now.time,
      verification: '',
      details: '',
    }
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<ErrorPayload | null>(null)
  const [busy, setBusy] = useState(false)

  const change = (patch: Partial<Draft>, fields: string[]) => {
    setDraft((current) => ({ ...current, ...patch }))
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !fields.includes(field))))
  }

  function refuse(messages: Record<string, string>) {
    setErrors(messages)
    focusFirstRefused(formRef.current, messages)
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const time = timeOf(draft.receivedTime)
    const input: OpenRequestInput = {
      kind: draft.kind as RequestKind,
      personId: draft.person?.id ?? null,
      requesterName: draft.requesterName,
      receivedAt: `${draft.receivedDay}T${time ?? '00:00'}`,
      verification: draft.verification,
      details: draft.details,
    }
    const messages = refusalsOf(input, t)
    // A name typed and never chosen would save as "not in the directory": the person is asked for.
    if (!draft.person && draft.personText.trim() !== '')
      messages.personId = t('privacyRequests.form.personNotChosen', { text: draft.personText.trim() })
    if (time === null)
      messages.receivedTime = t('privacyRequests.form.timeInvalid', { text: draft.receivedTime.trim() })
    // Main refuses a receipt still to come; said here with the time it is now, at the field to fix.
    else if (!messages.receivedAt && Date.parse(zonedToUtc(input.receivedAt, zone)) > Date.now() + 60_000) {
      const field = draft.receivedDay === localNow(Date.now(), zone).day ? 'receivedTime' : 'receivedAt'
      messages[field] = t('privacyRequests.form.future', { now: when(new Date().toISOString()) })
    }
    setError(null)
    if (Object.keys(messages).length > 0) return refuse(messages)
    setBusy(true)
    const result = await open(input)
    setBusy(false)
    if (!result.ok) {
      setError(result.error)
      return refuse(result.error.fields ?? {})
    }
    go(requestsHref({ view: 'register' }))
  }

  const unplaced = Object.entries(errors)
    .filter(([field]) => !placed.includes(field))
    .map(([, message]) => message)

  return (
    <div className="privacy-requests form-page">
      <p className="privacy-requests__back">
        <a href={requestsHref({ view: 'register' })}>
          <span aria-hidden="true">← </span>
          {t('privacyRequests.request.back')}
        </a>
      </p>
      <ScreenHeading>{t('privacyRequests.form.title')}</ScreenHeading>
      <p className="hint">{t('privacyRequests.form.lead')}</p>
      <p className="privacy-requests__law">{t('privacyRequests.law')}</p>
      <ErrorAlert error={error} details={unplaced} />
      <form
        ref={formRef}
        noValidate
        className="stack sectioned-form"
        onSubmit={(event) => void submit(event)}
        // A select takes Enter as its own; here, as in every field, Enter saves.
        onKeyDown={(event) => {
          if (event.key === 'Enter' && event.target instanceof HTMLSelectElement) {
            event.preventDefault()
            formRef.current?.requestSubmit()
          }
        }}
      >
        <p className="hint">{t('privacyRequests.form.enterSaves')}</p>
        <SelectField
          label={t('privacyRequests.form.kind')}
          name="kind"
          value={draft.kind}
          placeholder={t('privacyRequests.form.choose')}
          options={requestKinds.map((kind) => ({ value: kind, label: t(`privacyRequests.kind.${kind}`) }))}
          error={errors.kind}
          onChange={(event) => change({ kind: event.target.value as RequestKind }, ['kind'])}
        />
        <PersonPicker
          label={t('privacyRequests.form.person')}
          name="personId"
          hint={t('privacyRequests.form.personHint')}
          text={draft.personText}
          onText={(personText) => change({ personText }, ['personId'])}
          chosen={draft.person}
          find={findPeople}
          error={errors.personId}
          // Most often the person asks for themselves: their name fills an empty requester field.
          onChoose={(person) =>
            change({ person, ...(person && draft.requesterName.trim() === '' && { requesterName: person.label }) }, [
              'personId',
              ...(person ? ['requesterName'] : []),
            ])
          }
        />
        <TextField
          label={t('privacyRequests.form.requester')}
          hint={t('privacyRequests.form.requesterHint')}
          name="requesterName"
          autoComplete="off"
          value={draft.requesterName}
          error={errors.requesterName}
          onChange={(event) => change({ requesterName: event.target.value }, ['requesterName'])}
        />
        <div className="field-row">
          <DateField
            label={t('privacyRequests.form.receivedDate', { zone })}
            name="receivedAt"
            value={draft.receivedDay}
            error={errors.receivedAt}
            onChange={(receivedDay) => change({ receivedDay }, ['receivedAt'])}
          />
          <TextField
            label={t('privacyRequests.form.receivedTime', { zone })}
            hint={t('privacyRequests.form.timeHint')}
            name="receivedTime"
            autoComplete="off"
            inputMode="numeric"
            value={draft.receivedTime}
            error={errors.receivedTime}
            onChange={(event) => change({ receivedTime: event.target.value }, ['receivedTime', 'receivedAt'])}
          />
        </div>
        <TextField
          label={t('privacyRequests.form.verification')}
          hint={t('privacyRequests.form.verificationHint')}
          name="verification"
          autoComplete="off"
          value={draft.verification}
          error={errors.verification}
          onChange={(event) => change({ verification: event.target.value }, ['verification'])}
        />
        <TextAreaField
          label={t('privacyRequests.form.details')}
          name="details"
          value={draft.details}
          error={errors.details}
          onChange={(event) => change({ details: event.target.value }, ['details'])}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-busy={busy}>
            {t('privacyRequests.form.save')}
          </button>
          <a className="button" href={requestsHref({ view: 'register' })}>
            {t('privacyRequests.form.cancel')}
          </a>
        </div>
      </form>
    </div>
  )
}

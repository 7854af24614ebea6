import { useEffect, useRef, useState, type FormEvent } from 'react'
import { localDate } from '@shared/format'
import { createSupporterInput, supporterKinds, type Supporter, type SupporterKind } from '@shared/pledges'
import { useText, type MessageKey } from '@renderer/i18n'
import { focusField, go, schemaMessages } from '@renderer/ui/form-helpers'
import { PageHeading } from '@renderer/features/members/records/PageHeading'
import { RecordSearch } from '@renderer/features/members/records/RecordSearch'
import { useHub } from '@renderer/features/hub/store'
import { useHubProvince, useHubRegencies, useReference } from '@renderer/features/reference/store'
import { ConsentFields } from '@renderer/ui/ConsentFields'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { useFieldErrors } from '@renderer/ui/field-errors'
import { SelectField } from '@renderer/ui/SelectField'
import { TextAreaField } from '@renderer/ui/TextAreaField'
import { TextField } from '@renderer/ui/TextField'
import { galangDayaHref } from '../routes'
import { DuplicateHint, DuplicateNotice } from './SupporterDuplicates'
import { useSupporters, type SupporterInput } from './store'
import './supporters.css'

interface SupporterDraft {
  name: string
  kind: string
  organisationId: string
  organisationName: string
  regencyCode: string
  contactPerson: string
  phone: string
  email: string
  address: string
  consent: boolean
  consentOn: string
  notes: string
}
type TextKey = 'name' | 'contactPerson' | 'phone' | 'email'

const draftOf = (supporter: Supporter | null): SupporterDraft => ({
  name: supporter?.name ?? '',
  kind: supporter?.kind ?? '',
  organisationId: supporter?.organisationId ?? '',
  organisationName: supporter?.organisationName ?? '',
  regencyCode: supporter?.regencyCode ?? '',
  contactPerson: supporter?.contactPerson ?? '',
  phone: supporter?.phone ?? '',
  email: supporter?.email ?? '',
  address: supporter?.address ?? '',
  consent: supporter?.consent ?? false,
  consentOn: supporter?.consentOn ?? '',
  notes: supporter?.notes ?? '',
})

/** Focus goes to the first field with a message in the form's order, whatever order the checks ran in. */
function focusFirstOf(form: HTMLFormElement | null, messages: Record<string, string>): void {
  const first = [...(form?.elements ?? [])].find(
    (element) => element instanceof HTMLElement && 'name' in element && String(element.name) in messages,
  )
  if (first instanceof HTMLElement) first.focus()
}

/** Main checks every value; the form passes what was typed, with "none chosen" as null. */
const inputOf = (
  { organisationName: _name, organisationId, regencyCode, consentOn, ...draft }: SupporterDraft,
  allowDuplicates: boolean,
) =>
  ({
    ...draft,
    organisationId: organisationId || null,
    regencyCode: regencyCode || null,
    consentOn: consentOn || null,
    allowDuplicates,
  }) as SupporterInput

export function SupporterForm({ id }: { id: string | null }) {
  const t = useText()
  const { supporter, error, load, reset } = useSupporters()
  const provinceCode = useHubProvince()
  useEffect(() => {
    reset()
    void useReference.getState().loadTaxonomies(provinceCode)
    if (id) void load(id)
  }, [id, load, reset, provinceCode])
  const title = t(id ? 'supporters.form.editTitle' : 'supporters.form.newTitle')
  if (id && supporter?.id !== id)
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <ErrorAlert error={error} />
      </>
    )
  return <SupporterFormBody key={id ?? 'new'} id={id} title={title} initial={draftOf(id ? supporter : null)} />
}

function SupporterFormBody({ id, title, initial }: { id: string | null; title: string; initial: SupporterDraft }) {
  const t = useText()
  const { error, fieldErrors, busy, save, refuse, checkDraft, dismissDuplicates } = useSupporters()
  const zone = useHub((state) => (state.status?.setUp ? state.status.identity.timeZone : 'WIB'))
  const regencies = useHubRegencies()
  const [draft, setDraft] = useState(initial)
  const formRef = useRef<HTMLFormElement>(null)
  const { errors, recheck } = useFieldErrors(fieldErrors, (values: SupporterDraft) =>
    schemaMessages(createSupporterInput, inputOf(values, false), t),
  )
  const set = (patch: Partial<SupporterDraft>) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    recheck(next, Object.keys(patch))
    dismissDuplicates()
    if (['name', 'kind', 'phone', 'email'].some((field) => field in patch))
      checkDraft(
        {
          name: next.name,
          kind: (next.kind || undefined) as SupporterKind | undefined,
          phone: next.phone,
          email: next.email,
        },
        id,
      )
  }
  const textField = (field: TextKey, label: MessageKey, type = 'text') => (
    <TextField
      label={t(label)}
      name={field}
      type={type}
      value={draft[field]}
      onChange={(event) => set({ [field]: event.target.value })}
      error={errors[field]}
    />
  )

  async function submit(allowDuplicates: boolean) {
    // What the schema refuses is said at once, at its field; main is asked only about the rest.
    const problems = schemaMessages(createSupporterInput, inputOf(draft, allowDuplicates), t)
    if (Object.keys(problems).length > 0) {
      refuse(problems)
      return focusFirstOf(formRef.current, problems)
    }
    const saved = await save(inputOf(draft, allowDuplicates), id)
    if (saved) return go(galangDayaHref({ view: 'supporter', id: saved }))
    focusFirstOf(formRef.current, useSupporters.getState().fieldErrors)
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    void submit(false)
  }

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <form ref={formRef} noValidate onSubmit={onSubmit} className="stack supporters-form">
        <ErrorAlert error={error} />
        {textField('name', 'supporters.field.name')}
        <DuplicateHint />
        <SelectField
          label={t('supporters.field.kind')}
          name="kind"
          value={draft.kind}
          error={errors.kind}
          placeholder={t('supporters.form.choose')}
          onChange={(event) => {
            const kind = event.target.value
            // Only an OMS is linked to the directory: another kind lets go of the OMS chosen.
            set(kind === 'organisation' ? { kind } : { kind, organisationId: '', organisationName: '' })
          }}
          options={supporterKinds.map((kind) => ({ value: kind, label: t(`supporters.kind.${kind}`) }))}
        />
        {draft.kind === 'organisation' && (
          // Named and focusable so a refusal of the choice brings focus here, to its message.
          <fieldset
            name="organisationId"
            tabIndex={-1}
            aria-describedby={errors.organisationId ? 'supporters-organisation-error' : undefined}
          >
            <legend>{t('supporters.field.organisation')}</legend>
            <p>
              {draft.organisationName ? (
                <strong>{draft.organisationName}</strong>
              ) : (
                t('supporters.field.noOrganisation')
              )}
            </p>
            {errors.organisationId && (
              <p id="supporters-organisation-error" className="field-error">
                {errors.organisationId}
              </p>
            )}
            <RecordSearch
              kind="organisation"
              label={t('supporters.field.findOrganisation')}
              excludeId={draft.organisationId}
              action={(hit) => (
                <button
                  type="button"
                  className="button"
                  onClick={() => set({ organisationId: hit.id, organisationName: hit.name })}
                >
                  {t('supporters.field.chooseOrganisation', { name: hit.name })}
                </button>
              )}
            />
          </fieldset>
        )}
        <SelectField
          label={t('supporters.field.regency')}
          name="regencyCode"
          value={draft.regencyCode}
          error={errors.regencyCode}
          placeholder={t('supporters.field.noRegency')}
          onChange={(event) => set({ regencyCode: event.target.value })}
          options={regencies.map((regency) => ({ value: regency.code, label: regency.name }))}
        />
        {textField('contactPerson', 'supporters.field.contactPerson')}
        <div className="field-row">
          {textField('phone', 'supporters.field.phone', 'tel')}
          {textField('email', 'supporters.field.email', 'email')}
        </div>
        <TextAreaField
          label={t('supporters.field.address')}
          name="address"
          value={draft.address}
          error={errors.address}
          onChange={(event) => set({ address: event.target.value })}
        />
        <ConsentFields
          consent={draft.consent}
          consentOn={draft.consentOn}
          texts={{
            legend: t('supporters.field.consentTitle'),
            hint: t('supporters.field.consentHint'),
            consent: t('supporters.field.consent'),
            consentOn: t('supporters.field.consentOn'),
          }}
          today={localDate(new Date(), zone)}
          error={errors.consentOn}
          onChange={set}
        />
        <TextAreaField
          label={t('supporters.field.notes')}
          name="notes"
          value={draft.notes}
          error={errors.notes}
          onChange={(event) => set({ notes: event.target.value })}
        />
        <DuplicateNotice onSaveAnyway={() => void submit(true)} onBack={() => focusField(formRef.current, 'name')} />
        <div className="supporters-actions">
          <button type="submit" className="button button--primary" aria-busy={busy}>
            {t('supporters.form.save')}
          </button>
          <a className="button" href={galangDayaHref(id ? { view: 'supporter', id } : { view: 'supporters' })}>
            {t('supporters.form.cancel')}
          </a>
        </div>
      </form>
    </>
  )
}

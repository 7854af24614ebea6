import { useEffect, useRef, type ChangeEvent, type FormEvent } from 'react'
import { localDate } from '@shared/format'
import {
  createOrganisationInput,
  legalForms,
  membershipStatuses,
  type MembershipStatus,
  type OrganisationDetail,
} from '@shared/members'
import { useText, type MessageKey } from '@renderer/i18n'
import { DateField } from '@renderer/ui/DateField'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { SelectField } from '@renderer/ui/SelectField'
import { TextAreaField } from '@renderer/ui/TextAreaField'
import { TextField } from '@renderer/ui/TextField'
import { useHub } from '@renderer/features/hub/store'
import { useLanguage } from '@renderer/features/language/store'
import { membersHref } from '../routes'
import { PageHeading } from './PageHeading'
import { focusFirstInvalid, go, schemaMessages, termName } from '@renderer/ui/form-helpers'
import { CandidateList } from './DuplicateNotice'
import { useDraft } from './draft'
import { useFieldErrors } from './feedback'
import { FormFooter } from './FormFooter'
import { noteSavedOrganisation } from './saved-person'
import { useRecords, type OrganisationInput } from './store'
import { PlaceFields } from '@renderer/features/reference/PlaceFields'
import { SectorAndSdgChoices } from '@renderer/features/reference/TermChoices'
import { useReference } from '@renderer/features/reference/store'

export interface OrganisationDraft {
  name: string
  acronym: string
  typeCode: string
  legalForm: string
  registrationNumber: string
  foundedYear: string
  regencyCode: string
  districtCode: string
  districtName: string
  villageCode: string
  villageName: string
  address: string
  phone: string
  email: string
  website: string
  socialMedia: string
  sectorCodes: string[]
  sdgs: number[]
  focus: string
  beneficiaries: string
  staffCount: string
  volunteerCount: string
  notes: string
  status: MembershipStatus
  statusSince: string
}
type TextKey = {
  [K in keyof OrganisationDraft]: OrganisationDraft[K] extends string ? K : never
}[keyof OrganisationDraft]

const text = (value: string | number | null) => (value === null ? '' : String(value))

function draftOf(detail: OrganisationDetail | null, today: string): OrganisationDraft {
  return {
    name: detail?.name ?? '',
    acronym: text(detail?.acronym ?? null),
    typeCode: text(detail?.typeCode ?? null),
    legalForm: text(detail?.legalForm ?? null),
    registrationNumber: text(detail?.registrationNumber ?? null),
    foundedYear: text(detail?.foundedYear ?? null),
    regencyCode: detail?.regencyCode ?? '',
    districtCode: text(detail?.districtCode ?? null),
    districtName: text(detail?.districtName ?? null),
    villageCode: text(detail?.villageCode ?? null),
    villageName: text(detail?.villageName ?? null),
    address: text(detail?.address ?? null),
    phone: text(detail?.phone ?? null),
    email: text(detail?.email ?? null),
    website: text(detail?.website ?? null),
    socialMedia: text(detail?.socialMedia ?? null),
    sectorCodes: detail?.sectorCodes ?? [],
    sdgs: detail?.sdgs ?? [],
    focus: text(detail?.focus ?? null),
    beneficiaries: text(detail?.beneficiaries ?? null),
    staffCount: text(detail?.staffCount ?? null),
    volunteerCount: text(detail?.volunteerCount ?? null),
    notes: text(detail?.notes ?? null),
    status: detail?.status ?? 'candidate',
    statusSince: today,
  }
}

function inputOf(draft: OrganisationDraft, creating: boolean, allowDuplicates: boolean): OrganisationInput {
  const { status, statusSince, legalForm, districtCode, villageCode, ...rest } = draft
  return {
    ...rest,
    legalForm: legalForm === '' ? null : (legalForm as OrganisationInput['legalForm']),
    districtCode: districtCode === '' ? null : districtCode,
    villageCode: villageCode === '' ? null : villageCode,
    allowDuplicates,
    ...(creating && { status, statusSince }),
  }
}

/** Waits for the record being edited, then hands the form its starting values. */
export function OrganisationForm({ id }: { id: string | null }) {
  const t = useText()
  const identity = useHub((state) => (state.status?.setUp ? state.status.identity : null))
  const { organisation, error, loadOrganisation, loadReference, reset } = useRecords()
  useEffect(() => {
    reset()
    void loadReference(identity?.provinceCode ?? null)
    if (id) void loadOrganisation(id)
  }, [id, identity, loadOrganisation, loadReference, reset])
  if (!identity) return null
  const today = localDate(new Date(), identity.timeZone)
  if (id && organisation?.id !== id)
    return (
      <>
        <PageHeading>{t('records.organisation.editTitle')}</PageHeading>
        <ErrorAlert error={error} />
      </>
    )
  return <OrganisationFormBody key={id ?? 'new'} id={id} initial={draftOf(id ? organisation : null, today)} />
}

function OrganisationFormBody({ id, initial }: { id: string | null; initial: OrganisationDraft }) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const taxonomies = useReference((state) => state.taxonomies)
  const { error, hint, saveOrganisation, checkOrganisationDraft, dismissDuplicates, park } = useRecords()
  const [draft, setDraft] = useDraft(initial)
  const formRef = useRef<HTMLFormElement>(null)
  const creating = id === null
  const { errors, recheck } = useFieldErrors((values: OrganisationDraft) =>
    schemaMessages(createOrganisationInput, inputOf(values, creating, false), t),
  )

  // A quiet look for likely duplicates while the identifying fields are typed.
  const { name, regencyCode, phone, email } = draft
  useEffect(() => {
    if (name.trim().length < 2 && !phone && !email) return
    const timer = window.setTimeout(() => {
      void checkOrganisationDraft({
        name: name.trim().length >= 2 ? name : undefined,
        regencyCode: regencyCode || undefined,
        phone: phone || undefined,
        email: email || undefined,
        excludeId: id ?? undefined,
      })
    }, 400)
    return () => window.clearTimeout(timer)
  }, [name, regencyCode, phone, email, id, checkOrganisationDraft])

  const set = (patch: Partial<OrganisationDraft>) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    recheck(next, Object.keys(patch))
    dismissDuplicates()
  }
  const onText = (field: TextKey) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    set({ [field]: event.target.value })
  const textField = (field: TextKey, label: MessageKey, extra: { type?: string; inputMode?: 'numeric' } = {}) => (
    <TextField
      label={t(label)}
      name={field}
      value={draft[field]}
      onChange={onText(field)}
      error={errors[field]}
      {...extra}
    />
  )
  const textArea = (field: TextKey, label: MessageKey) => (
    <TextAreaField label={t(label)} error={errors[field]} name={field} value={draft[field]} onChange={onText(field)} />
  )

  async function submit(allowDuplicates: boolean) {
    const outcome = await saveOrganisation(inputOf(draft, creating, allowDuplicates), id)
    if (outcome.saved) {
      noteSavedOrganisation(outcome.id, draft.name.trim())
      return go(membersHref({ view: 'organisation', id: outcome.id }))
    }
    focusFirstInvalid(formRef.current, useRecords.getState().fieldErrors)
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    void submit(false)
  }

  return (
    <>
      <PageHeading>{creating ? t('records.organisation.newTitle') : t('records.organisation.editTitle')}</PageHeading>
      <form ref={formRef} noValidate onSubmit={onSubmit} className="stack sectioned-form">
        <ErrorAlert error={error} />
        <fieldset>
          <legend>{t('records.organisation.identity')}</legend>
          {textField('name', 'memberField.name')}
          {hint.length > 0 && (
            <div className="records-hint" aria-live="polite">
              <p>{t('records.duplicates.hint')}</p>
              <CandidateList candidates={hint} onOpen={() => park(draft)} />
            </div>
          )}
          <div className="field-row">
            {textField('acronym', 'memberField.acronym')}
            <SelectField
              label={t('memberField.type')}
              error={errors.typeCode}
              name="typeCode"
              value={draft.typeCode}
              onChange={onText('typeCode')}
              placeholder={t('records.choose')}
              options={(taxonomies?.organisationTypes ?? []).map((term) => ({
                value: term.code,
                label: termName(term, language),
              }))}
            />
          </div>
          <div className="field-row">
            <SelectField
              label={t('memberField.legalForm')}
              error={errors.legalForm}
              name="legalForm"
              value={draft.legalForm}
              onChange={onText('legalForm')}
              placeholder={t('records.none')}
              options={legalForms.map((form) => ({ value: form, label: t(`member.legalForm.${form}`) }))}
            />
            {textField('registrationNumber', 'memberField.registrationNumber')}
          </div>
          {textField('foundedYear', 'memberField.foundedYear', { inputMode: 'numeric' })}
        </fieldset>

        <PlaceFields draft={draft} errors={errors} onChange={set} />

        <fieldset>
          <legend>{t('records.organisation.contact')}</legend>
          {textArea('address', 'memberField.address')}
          <div className="field-row">
            {textField('phone', 'memberField.phone', { type: 'tel' })}
            {textField('email', 'memberField.email', { type: 'email' })}
          </div>
          <div className="field-row">
            {textField('website', 'memberField.website')}
            {textField('socialMedia', 'memberField.socialMedia')}
          </div>
        </fieldset>

        <SectorAndSdgChoices
          legends={{ sectors: t('memberField.sectors'), sdgs: t('memberField.sdgs') }}
          language={language}
          sectorCodes={draft.sectorCodes}
          sdgs={draft.sdgs}
          errors={errors}
          onChange={set}
        />

        <fieldset>
          <legend>{t('records.organisation.work')}</legend>
          {textArea('focus', 'memberField.focus')}
          {textArea('beneficiaries', 'memberField.beneficiaries')}
          <div className="field-row">
            {textField('staffCount', 'memberField.staffCount', { inputMode: 'numeric' })}
            {textField('volunteerCount', 'memberField.volunteerCount', { inputMode: 'numeric' })}
          </div>
          {textArea('notes', 'memberField.notes')}
        </fieldset>

        {creating && (
          <fieldset>
            <legend>{t('records.status.title')}</legend>
            <div className="field-row">
              <SelectField
                label={t('records.status.current')}
                error={errors.status}
                name="status"
                value={draft.status}
                onChange={onText('status')}
                options={membershipStatuses.map((status) => ({ value: status, label: t(`member.status.${status}`) }))}
              />
              <DateField
                label={t('records.status.since')}
                name="statusSince"
                value={draft.statusSince}
                onChange={(statusSince) => set({ statusSince })}
                error={errors.statusSince}
              />
            </div>
          </fieldset>
        )}

        <FormFooter
          cancelHref={
            id ? membersHref({ view: 'organisation', id }) : membersHref({ view: 'directory', tab: 'organisations' })
          }
          onSaveAnyway={() => void submit(true)}
          onOpenCandidate={() => park(draft)}
        />
      </form>
    </>
  )
}

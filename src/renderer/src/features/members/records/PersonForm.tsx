import { useEffect, useRef, type FormEvent } from 'react'
import { localDate } from '@shared/format'
import { createPersonInput, genders, personRoles, type PersonDetail } from '@shared/members'
import { useText, type MessageKey } from '@renderer/i18n'
import { ConsentFields } from '@renderer/ui/ConsentFields'
import { DateField } from '@renderer/ui/DateField'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { SelectField } from '@renderer/ui/SelectField'
import { TextAreaField } from '@renderer/ui/TextAreaField'
import { TextField } from '@renderer/ui/TextField'
import { useHub } from '@renderer/features/hub/store'
import { membersHref } from '../routes'
import { PageHeading } from './PageHeading'
import { focusFirstInvalid, go, schemaMessages } from '@renderer/ui/form-helpers'
import { useDraft } from './draft'
import { useFieldErrors } from './feedback'
import { FormFooter } from './FormFooter'
import { RecordSearch } from './RecordSearch'
import { noteSavedPerson } from './saved-person'
import { useRecords, type PersonInput } from './store'

interface PersonDraft {
  name: string
  gender: string
  birthYear: string
  role: string
  organisationId: string
  organisationName: string
  phone: string
  email: string
  consent: boolean
  consentOn: string
  notes: string
  /** Start of the affiliation with the chosen OMS; '' for someone whose affiliations all ended. */
  affiliatedSince: string
}
type TextKey = Exclude<keyof PersonDraft, 'consent' | 'affiliatedSince'>

/** When the person's open affiliation with their recorded OMS began, if it is still open. */
const currentStart = (person: PersonDetail) =>
  person.affiliations.find(
    (affiliation) => affiliation.untilOn === null && affiliation.organisationId === person.organisationId,
  )?.fromOn ?? ''

const draftOf = (
  person: PersonDetail | null,
  organisation: { id: string; name: string } | null,
  today: string,
): PersonDraft => ({
  name: person?.name ?? '',
  gender: person?.gender ?? '',
  birthYear: person?.birthYear?.toString() ?? '',
  role: person?.role ?? '',
  organisationId: person?.organisationId ?? organisation?.id ?? '',
  organisationName: person?.organisationName ?? organisation?.name ?? '',
  phone: person?.phone ?? '',
  email: person?.email ?? '',
  consent: person?.consent ?? false,
  consentOn: person?.consentOn ?? '',
  notes: person?.notes ?? '',
  affiliatedSince: person ? currentStart(person) : today,
})

/**
 * Main checks every value; the form only passes what was typed, with "none chosen" as missing. The
 * start date goes along while its field shows, so a field emptied is refused rather than ignored.
 */
const inputOf = (
  { organisationName: _name, consentOn, affiliatedSince, ...draft }: PersonDraft,
  allowDuplicates: boolean,
  withSince: boolean,
) =>
  ({
    ...draft,
    consentOn: consentOn === '' ? null : consentOn,
    ...(withSince && { affiliatedSince }),
    allowDuplicates,
  }) as PersonInput

export function PersonForm({ id, organisationId }: { id: string | null; organisationId: string | null }) {
  const t = useText()
  const { person, organisation, error, loadPerson, loadOrganisation, reset } = useRecords()
  const zone = useHub((state) => (state.status?.setUp ? state.status.identity.timeZone : 'WIB'))
  useEffect(() => {
    reset()
    if (id) void loadPerson(id)
    else if (organisationId) void loadOrganisation(organisationId)
  }, [id, organisationId, loadPerson, loadOrganisation, reset])
  const ready = id ? person?.id === id : !organisationId || organisation?.id === organisationId
  if (!ready)
    return (
      <>
        <PageHeading>{t(id ? 'records.person.editTitle' : 'records.person.newTitle')}</PageHeading>
        <ErrorAlert error={error} />
      </>
    )
  return (
    <PersonFormBody
      key={id ?? 'new'}
      id={id}
      initial={draftOf(id ? person : null, organisationId ? organisation : null, localDate(new Date(), zone))}
    />
  )
}

function PersonFormBody({ id, initial }: { id: string | null; initial: PersonDraft }) {
  const t = useText()
  const { error, savePerson, dismissDuplicates, park } = useRecords()
  const zone = useHub((state) => (state.status?.setUp ? state.status.identity.timeZone : 'WIB'))
  const [draft, setDraft] = useDraft(initial)
  const formRef = useRef<HTMLFormElement>(null)
  // A new person, a current affiliation, or a move: each has a start date to give. Someone whose
  // affiliations all ended has none, until they move to another OMS.
  const showsSince = (values: PersonDraft) =>
    id === null || initial.affiliatedSince !== '' || values.organisationId !== initial.organisationId
  const moving = id !== null && initial.affiliatedSince !== '' && draft.organisationId !== initial.organisationId
  const { errors, recheck } = useFieldErrors((values: PersonDraft) =>
    schemaMessages(createPersonInput, inputOf(values, false, showsSince(values)), t),
  )
  const set = (patch: Partial<PersonDraft>) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    recheck(next, Object.keys(patch))
    dismissDuplicates()
  }
  const textField = (field: TextKey, label: MessageKey, extra: { type?: string; inputMode?: 'numeric' } = {}) => (
    <TextField
      label={t(label)}
      name={field}
      value={draft[field]}
      onChange={(event) => set({ [field]: event.target.value })}
      error={errors[field]}
      {...extra}
    />
  )

  async function submit(allowDuplicates: boolean) {
    const outcome = await savePerson(inputOf(draft, allowDuplicates, showsSince(draft)), id)
    if (outcome.saved) {
      noteSavedPerson(draft.organisationId, draft.name.trim())
      return go(membersHref({ view: 'organisation', id: draft.organisationId }))
    }
    focusFirstInvalid(formRef.current, useRecords.getState().fieldErrors)
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    void submit(false)
  }

  return (
    <>
      <PageHeading>{t(id ? 'records.person.editTitle' : 'records.person.newTitle')}</PageHeading>
      <form ref={formRef} noValidate onSubmit={onSubmit} className="stack sectioned-form">
        <ErrorAlert error={error} />
        {textField('name', 'memberField.name')}
        <fieldset aria-describedby={errors.gender ? 'records-gender-error' : undefined}>
          <legend>{t('memberField.gender')}</legend>
          <div className="check-group">
            {genders.map((gender) => (
              <label key={gender}>
                <input
                  type="radio"
                  name="gender"
                  value={gender}
                  checked={draft.gender === gender}
                  onChange={() => set({ gender })}
                />
                {t(`member.gender.${gender}`)}
              </label>
            ))}
          </div>
          {errors.gender && (
            <p id="records-gender-error" className="field-error">
              {errors.gender}
            </p>
          )}
        </fieldset>
        <div className="field-row">
          {textField('birthYear', 'memberField.birthYear', { inputMode: 'numeric' })}
          <SelectField
            label={t('memberField.role')}
            error={errors.role}
            name="role"
            value={draft.role}
            onChange={(event) => set({ role: event.target.value })}
            placeholder={t('records.choose')}
            options={personRoles.map((role) => ({ value: role, label: t(`member.role.${role}`) }))}
          />
        </div>
        <fieldset>
          <legend>{t('memberField.organisation')}</legend>
          <p>
            {draft.organisationName ? <strong>{draft.organisationName}</strong> : t('records.person.noOrganisation')}
          </p>
          {errors.organisationId && <p className="field-error">{errors.organisationId}</p>}
          {showsSince(draft) && (
            <DateField
              label={t('records.person.affiliatedSince')}
              name="affiliatedSince"
              value={draft.affiliatedSince}
              onChange={(affiliatedSince) => set({ affiliatedSince })}
              hint={
                moving
                  ? t('records.person.sinceMoveHint', { name: initial.organisationName })
                  : t('records.person.sinceHint')
              }
              error={errors.affiliatedSince}
            />
          )}
          <RecordSearch
            kind="organisation"
            label={t('records.person.findOrganisation')}
            excludeId={draft.organisationId}
            action={(row) => (
              <button
                type="button"
                className="button"
                onClick={() =>
                  set({
                    organisationId: row.id,
                    organisationName: row.name,
                    // A move starts today unless told otherwise; back to the first OMS, its own start.
                    affiliatedSince:
                      row.id === initial.organisationId ? initial.affiliatedSince : localDate(new Date(), zone),
                  })
                }
              >
                {t('records.person.chooseOrganisation', { name: row.name })}
              </button>
            )}
          />
        </fieldset>
        <div className="field-row">
          {textField('phone', 'memberField.phone', { type: 'tel' })}
          {textField('email', 'memberField.email', { type: 'email' })}
        </div>
        <ConsentFields
          consent={draft.consent}
          consentOn={draft.consentOn}
          texts={{
            legend: t('records.person.consentTitle'),
            hint: t('records.person.consentHint'),
            consent: t('records.person.consent'),
            consentOn: t('records.person.consentOn'),
          }}
          today={localDate(new Date(), zone)}
          error={errors.consentOn}
          onChange={set}
        />
        <TextAreaField
          label={t('memberField.notes')}
          error={errors.notes}
          name="notes"
          value={draft.notes}
          onChange={(event) => set({ notes: event.target.value })}
        />
        <FormFooter
          cancelHref={
            id
              ? membersHref({ view: 'person', id })
              : draft.organisationId
                ? membersHref({ view: 'organisation', id: draft.organisationId })
                : membersHref({ view: 'directory', tab: 'people' })
          }
          onSaveAnyway={() => void submit(true)}
          onOpenCandidate={() => park(draft)}
        />
      </form>
    </>
  )
}

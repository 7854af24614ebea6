import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react'
import { createInitiativeInput } from '@shared/initiatives'
import { useText, type MessageKey } from '@renderer/i18n'
import { CheckboxGroup } from '@renderer/ui/CheckboxGroup'
import { DateField } from '@renderer/ui/DateField'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { useFieldErrors } from '@renderer/ui/field-errors'
import { TextAreaField } from '@renderer/ui/TextAreaField'
import { TextField } from '@renderer/ui/TextField'
import { useLanguage } from '@renderer/features/language/store'
import { PageHeading } from '@renderer/features/members/records/PageHeading'
import { focusFirstInvalid, go, schemaMessages } from '@renderer/ui/form-helpers'
import { PlaceFields } from '@renderer/features/reference/PlaceFields'
import { useHubProvince, useReference } from '@renderer/features/reference/store'
import { SectorAndSdgChoices } from '@renderer/features/reference/TermChoices'
import { useClusters } from '../list/clusters'
import { initiativesHref } from '../routes'
import { draftOf, inputOf, type InitiativeDraft, type TextKey } from './draft'
import '@renderer/ui/Form.css'
import './form.css'
import { OrganisationFields } from './OrganisationFields'
import { useInitiativeForm } from './store'

/** Adds an initiative (`id` null) or changes one, once main has sent it. */
export function InitiativeForm({ id }: { id: string | null }) {
  const t = useText()
  const provinceCode = useHubProvince()
  const { initiative, error, load, reset } = useInitiativeForm()
  useEffect(() => {
    reset()
    void useReference.getState().loadTaxonomies(provinceCode)
    void useClusters.getState().load()
    if (id) void load(id)
  }, [id, provinceCode, load, reset])
  if (id && initiative?.id !== id)
    return (
      <>
        <BackToList />
        <PageHeading>{t('initiativeForm.editTitle')}</PageHeading>
        <ErrorAlert error={error} />
        {!error && <p>{t('initiativeForm.loading')}</p>}
      </>
    )
  return <InitiativeFormBody key={id ?? 'new'} id={id} initial={draftOf(id ? initiative : null)} />
}

function BackToList() {
  const t = useText()
  return (
    <p className="initiative-form__back">
      <a href={initiativesHref({ view: 'list' })}>← {t('initiativeForm.back')}</a>
    </p>
  )
}

function InitiativeFormBody({ id, initial }: { id: string | null; initial: InitiativeDraft }) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const clusters = useClusters((state) => state.clusters)
  const { error, fieldErrors, busy, save, refuse } = useInitiativeForm()
  const [draft, setDraft] = useState(initial)
  const formRef = useRef<HTMLFormElement>(null)
  const check = (values: InitiativeDraft) => schemaMessages(createInitiativeInput, inputOf(values), t)
  const { errors, recheck } = useFieldErrors(fieldErrors, check)

  const set = (patch: Partial<InitiativeDraft>) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    recheck(next, Object.keys(patch))
  }
  const onText = (field: TextKey) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    set({ [field]: event.target.value })
  const textArea = (field: TextKey, label: MessageKey, hint?: MessageKey) => (
    <TextAreaField
      label={t(label)}
      hint={hint && t(hint)}
      error={errors[field]}
      name={field}
      value={draft[field]}
      onChange={onText(field)}
    />
  )

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    // The same schema main applies: a refusal it would make is shown at once and nothing is sent.
    const problems = check(draft)
    if (Object.keys(problems).length > 0) {
      refuse({ code: 'VALIDATION', message: t('errors.validation'), fields: problems })
      return focusFirstInvalid(formRef.current, problems)
    }
    const saved = await save(inputOf(draft), id)
    if (saved) return go(initiativesHref({ view: 'initiative', id: saved }))
    focusFirstInvalid(formRef.current, useInitiativeForm.getState().fieldErrors)
  }

  return (
    <div className="form-page">
      <BackToList />
      <PageHeading>{id ? t('initiativeForm.editTitle') : t('initiativeForm.newTitle')}</PageHeading>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => void onSubmit(event)}
        className="stack sectioned-form initiative-form"
      >
        <ErrorAlert error={error} />
        <OrganisationFields draft={draft} errors={errors} onChange={set} />

        <fieldset>
          <legend>{t('initiativeForm.about')}</legend>
          <TextField
            label={t('initiativeForm.title')}
            name="title"
            value={draft.title}
            onChange={onText('title')}
            error={errors.title}
          />
          {textArea('problem', 'initiativeForm.problem', 'initiativeForm.problemHint')}
          {textArea('service', 'initiativeForm.service')}
        </fieldset>

        <fieldset>
          <legend>{t('initiativeForm.beneficiaries')}</legend>
          {textArea('beneficiaryGroups', 'initiativeForm.beneficiaryGroups', 'initiativeForm.beneficiaryGroupsHint')}
          <TextField
            label={t('initiativeForm.beneficiaryCount')}
            hint={t('initiativeForm.beneficiaryCountHint')}
            name="beneficiaryCount"
            inputMode="numeric"
            value={draft.beneficiaryCount}
            onChange={onText('beneficiaryCount')}
            error={errors.beneficiaryCount}
          />
        </fieldset>

        <PlaceFields draft={draft} errors={errors} onChange={set} typedNames={false} />

        <SectorAndSdgChoices
          legends={{ sectors: t('initiativeForm.sectors'), sdgs: t('initiativeForm.sdgs') }}
          language={language}
          sectorCodes={draft.sectorCodes}
          sdgs={draft.sdgs}
          errors={errors}
          onChange={set}
        />

        <fieldset>
          <legend>{t('initiativeForm.time')}</legend>
          <div className="field-row">
            <DateField
              label={t('initiativeForm.startsOn')}
              name="startsOn"
              value={draft.startsOn}
              onChange={(startsOn) => set({ startsOn })}
              error={errors.startsOn}
            />
            <DateField
              label={t('initiativeForm.endsOn')}
              name="endsOn"
              value={draft.endsOn}
              onChange={(endsOn) => set({ endsOn })}
              error={errors.endsOn}
            />
          </div>
        </fieldset>

        {clusters.length > 0 ? (
          <CheckboxGroup
            legend={t('initiativeForm.clusters')}
            name="clusterIds"
            error={errors.clusterIds}
            options={clusters.map((cluster) => ({ value: cluster.id, label: cluster.name }))}
            checked={draft.clusterIds}
            onChange={(clusterIds) => set({ clusterIds })}
          />
        ) : (
          <p className="hint">{t('initiativeForm.noClusters')}</p>
        )}

        {textArea('notes', 'initiativeForm.notes')}

        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-busy={busy}>
            {t('initiativeForm.save')}
          </button>
          <a
            className="button"
            href={id ? initiativesHref({ view: 'initiative', id }) : initiativesHref({ view: 'list' })}
          >
            {t('initiativeForm.cancel')}
          </a>
        </div>
      </form>
    </div>
  )
}

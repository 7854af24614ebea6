import { useRef, useState, type FormEvent } from 'react'
import type { DuplicateCandidate } from '@shared/members'
import { genders, personRoles, type Gender } from '@shared/members'
import type { ErrorPayload } from '@shared/errors'
import { useText } from '@renderer/i18n'
import { invoke } from '@renderer/api'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { focusFirstRefused } from '@renderer/ui/focus-refused'
import { Lookup, type LookupOption } from '@renderer/ui/Lookup'
import { SelectField } from '@renderer/ui/SelectField'
import { TextField } from '@renderer/ui/TextField'
import { findOrganisations } from '../store'
import { countOf } from '../sessions/draft'

const blank = { name: '', gender: '' as Gender | '', role: '', birthYear: '', email: '', phone: '' }

/**
 * Someone new, saved to the directory as its own form would (members:createPerson: the same checks)
 * and then registered. Likely duplicates are shown first: register one of them, or save anyway.
 * `onDone` gets the person to register, or null when the user gave up.
 */
export function NewParticipant({ onDone }: { onDone(person: LookupOption | null): Promise<void> }) {
  const t = useText()
  const formRef = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState(blank)
  const [organisation, setOrganisation] = useState<LookupOption | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<ErrorPayload | null>(null)
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[]>([])
  const set = (patch: Partial<typeof blank>) => setDraft({ ...draft, ...patch })

  async function save(allowDuplicates: boolean) {
    const result = await invoke('members:createPerson', {
      name: draft.name,
      gender: draft.gender as Gender,
      role: draft.role as (typeof personRoles)[number],
      organisationId: organisation?.id ?? '',
      birthYear: countOf(draft.birthYear),
      email: draft.email,
      phone: draft.phone,
      allowDuplicates,
    })
    if (!result.ok) {
      setError(result.error)
      setErrors(result.error.fields ?? {})
      return focusFirstRefused(formRef.current, result.error.fields ?? {})
    }
    if (!result.value.saved) return setDuplicates(result.value.duplicates)
    await onDone({ id: result.value.id, label: draft.name.trim(), detail: organisation?.label })
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    void save(false)
  }
  return (
    <form ref={formRef} noValidate className="stack cop-new-person" onSubmit={submit}>
      <h4>{t('cop.register.newPersonTitle')}</h4>
      <ErrorAlert error={error} />
      <div className="field-row">
        <TextField
          label={t('cop.register.name')}
          name="name"
          autoComplete="off"
          autoFocus
          value={draft.name}
          error={errors.name}
          onChange={(event) => set({ name: event.target.value })}
        />
        <SelectField
          label={t('cop.register.gender')}
          name="gender"
          value={draft.gender}
          placeholder={t('cop.form.choose')}
          options={genders.map((g) => ({ value: g, label: t(`cop.register.${g}`) }))}
          error={errors.gender}
          onChange={(event) => set({ gender: event.target.value as Gender })}
        />
        <SelectField
          label={t('cop.register.role')}
          name="role"
          value={draft.role}
          placeholder={t('cop.form.choose')}
          options={personRoles.map((role) => ({ value: role, label: t(`member.role.${role}`) }))}
          error={errors.role}
          onChange={(event) => set({ role: event.target.value })}
        />
      </div>
      <Lookup
        label={t('cop.register.organisation')}
        name="organisationId"
        hint={t('cop.register.organisationHint')}
        chosen={organisation}
        error={errors.organisationId}
        find={findOrganisations}
        onChoose={setOrganisation}
      />
      <div className="field-row">
        <TextField
          label={t('cop.register.birthYear')}
          name="birthYear"
          inputMode="numeric"
          autoComplete="off"
          value={draft.birthYear}
          error={errors.birthYear}
          onChange={(event) => set({ birthYear: event.target.value })}
        />
        <TextField
          label={t('cop.register.email')}
          name="email"
          type="email"
          autoComplete="off"
          value={draft.email}
          error={errors.email}
          onChange={(event) => set({ email: event.target.value })}
        />
        <TextField
          label={t('cop.register.phone')}
          name="phone"
          type="tel"
          autoComplete="off"
          value={draft.phone}
          error={errors.phone}
          onChange={(event) => set({ phone: event.target.value })}
        />
      </div>
      {duplicates.length > 0 && (
        <div className="notice" role="status">
          <p>{t('cop.register.duplicates')}</p>
          <ul>
            {duplicates.map((candidate) => (
              <li key={candidate.id}>
                {candidate.name}
                {candidate.context && <span className="hint">{` · ${candidate.context}`}</span>}{' '}
                <button
                  type="button"
                  className="button"
                  onClick={() => void onDone({ id: candidate.id, label: candidate.name })}
                >
                  {t('cop.register.useExisting', { name: candidate.name })}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => void save(true)}>
            {t('cop.register.saveAnyway')}
          </button>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t('cop.register.saveAndRegister')}
        </button>
        <button type="button" className="button" onClick={() => void onDone(null)}>
          {t('cop.form.cancel')}
        </button>
      </div>
    </form>
  )
}

import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react'
import { hubRoles } from '@shared/hub'
import { useText, type MessageKey } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { Field } from '@renderer/ui/Field'
import { TextField } from '@renderer/ui/TextField'
import { zoneLabel } from '@renderer/ui/zone'
import { useReference } from '../reference/store'
import { unplacedFieldMessages, useSetup, type SetupDraft, type SetupField } from './store'

const emptyDraft: SetupDraft = {
  // Nearly every installation is a provincial hub; the national instance is set up once.
  role: 'hub',
  provinceCode: '',
  name: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
}

type TextFieldName = Exclude<SetupField, 'role' | 'provinceCode'>

export function SetupForm() {
  const t = useText()
  const { saving, fieldErrors, error, setUp, clearFieldError } = useSetup()
  const { provinces, error: provincesError, loadProvinces } = useReference()
  const [draft, setDraft] = useState(emptyDraft)
  const formRef = useRef<HTMLFormElement>(null)
  const roleId = useId()

  useEffect(() => {
    void loadProvinces()
  }, [loadProvinces])

  const errorFor = (field: SetupField): string | undefined => {
    const fieldError = fieldErrors[field]
    if (!fieldError) return undefined
    return 'key' in fieldError ? t(fieldError.key, fieldError.params) : fieldError.text
  }

  const update = (field: SetupField) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    setDraft((current) => ({ ...current, [field]: event.target.value }))
    clearFieldError(field)
  }

  // The name is also how a failed save finds the first field to fix and focuses it.
  const textField = (field: TextFieldName, label: MessageKey) => ({
    label: t(label),
    name: field,
    value: draft[field],
    onChange: update(field),
    error: errorFor(field),
  })

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const [firstInvalid] = await setUp(draft)
    const control = firstInvalid && formRef.current?.elements.namedItem(firstInvalid)
    if (control instanceof HTMLElement) control.focus()
  }

  const province = provinces.find((p) => p.code === draft.provinceCode)
  const roleError = errorFor('role')

  return (
    // noValidate: the browser's own bubbles would speak the OS language and pre-empt ours.
    <form ref={formRef} noValidate onSubmit={(event) => void submit(event)} className="stack">
      <fieldset aria-describedby={roleError ? `${roleId}-error` : undefined}>
        <legend>{t('setup.role.legend')}</legend>
        <div className="choice-grid">
          {hubRoles.map((role) => (
            <label key={role} className="choice">
              <input
                type="radio"
                name="role"
                value={role}
                checked={draft.role === role}
                onChange={update('role')}
                // Named by its title alone; the whole box stays clickable but the hint is a description.
                aria-labelledby={`${roleId}-${role}`}
                aria-describedby={`${roleId}-${role}-hint`}
              />
              <span id={`${roleId}-${role}`} className="choice__label">
                {t(`role.${role}`)}
              </span>
              <span id={`${roleId}-${role}-hint`} className="hint">
                {t(role === 'hub' ? 'setup.role.hubHint' : 'setup.role.nationalHint')}
              </span>
            </label>
          ))}
        </div>
        {roleError && (
          <p id={`${roleId}-error`} className="field-error">
            {roleError}
          </p>
        )}
      </fieldset>

      {draft.role === 'hub' && (
        <Field
          label={t('setup.province.label')}
          hint={province && t('setup.province.zone', { zone: zoneLabel(province.timeZone) })}
          error={errorFor('provinceCode')}
        >
          {(control) => (
            <select {...control} name="provinceCode" value={draft.provinceCode} onChange={update('provinceCode')}>
              <option value="">{t('setup.province.choose')}</option>
              {provinces.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name} · {p.timeZone}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}

      <TextField {...textField('name', 'setup.name.label')} hint={t('setup.name.hint')} autoComplete="organization" />

      <fieldset>
        <legend>{t('setup.contact.legend')}</legend>
        <p className="hint">{t('setup.contact.hint')}</p>
        <TextField {...textField('contactName', 'setup.contact.name')} autoComplete="name" />
        <div className="field-row">
          <TextField {...textField('contactPhone', 'setup.contact.phone')} type="tel" autoComplete="tel" />
          <TextField {...textField('contactEmail', 'setup.contact.email')} type="email" autoComplete="email" />
        </div>
      </fieldset>

      <ErrorAlert error={error ?? provincesError} details={unplacedFieldMessages(error)} />
      <div>
        <button type="submit" className="button button--primary" aria-busy={saving}>
          {saving ? t('setup.saving') : t('setup.submit')}
        </button>
      </div>
    </form>
  )
}

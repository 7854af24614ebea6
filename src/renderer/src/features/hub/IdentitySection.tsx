import './hub.css'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { ErrorPayload } from '@shared/errors'
import type { HubIdentity } from '@shared/hub'
import { formatPhone } from '@shared/phone'
import { useText } from '@renderer/i18n'
import { Details } from '@renderer/ui/Details'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { TextField } from '@renderer/ui/TextField'
import { IdentityDetails } from './IdentityDetails'
import { useHub } from './store'

/** In form order: after a refused save, focus goes to the first of these main has a message for. */
const fields = ['name', 'contactName', 'contactPhone', 'contactEmail'] as const
type Draft = Record<(typeof fields)[number], string>

/** Settings' "Identitas hub": what this installation is, and its name and secretariat contact to edit. */
export function IdentitySection({ identity }: { identity: HubIdentity }) {
  const t = useText()
  const [editing, setEditing] = useState(false)
  const [saved, setSaved] = useState(false)
  const editButton = useRef<HTMLButtonElement>(null)
  const returning = useRef(false)

  useEffect(() => {
    if (editing || !returning.current) return
    returning.current = false
    editButton.current?.focus()
  }, [editing])

  const close = (done: boolean) => {
    returning.current = true
    setSaved(done)
    setEditing(false)
  }

  return (
    <section aria-labelledby="identity-title" className="card">
      <h2 id="identity-title">{t('identity.title')}</h2>
      {editing ? (
        <IdentityForm identity={identity} onDone={close} />
      ) : (
        <>
          <IdentityDetails identity={identity} />
          <button
            ref={editButton}
            type="button"
            className="button"
            onClick={() => {
              setSaved(false)
              setEditing(true)
            }}
          >
            {t('identity.edit.open')}
          </button>
        </>
      )}
      <p role="status" className="identity-saved">
        {saved && t('identity.edit.saved')}
      </p>
    </section>
  )
}

function IdentityForm({ identity, onDone }: { identity: HubIdentity; onDone(saved: boolean): void }) {
  const t = useText()
  const updateIdentity = useHub((state) => state.updateIdentity)
  const form = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState<Draft>({
    name: identity.name,
    contactName: identity.contactName ?? '',
    contactPhone: identity.contactPhone ? formatPhone(identity.contactPhone) : '',
    contactEmail: identity.contactEmail ?? '',
  })
  const [refusal, setRefusal] = useState<ErrorPayload | null>(null)
  const [fieldErrors, setFieldErrors] = useState<Partial<Draft>>({})
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    form.current?.querySelector('input')?.focus()
  }, [])

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (saving) return
    setSaving(true)
    const refused = await updateIdentity(draft)
    setSaving(false)
    if (!refused) return onDone(true)
    const messages = refused.fields ?? {}
    setRefusal(refused)
    setFieldErrors(messages)
    const first = fields.find((field) => messages[field])
    const control = first && form.current?.elements.namedItem(first)
    if (control instanceof HTMLElement) control.focus()
  }

  const field = (name: (typeof fields)[number]) => ({
    name,
    value: draft[name],
    error: fieldErrors[name],
    onChange: (event: { target: { value: string } }) => {
      setDraft((current) => ({ ...current, [name]: event.target.value }))
      // A message stays only as long as what it is about.
      setFieldErrors(({ [name]: _fixed, ...rest }) => rest)
    },
  })

  const unplaced = Object.entries(refusal?.fields ?? {})
    .filter(([path]) => !(fields as readonly string[]).includes(path))
    .map(([, message]) => message)

  return (
    <form ref={form} noValidate onSubmit={(event) => void submit(event)} className="stack">
      {identity.provinceName !== null && (
        <div>
          <Details rows={[[t('identity.province'), identity.provinceName]]} />
          <p className="hint">{t('identity.edit.provinceFixed')}</p>
        </div>
      )}
      <TextField
        {...field('name')}
        label={t('setup.name.label')}
        hint={t('setup.name.hint')}
        autoComplete="organization"
      />
      <fieldset>
        <legend>{t('setup.contact.legend')}</legend>
        <p className="hint">{t('setup.contact.hint')}</p>
        <TextField {...field('contactName')} label={t('setup.contact.name')} autoComplete="name" />
        <div className="field-row">
          <TextField {...field('contactPhone')} label={t('setup.contact.phone')} type="tel" autoComplete="tel" />
          <TextField {...field('contactEmail')} label={t('setup.contact.email')} type="email" autoComplete="email" />
        </div>
      </fieldset>
      <ErrorAlert error={refusal} details={unplaced} />
      <div className="identity-actions">
        <button type="submit" className="button button--primary" aria-busy={saving}>
          {saving ? t('identity.edit.saving') : t('identity.edit.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone(false)}>
          {t('identity.edit.cancel')}
        </button>
      </div>
    </form>
  )
}

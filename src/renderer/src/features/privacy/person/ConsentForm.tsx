import { useId, useRef, useState, type FormEvent } from 'react'
import type { ErrorPayload } from '@shared/errors'
import { localDate } from '@shared/format'
import {
  ADULT_AGE,
  consentActions,
  consentMethods,
  consentPurposes,
  type ConsentAction,
  type ConsentMethod,
  type ConsentPurpose,
  type PersonPrivacy,
} from '@shared/privacy'
import { useText } from '@renderer/i18n'
import { addPhoto } from '@renderer/features/initiatives/stories/photos'
import { useLanguage } from '@renderer/features/language/store'
import { DateField } from '@renderer/ui/DateField'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { Field } from '@renderer/ui/Field'
import { TextField } from '@renderer/ui/TextField'
import { useDates } from '@renderer/ui/dates'
import { focusFirstRefused } from '@renderer/ui/focus-refused'
import { usePersonPrivacy } from './store'

interface Draft {
  action: ConsentAction
  purposes: ConsentPurpose[]
  recordedOn: string
  method: ConsentMethod
  recordedBy: string
  /** As typed; asked only while the person has no birth year. */
  birthYear: string
  guardianName: string
  proofSha256: string | null
}

/** The form's fields in the order it shows them, so main's messages each find their place. */
const fieldNames = [
  'action',
  'purposes',
  'recordedOn',
  'recordedBy',
  'method',
  'birthYear',
  'guardianName',
  'proofSha256',
] as const

/**
 * Main's field messages keyed by the top-level field, as the form names its controls. A reason at
 * the field itself with messages below it (the purposes a withdrawal cannot take) reads as one:
 * the reason, then those named as a list.
 */
function byField(error: ErrorPayload, list: Intl.ListFormat): Record<string, string> {
  const fields: Record<string, string> = {}
  const named: Record<string, string[]> = {}
  for (const [path, message] of Object.entries(error.fields ?? {})) {
    const [top = path, ...below] = path.split('.')
    if (below.length > 0 && error.fields?.[top] !== undefined) (named[top] ??= []).push(message)
    else fields[top] ??= message
  }
  for (const [top, names] of Object.entries(named)) fields[top] = `${fields[top]} ${list.format(names)}.`
  return fields
}

/** A scan being stored: its hash once stored, or null when main refused it (its message is at the field). */
type Storing = Promise<string | null>

const calendarDay = /^\d{4}-\d{2}-\d{2}$/

/**
 * "Catat persetujuan": consent given or withdrawn, for several purposes at once, on one date, in
 * one way, by one member of staff. The age decides who consents (Pasal 25): under 18 the guardian's
 * name is asked, and required for consent given; a person without a birth year is asked for it.
 * Main judges all of it again and answers with a message at the field it concerns.
 */
export function ConsentForm({ privacy, onRecorded }: { privacy: PersonPrivacy; onRecorded(): void }) {
  const t = useText()
  const { zone } = useDates()
  const language = useLanguage((state) => state.language)
  const { busy, recordConsent } = usePersonPrivacy()
  const ids = useId()
  const [draft, setDraft] = useState<Draft>(() => ({
    action: 'given',
    purposes: [],
    recordedOn: localDate(new Date(), zone),
    method: 'paper',
    recordedBy: '',
    birthYear: '',
    guardianName: '',
    proofSha256: null,
  }))
  const [error, setError] = useState<ErrorPayload | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saved, setSaved] = useState<string | null>(null)
  const [uploading, setUploading] = useState(false)
  /** Saving was asked while the scan was still being stored: the record is saved once it is. */
  const [waiting, setWaiting] = useState(false)
  const storing = useRef<Storing | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const fileRef = useRef<HTMLInputElement>(null)

  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }))

  // The age as main counts it: in the year of the date recorded, from the birth year known or typed.
  const typedYear = /^\d{4}$/.test(draft.birthYear.trim()) ? Number(draft.birthYear.trim()) : null
  const birthYear = privacy.birthYear ?? typedYear
  const recordedYear = calendarDay.test(draft.recordedOn) ? Number(draft.recordedOn.slice(0, 4)) : null
  const age = birthYear === null ? null : recordedYear === null ? privacy.age : recordedYear - birthYear
  const minor = age !== null && age < ADULT_AGE
  const asksGuardian = minor || errors.guardianName !== undefined
  const guardianRequired = asksGuardian && draft.action === 'given'
  const asksBirthYear = privacy.birthYear === null

  function chooseProof(file: File | undefined) {
    setErrors(({ proofSha256: _, ...others }) => others)
    set({ proofSha256: null })
    if (!file) return
    setUploading(true)
    const stored: Storing = addPhoto(file).then((result) => {
      // A file chosen meanwhile replaces this one: only the latest choice is the proof.
      if (storing.current !== stored) return null
      storing.current = null
      setUploading(false)
      if (result.ok) {
        set({ proofSha256: result.image.sha256 })
        return result.image.sha256
      }
      setErrors((current) => ({ ...current, proofSha256: result.error.message }))
      return null
    })
    storing.current = stored
  }

  /** The scan chosen, waited for while it is being stored; undefined when main refused it. */
  async function storedProof(): Promise<string | null | undefined> {
    if (!storing.current) return draft.proofSha256
    setWaiting(true)
    let sha256: string | null = null
    // Another file chosen while waiting replaces the one awaited.
    while (storing.current) sha256 = await storing.current
    setWaiting(false)
    return sha256 ?? undefined
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy || waiting) return
    setSaved(null)
    // Saving while the scan is stored would lose it, or the record: the save waits for it instead.
    const proofSha256 = await storedProof()
    if (proofSha256 === undefined) return fileRef.current?.focus()
    const outcome = await recordConsent({
      personId: privacy.personId,
      purposes: draft.purposes,
      action: draft.action,
      recordedOn: draft.recordedOn,
      method: draft.method,
      recordedBy: draft.recordedBy,
      guardianName: asksGuardian ? draft.guardianName : '',
      birthYear: asksBirthYear ? typedYear : null,
      proofSha256,
    })
    if (!outcome.ok) {
      const refused = byField(outcome.error, new Intl.ListFormat(language, { type: 'conjunction' }))
      setError(outcome.error)
      setErrors(refused)
      return focusFirstRefused(formRef.current, refused)
    }
    const list = new Intl.ListFormat(language, { type: 'conjunction' })
    const names = list.format(draft.purposes.map((purpose) => t(`personPrivacy.purpose.${purpose}`)))
    setSaved(t(`personPrivacy.record.saved.${draft.action}`, { purposes: names }))
    setError(null)
    setErrors({})
    // Date, way and staff usually stay for the next record; what it was about does not.
    set({ purposes: [], guardianName: '', proofSha256: null, birthYear: '' })
    if (fileRef.current) fileRef.current.value = ''
    onRecorded()
  }

  const shownFields = new Set<string>(
    fieldNames.filter((name) => (name !== 'birthYear' || asksBirthYear) && (name !== 'guardianName' || asksGuardian)),
  )
  const unplaced = Object.entries(errors)
    .filter(([field]) => !shownFields.has(field))
    .map(([, message]) => message)
  const purposesHintId = `${ids}-purposes-hint`
  const purposesErrorId = `${ids}-purposes-error`
  const methodErrorId = `${ids}-method-error`
  return (
    <form
      ref={formRef}
      noValidate
      className="person-privacy__form"
      aria-labelledby={`${ids}-title`}
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={`${ids}-title`}>{t('personPrivacy.record.title')}</h3>
      <ErrorAlert error={error} details={unplaced} />
      <fieldset>
        <legend>{t('personPrivacy.record.action')}</legend>
        <div className="check-group">
          {consentActions.map((action) => (
            <label key={action}>
              <input
                type="radio"
                name="action"
                value={action}
                checked={draft.action === action}
                onChange={() => set({ action })}
              />
              {t(`personPrivacy.record.${action}`)}
            </label>
          ))}
        </div>
        {draft.action === 'withdrawn' && <p className="hint">{t('personPrivacy.record.withdrawHint')}</p>}
      </fieldset>
      <fieldset aria-describedby={[purposesHintId, errors.purposes && purposesErrorId].filter(Boolean).join(' ')}>
        <legend>{t('personPrivacy.record.purposes')}</legend>
        <p id={purposesHintId} className="hint">
          {t('personPrivacy.record.purposesHint')}
        </p>
        {errors.purposes && (
          <p id={purposesErrorId} className="field-error">
            {errors.purposes}
          </p>
        )}
        <div className="check-group">
          {consentPurposes.map((purpose) => (
            <label key={purpose}>
              <input
                type="checkbox"
                name="purposes"
                value={purpose}
                checked={draft.purposes.includes(purpose)}
                onChange={(event) =>
                  set({
                    purposes: event.target.checked
                      ? consentPurposes.filter((each) => each === purpose || draft.purposes.includes(each))
                      : draft.purposes.filter((each) => each !== purpose),
                  })
                }
              />
              {t(`personPrivacy.purpose.${purpose}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field-row">
        <DateField
          label={t(`personPrivacy.record.recordedOn.${draft.action}`)}
          name="recordedOn"
          value={draft.recordedOn}
          error={errors.recordedOn}
          onChange={(recordedOn) => set({ recordedOn })}
        />
        <TextField
          label={t('personPrivacy.record.recordedBy')}
          hint={t('personPrivacy.record.recordedByHint')}
          name="recordedBy"
          autoComplete="off"
          maxLength={200}
          value={draft.recordedBy}
          error={errors.recordedBy}
          onChange={(event) => set({ recordedBy: event.target.value })}
        />
      </div>
      <fieldset aria-describedby={errors.method ? methodErrorId : undefined}>
        <legend>{t('personPrivacy.record.method')}</legend>
        <div className="check-group">
          {consentMethods.map((method) => (
            <label key={method}>
              <input
                type="radio"
                name="method"
                value={method}
                checked={draft.method === method}
                onChange={() => set({ method })}
              />
              {t(`personPrivacy.record.methods.${method}`)}
            </label>
          ))}
        </div>
        {errors.method && (
          <p id={methodErrorId} className="field-error">
            {errors.method}
          </p>
        )}
      </fieldset>
      {(asksBirthYear || asksGuardian) && (
        <div className="field-row">
          {asksBirthYear && (
            <TextField
              label={t('personPrivacy.record.birthYear')}
              hint={t(
                draft.birthYear.trim() === ''
                  ? 'personPrivacy.record.birthYearHint'
                  : 'personPrivacy.record.birthYearTypedHint',
              )}
              name="birthYear"
              inputMode="numeric"
              autoComplete="off"
              maxLength={4}
              value={draft.birthYear}
              error={errors.birthYear}
              onChange={(event) => set({ birthYear: event.target.value })}
            />
          )}
          {asksGuardian && (
            <TextField
              label={t(
                guardianRequired ? 'personPrivacy.record.guardianName' : 'personPrivacy.record.guardianOptional',
              )}
              hint={guardianRequired ? t('personPrivacy.record.guardianHint') : undefined}
              name="guardianName"
              autoComplete="off"
              maxLength={200}
              aria-required={guardianRequired}
              value={draft.guardianName}
              error={errors.guardianName}
              onChange={(event) => set({ guardianName: event.target.value })}
            />
          )}
        </div>
      )}
      <Field
        label={t('personPrivacy.record.proof')}
        hint={[
          t('personPrivacy.record.proofHint'),
          uploading && t('personPrivacy.record.proofUploading'),
          draft.proofSha256 && t('personPrivacy.record.proofChosen'),
        ]
          .filter(Boolean)
          .join(' ')}
        error={errors.proofSha256}
      >
        {(control) => (
          <input
            {...control}
            ref={fileRef}
            name="proofSha256"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            onChange={(event) => chooseProof(event.target.files?.[0])}
          />
        )}
      </Field>
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          aria-busy={busy || waiting}
          aria-describedby={waiting ? `${ids}-waiting` : undefined}
        >
          {t('personPrivacy.record.submit')}
        </button>
        {waiting && (
          <span id={`${ids}-waiting`} role="status">
            {t('personPrivacy.record.waitingForProof')}
          </span>
        )}
      </div>
      <p role="status" className={saved ? 'notice' : undefined}>
        {saved}
      </p>
    </form>
  )
}

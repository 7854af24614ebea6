import '../trainer-catalog'
import { useEffect, useRef, useState, type FormEvent, type Ref } from 'react'
import { verifyCertificateInput, type CertificateCheck } from '@shared/cop'
import type { ErrorPayload } from '@shared/errors'
import { useText } from '@renderer/i18n'
import { PageHeading } from '@renderer/features/members/records/PageHeading'
import { Details } from '@renderer/ui/Details'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { TextField } from '@renderer/ui/TextField'
import { schemaMessages } from '@renderer/ui/form-helpers'
import { useAspects } from '../aspects'
import { CopNav } from '../CopNav'
import { copCalls } from '../store'
import { useFigures } from '../trainers/figures'
import '../cop.css'
import './verify.css'

interface Checked {
  /** The code as typed, in capitals: shown back when it names no valid certificate. */
  shown: string
  check: CertificateCheck
}

/** Letters and digits of a typed code: main ignores the rest, and a whole code has ten. */
const CODE_LENGTH = 10
const significant = (typed: string) => typed.replace(/[^0-9a-z]/gi, '').length

/** Checking a printed certificate's code against the synced data, offline. */
export function VerifyView() {
  const t = useText()
  const [code, setCode] = useState('')
  const [fieldError, setFieldError] = useState<string | undefined>()
  const [error, setError] = useState<ErrorPayload | null>(null)
  const [busy, setBusy] = useState(false)
  const [checked, setChecked] = useState<Checked | null>(null)
  const field = useRef<HTMLInputElement>(null)
  const outcome = useRef<HTMLHeadingElement>(null)
  // The answer replaces nothing on screen that keeps focus: the reader is taken to it.
  useEffect(() => {
    if (checked) outcome.current?.focus()
  }, [checked])

  async function check(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const shown = code.trim().toUpperCase()
    // A code of the wrong length cannot be any certificate's: it is a typing slip, fixed in the field.
    const refused =
      schemaMessages(verifyCertificateInput, { code }, t).code ??
      (significant(code) === CODE_LENGTH ? undefined : t('copTrainers.verify.incomplete', { code: shown }))
    setChecked(null)
    setError(null)
    setFieldError(refused)
    if (refused) {
      field.current?.focus()
      return
    }
    setBusy(true)
    const answer = await copCalls.verifyCertificate(code)
    setBusy(false)
    if (answer.ok) setChecked({ shown, check: answer.value })
    else {
      setError(answer.error)
      setFieldError(answer.error.fields?.code)
    }
  }

  return (
    <div className="cop-page">
      <CopNav current="verify" />
      <PageHeading>{t('copTrainers.verify.title')}</PageHeading>
      <p className="hint">{t('copTrainers.verify.lead')}</p>
      <form className="cop-verify-form" noValidate onSubmit={(event) => void check(event)}>
        <TextField
          ref={field}
          name="code"
          label={t('copTrainers.verify.code')}
          hint={t('copTrainers.verify.codeHint')}
          error={fieldError}
          value={code}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          maxLength={40}
          onChange={(event) => {
            setCode(event.target.value)
            // An answer left beside a changed code would seem to be about it.
            setChecked(null)
          }}
        />
        <div className="cop-actions">
          <button type="submit" className="button button--primary" aria-busy={busy}>
            {busy ? t('copTrainers.verify.checking') : t('copTrainers.verify.submit')}
          </button>
        </div>
      </form>
      <ErrorAlert error={error && !error.fields ? error : null} />
      {checked && <Outcome checked={checked} headingRef={outcome} />}
    </div>
  )
}

function Outcome({ checked: { shown, check }, headingRef }: { checked: Checked; headingRef: Ref<HTMLHeadingElement> }) {
  const t = useText()
  const aspects = useAspects()
  const { day } = useFigures()
  const heading = (text: string) => (
    <h2 id="cop-verify-outcome" ref={headingRef} tabIndex={-1}>
      {text}
    </h2>
  )
  if (!check.valid) {
    return (
      <section className="alert cop-verify-outcome" aria-labelledby="cop-verify-outcome">
        {heading(t(`copTrainers.verify.${check.reason}`))}
        <p>{t(`copTrainers.verify.${check.reason}Text`, { code: shown })}</p>
      </section>
    )
  }
  const { certificate: c, warnings } = check
  const held =
    c.heldFrom === c.heldUntil
      ? day(c.heldFrom)
      : t('copTrainers.verify.heldRange', { from: day(c.heldFrom), until: day(c.heldUntil) })
  return (
    <section className="notice cop-verify-outcome" aria-labelledby="cop-verify-outcome">
      {heading(t(warnings.length > 0 ? 'copTrainers.verify.validWithNotes' : 'copTrainers.verify.valid'))}
      <p>{t('copTrainers.verify.validText', { code: c.code })}</p>
      <Details
        rows={[
          [t('copTrainers.verify.holder'), c.holderName || t('copTrainers.verify.holderNotHeldValue')],
          [t('copTrainers.verify.session'), c.sessionTitle],
          [t('copTrainers.verify.format'), t(`cop.format.${c.format}`)],
          [t('copTrainers.verify.aspect'), aspects.name(c.aspect)],
          [t('copTrainers.verify.held'), held],
          [
            t('copTrainers.verify.issuer'),
            c.provinceName === null
              ? c.hubName
              : t('copTrainers.verify.issuerValue', { hub: c.hubName, province: c.provinceName }),
          ],
          [t('copTrainers.verify.issuedOn'), day(c.issuedOn)],
          [t('copTrainers.verify.codeLabel'), <span className="cop-code">{c.code}</span>],
        ]}
      />
      {warnings.length > 0 && (
        <>
          <h3>{t('copTrainers.verify.notes')}</h3>
          <ul>
            {warnings.map((warning) => (
              <li key={warning}>{t(`copTrainers.verify.${warning}`, { name: c.holderName })}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

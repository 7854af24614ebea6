import { useId, useRef, useState, type FormEvent } from 'react'
import type { ErrorPayload } from '@shared/errors'
import type { PrivacyRequestView } from '@shared/privacy'
import { useText } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { focusFirstRefused } from '@renderer/ui/focus-refused'
import { go } from '@renderer/ui/form-helpers'
import { TextAreaField } from '@renderer/ui/TextAreaField'
import { requestsHref } from './routes'
import { useRequests } from './store'
import '@renderer/ui/Form.css'

const answers = ['done', 'refused'] as const
type Answer = (typeof answers)[number]
/** As main's schema has it: a few words at least. */
const MIN_OUTCOME = 3

const without = (errors: Record<string, string>, field: string) =>
  Object.fromEntries(Object.entries(errors).filter(([name]) => name !== field))

/** Closes an open request: fulfilled or refused, with what was done or why not. It cannot be changed afterwards. */
export function AnswerForm({ request }: { request: PrivacyRequestView }) {
  const t = useText()
  const close = useRequests((state) => state.close)
  const formRef = useRef<HTMLFormElement>(null)
  const statusErrorId = useId()
  const [status, setStatus] = useState<Answer | null>(null)
  const [outcome, setOutcome] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<ErrorPayload | null>(null)
  const [busy, setBusy] = useState(false)

  function refuse(messages: Record<string, string>) {
    setErrors(messages)
    focusFirstRefused(formRef.current, messages)
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const messages: Record<string, string> = {}
    if (status === null) messages.status = t('privacyRequests.answer.chooseStatus')
    if (outcome.trim().length < MIN_OUTCOME) messages.outcome = t('privacy.validation.outcome')
    setError(null)
    if (status === null || Object.keys(messages).length > 0) return refuse(messages)
    setBusy(true)
    const result = await close({ id: request.id, status, outcome })
    setBusy(false)
    if (!result.ok) {
      setError(result.error)
      return refuse(result.error.fields ?? {})
    }
    go(requestsHref({ view: 'register' }))
  }

  return (
    <section aria-labelledby="privacy-answer-title" className="card">
      <h2 id="privacy-answer-title">{t('privacyRequests.answer.title')}</h2>
      <p className="privacy-requests__law">{t('privacyRequests.law')}</p>
      <ErrorAlert error={error} />
      <form ref={formRef} noValidate className="stack" onSubmit={(event) => void submit(event)}>
        <fieldset aria-describedby={errors.status ? statusErrorId : undefined}>
          <legend>{t('privacyRequests.answer.legend')}</legend>
          <div className="check-group">
            {answers.map((answer) => (
              <label key={answer}>
                <input
                  type="radio"
                  name="status"
                  value={answer}
                  checked={status === answer}
                  aria-invalid={errors.status ? true : undefined}
                  onChange={() => {
                    setStatus(answer)
                    setErrors((current) => without(current, 'status'))
                  }}
                />
                {t(`privacyRequests.answer.${answer}`)}
              </label>
            ))}
          </div>
          {errors.status && (
            <p id={statusErrorId} className="field-error">
              {errors.status}
            </p>
          )}
        </fieldset>
        <TextAreaField
          label={t('privacyRequests.answer.outcome')}
          hint={t('privacyRequests.answer.outcomeHint')}
          name="outcome"
          value={outcome}
          error={errors.outcome}
          onChange={(event) => {
            setOutcome(event.target.value)
            setErrors((current) => without(current, 'outcome'))
          }}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-busy={busy}>
            {t('privacyRequests.answer.save')}
          </button>
        </div>
      </form>
    </section>
  )
}

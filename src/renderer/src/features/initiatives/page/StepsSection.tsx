import { useState, type FormEvent } from 'react'
import type { ErrorPayload } from '@shared/errors'
import type { InitiativeDetail, InitiativeStep } from '@shared/initiatives'
import { useText } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { TextAreaField } from '@renderer/ui/TextAreaField'
import { useLanguage } from '@renderer/features/language/store'
import { initiativesHref } from '../routes'
import { useInitiativePage } from './store'

/** "Panduan 6 Langkah Formulasi": each step ticked and noted, saved on its own. */
export function StepsSection({ initiative }: { initiative: InitiativeDetail }) {
  const t = useText()
  const done = initiative.steps.filter((step) => step.done).length
  return (
    <section className="card" aria-labelledby="initiative-steps-title">
      <h2 id="initiative-steps-title">{t('initiativePage.steps.title')}</h2>
      <p aria-live="polite">
        <strong>{t('initiativePage.steps.count', { done })}</strong>
      </p>
      <ol className="initiative-steps">
        {initiative.steps.map((step) => (
          <li key={step.number}>
            <StepForm step={step} />
          </li>
        ))}
      </ol>
      <p>
        <a href={initiativesHref({ view: 'stepGuide' })}>{t('initiativePage.steps.editGuide')}</a>
      </p>
    </section>
  )
}

/** Saved: what main holds; edited: changed here since; null: nothing done on this step yet. */
type SaveState = 'saved' | 'edited' | null

function StepForm({ step }: { step: InitiativeStep }) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const { busy, saveStep } = useInitiativePage()
  const [draft, setDraft] = useState({ done: step.done, notes: step.notes ?? '' })
  const [state, setState] = useState<SaveState>(null)
  const [refusal, setRefusal] = useState<ErrorPayload | null>(null)
  const title = language === 'en' ? step.titleEn : step.titleId
  const help = language === 'en' ? step.helpEn : step.helpId
  const legendId = `initiative-step-${step.number}`

  function edit(patch: Partial<typeof draft>) {
    setDraft((current) => ({ ...current, ...patch }))
    setState('edited')
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const refused = await saveStep({ step: step.number, ...draft })
    setRefusal(refused)
    if (!refused) setState('saved')
  }

  return (
    <form noValidate className="initiative-step" aria-labelledby={legendId} onSubmit={(event) => void submit(event)}>
      <h3 id={legendId}>{t('initiativePage.steps.step', { number: step.number, title })}</h3>
      {help && <p className="hint">{help}</p>}
      <label className="initiative-check">
        <input type="checkbox" checked={draft.done} onChange={(event) => edit({ done: event.target.checked })} />
        {t('initiativePage.steps.done')}
      </label>
      <TextAreaField
        label={t('initiativePage.steps.notes')}
        value={draft.notes}
        onChange={(event) => edit({ notes: event.target.value })}
      />
      <ErrorAlert error={refusal} />
      <div className="initiative-actions">
        <button type="submit" className="button" aria-busy={busy}>
          {t('initiativePage.steps.save', { number: step.number })}
        </button>
        <span role="status" className={state === 'saved' ? 'initiative-saved' : 'muted'}>
          {state === 'saved' && t('initiativePage.steps.saved')}
          {state === 'edited' && t('initiativePage.steps.unsaved')}
        </span>
      </div>
    </form>
  )
}

import '../page/catalog'
import '../page/page.css'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { StepGuide, StepText } from '@shared/initiatives'
import { useText } from '@renderer/i18n'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { TextAreaField } from '@renderer/ui/TextAreaField'
import { TextField } from '@renderer/ui/TextField'
import { focusFirstInvalid } from '@renderer/ui/form-helpers'
import { useNews } from '@renderer/ui/news'
import { ViewHeading } from '../page/ViewHeading'
import { useStepGuide } from './store'

/** The wording of the "Panduan 6 Langkah Formulasi", which a hub may change or put back. */
export function StepGuideView() {
  const t = useText()
  const { guide, error, load } = useStepGuide()
  // Restoring the defaults starts the form again from what main now holds.
  const [round, setRound] = useState(0)
  useEffect(() => void load(), [load])
  return (
    <>
      <ViewHeading>{t('initiativeGuide.title')}</ViewHeading>
      <p className="lead">{t('initiativeGuide.intro')}</p>
      <ErrorAlert error={error} />
      {guide && <GuideForm key={round} guide={guide} restored={round > 0} onRestored={() => setRound(round + 1)} />}
    </>
  )
}

const textFields = ['titleId', 'titleEn', 'helpId', 'helpEn'] as const

function GuideForm({ guide, restored, onRestored }: { guide: StepGuide; restored: boolean; onRestored(): void }) {
  const t = useText()
  const { busy, save } = useStepGuide()
  const form = useRef<HTMLFormElement>(null)
  const [steps, setSteps] = useState<StepText[]>(guide.steps)
  const { news, say, shown } = useNews()
  // Said once by the form that replaced the one whose "restore" was confirmed.
  useEffect(() => {
    if (restored) say({ done: t('initiativeGuide.restored') })
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on arrival
  }, [])
  const [restoring, setRestoring] = useState(false)
  const errors = (news && 'refusal' in news && news.refusal.fields) || {}

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const refusal = await save(steps)
    say(refusal ? { refusal } : { done: t('initiativeGuide.saved') })
    if (refusal) focusFirstInvalid(form.current, refusal.fields ?? {})
  }

  async function restore() {
    if (busy) return
    const refusal = await save(null)
    setRestoring(false)
    if (refusal) say({ refusal })
    else onRestored()
  }

  const edit = (index: number, field: keyof StepText, value: string) =>
    setSteps(steps.map((step, at) => (at === index ? { ...step, [field]: value } : step)))

  return (
    <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
      <p className="hint">{t(guide.customised ? 'initiativeGuide.customised' : 'initiativeGuide.standard')}</p>
      {steps.map((step, index) => (
        <fieldset key={index} className="card">
          <legend>{t('initiativeGuide.step', { number: index + 1 })}</legend>
          {textFields.map((field) => {
            const Input = field.startsWith('help') ? TextAreaField : TextField
            const name = `steps.${index}.${field}`
            return (
              <Input
                key={field}
                label={t(`initiativeGuide.${field}`)}
                name={name}
                value={step[field]}
                error={errors[name]}
                onChange={(event: { target: { value: string } }) => edit(index, field, event.target.value)}
              />
            )
          })}
        </fieldset>
      ))}
      {shown}
      <div className="initiative-actions">
        <button type="submit" className="button button--primary" aria-busy={busy}>
          {t('initiativeGuide.save')}
        </button>
        <button type="button" className="button" onClick={() => setRestoring(true)}>
          {t('initiativeGuide.restore')}
        </button>
      </div>
      {restoring && (
        <ConfirmDialog
          title={t('initiativeGuide.restoreTitle')}
          confirmLabel={t('initiativeGuide.restore')}
          cancelLabel={t('initiativePage.cancel')}
          busy={busy}
          onConfirm={() => void restore()}
          onCancel={() => setRestoring(false)}
        >
          <p>{t('initiativeGuide.restoreBody')}</p>
        </ConfirmDialog>
      )}
    </form>
  )
}

import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { ErrorPayload } from '@shared/errors'
import { measureOf, supportForms, type Need, type SupportForm } from '@shared/initiatives'
import { useText } from '@renderer/i18n'
import { SelectField } from '@renderer/ui/SelectField'
import { TextAreaField } from '@renderer/ui/TextAreaField'
import { TextField } from '@renderer/ui/TextField'
import { focusFirstInvalid } from '@renderer/ui/form-helpers'
import { InlineFormEnd } from './InlineForm'
import { useInitiativePage, type NeedInput } from './store'

type Draft = Record<Exclude<keyof NeedInput, 'form'>, string> & { form: SupportForm }

const text = (value: number | string | null) => (value === null ? '' : String(value))
const draftOf = (need: Need | null): Draft => ({
  form: need?.form ?? 'funds',
  description: need?.description ?? '',
  targetRupiah: text(need?.targetRupiah ?? null),
  targetQuantity: text(need?.targetQuantity ?? null),
  unit: need?.unit ?? '',
  targetPeople: text(need?.targetPeople ?? null),
  targetHours: text(need?.targetHours ?? null),
  targetText: need?.targetText ?? '',
})

/** The target fields each measure asks for; main ignores the others, so they are not sent. */
const targetFields = {
  rupiah: ['targetRupiah'],
  quantity: ['targetQuantity', 'unit'],
  hours: ['targetPeople', 'targetHours'],
  text: ['targetText'],
} as const

/**
 * A need added or changed: its form of support decides which target it asks for (rupiah,
 * quantity + unit, people × hours, or words). Main checks the numbers, so "1.500,50" or a zero
 * quantity get its own messages at their fields and nothing is saved.
 */
export function NeedForm({ need, onDone }: { need: Need | null; onDone(saved: string | null): void }) {
  const t = useText()
  const { busy, saveNeed } = useInitiativePage()
  const form = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState(() => draftOf(need))
  const [refusal, setRefusal] = useState<ErrorPayload | null>(null)
  const errors = refusal?.fields ?? {}
  const measure = measureOf(draft.form)

  useEffect(() => {
    form.current?.querySelector('select')?.focus()
  }, [])

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const target = Object.fromEntries(targetFields[measure].map((field) => [field, draft[field]]))
    const refused = await saveNeed({ form: draft.form, description: draft.description, ...target }, need?.id ?? null)
    if (!refused) return onDone(draft.description.trim())
    setRefusal(refused)
    focusFirstInvalid(form.current, refused.fields ?? {})
  }

  const field = (name: Exclude<keyof Draft, 'form'>) => ({
    name,
    value: draft[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) =>
      setDraft((current) => ({ ...current, [name]: event.target.value })),
  })

  return (
    <form ref={form} noValidate className="initiative-need-form" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>{t(need ? 'initiativePage.needForm.editTitle' : 'initiativePage.needForm.newTitle')}</legend>
        <SelectField
          label={t('initiativePage.needs.form')}
          name="form"
          value={draft.form}
          error={errors.form}
          options={supportForms.map((value) => ({ value, label: t(`supportForm.${value}`) }))}
          onChange={(event) => setDraft((current) => ({ ...current, form: event.target.value as SupportForm }))}
        />
        <TextField label={t('initiativePage.needForm.description')} {...field('description')} />
        {measure === 'rupiah' && (
          <TextField
            label={t('initiativePage.needForm.targetRupiah')}
            hint={t('initiativePage.needForm.rupiahHint')}
            inputMode="numeric"
            {...field('targetRupiah')}
          />
        )}
        {measure === 'quantity' && (
          <div className="field-row">
            <TextField
              label={t('initiativePage.needForm.targetQuantity')}
              inputMode="numeric"
              {...field('targetQuantity')}
            />
            <TextField
              label={t('initiativePage.needForm.unit')}
              hint={t('initiativePage.needForm.unitHint')}
              {...field('unit')}
            />
          </div>
        )}
        {measure === 'hours' && (
          <div className="field-row">
            <TextField
              label={t('initiativePage.needForm.targetPeople')}
              inputMode="numeric"
              {...field('targetPeople')}
            />
            <TextField label={t('initiativePage.needForm.targetHours')} inputMode="numeric" {...field('targetHours')} />
          </div>
        )}
        {measure === 'text' && (
          <TextAreaField
            label={t('initiativePage.needForm.targetText')}
            hint={t('initiativePage.needForm.textHint')}
            {...field('targetText')}
          />
        )}
      </fieldset>
      <InlineFormEnd
        refusal={refusal}
        saveLabel={t('initiativePage.needForm.save')}
        busy={busy}
        onCancel={() => onDone(null)}
      />
    </form>
  )
}

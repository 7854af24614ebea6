import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { ErrorPayload } from '@shared/errors'
import { indicatorKeys, type IndicatorKey, type Target } from '@shared/reports'
import { useText } from '@renderer/i18n'
import { DateField } from '@renderer/ui/DateField'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { SelectField } from '@renderer/ui/SelectField'
import { TextField } from '@renderer/ui/TextField'
import { reportsCalls } from '../calls'
import { useReportFigures } from '../figures'

interface Draft {
  key: IndicatorKey
  fromOn: string
  toOn: string
  value: string
  note: string
}

const draftOf = (target: Target | null): Draft =>
  target === null
    ? { key: 'oms.engaged', fromOn: '', toOn: '', value: '', note: '' }
    : { ...target, value: String(target.value), note: target.note ?? '' }

/** A target's indicator, period and value; main checks them all and says what is wrong, field by field. */
export function TargetForm({
  target,
  onSaved,
  onCancel,
}: {
  target: Target | null
  onSaved(targets: Target[]): void
  onCancel(): void
}) {
  const t = useText()
  const figures = useReportFigures()
  const [draft, setDraft] = useState(() => draftOf(target))
  const [error, setError] = useState<ErrorPayload | null>(null)
  const [saving, setSaving] = useState(false)
  const errorRef = useRef<HTMLDivElement>(null)
  const formRef = useRef<HTMLFormElement>(null)
  // The form takes the place of the button that opened it: focus moves into it.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('select, input')?.focus()
  }, [])
  const fields = error?.fields ?? {}
  const change = (values: Partial<Draft>) => setDraft((current) => ({ ...current, ...values }))

  async function save(event: FormEvent) {
    event.preventDefault()
    if (saving) return
    setSaving(true)
    const digits = draft.value.replace(/[.\s]/g, '')
    const result = await reportsCalls.saveTarget(
      {
        key: draft.key,
        fromOn: draft.fromOn,
        toOn: draft.toOn,
        value: /^\d+$/.test(digits) ? Number(digits) : Number.NaN,
        note: draft.note.trim() === '' ? null : draft.note,
      },
      target?.id ?? null,
    )
    setSaving(false)
    if (result.ok) onSaved(result.value)
    else {
      setError(result.error)
      errorRef.current?.focus()
    }
  }

  return (
    <form
      ref={formRef}
      className="target-form"
      aria-labelledby="target-form-title"
      onSubmit={(event) => void save(event)}
      noValidate
    >
      <h3 id="target-form-title">
        {target === null
          ? t('reports.targets.add')
          : t('reports.targets.editTitle', { name: figures.name(target.key) })}
      </h3>
      <div ref={errorRef} tabIndex={-1}>
        <ErrorAlert error={error} />
      </div>
      <SelectField
        label={t('reports.targets.indicator')}
        value={draft.key}
        options={indicatorKeys.map((key) => ({ value: key, label: figures.name(key) }))}
        onChange={(event) => change({ key: event.target.value as IndicatorKey })}
        error={fields.key}
      />
      <DateField
        label={t('reports.targets.from')}
        value={draft.fromOn}
        onChange={(fromOn) => change({ fromOn })}
        error={fields.fromOn}
      />
      <DateField
        label={t('reports.targets.to')}
        value={draft.toOn}
        onChange={(toOn) => change({ toOn })}
        error={fields.toOn}
      />
      <TextField
        label={t('reports.targets.value')}
        inputMode="numeric"
        value={draft.value}
        onChange={(event) => change({ value: event.target.value })}
        error={fields.value}
      />
      <TextField
        label={t('reports.targets.note')}
        value={draft.note}
        onChange={(event) => change({ note: event.target.value })}
        error={fields.note}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t('reports.targets.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('reports.targets.cancel')}
        </button>
      </div>
    </form>
  )
}

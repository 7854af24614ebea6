import { useRef, useState, type FormEvent } from 'react'
import type { ErrorPayload } from '@shared/errors'
import { createFeeRateInput, type FeeRate } from '@shared/pledges'
import { useText } from '@renderer/i18n'
import { schemaMessages } from '@renderer/ui/form-helpers'
import { DateField } from '@renderer/ui/DateField'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { TextField } from '@renderer/ui/TextField'
import { focusFirstRefused } from '@renderer/ui/focus-refused'
import { basisPointsToPercent, percentToBasisPoints } from './numbers'
import { feeRates } from './store'
import '@renderer/ui/Form.css'

interface Props {
  /** The rate being changed; null adds one. */
  editing: FeeRate | null
  onSaved(rates: FeeRate[]): void
  onCancel(): void
}

/** A rate and provincial share in percent (2,5), from a date on. */
export function FeeRateForm({ editing, onSaved, onCancel }: Props) {
  const t = useText()
  const formRef = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState({
    effectiveFrom: editing?.effectiveFrom ?? '',
    rate: editing ? basisPointsToPercent(editing.rateBp) : '',
    share: basisPointsToPercent(editing?.provincialShareBp ?? 7500),
    note: editing?.note ?? '',
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<ErrorPayload | null>(null)
  const [busy, setBusy] = useState(false)
  const set = (update: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...update }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const input = {
      effectiveFrom: draft.effectiveFrom,
      rateBp: percentToBasisPoints(draft.rate),
      provincialShareBp: percentToBasisPoints(draft.share),
      note: draft.note,
    }
    const messages = schemaMessages(createFeeRateInput, input, t)
    setError(null)
    const refuse = (found: Record<string, string>) => {
      setErrors(found)
      focusFirstRefused(formRef.current, found)
    }
    if (Object.keys(messages).length > 0) return refuse(messages)
    setBusy(true)
    const result = await feeRates.save(input, editing?.id ?? null)
    setBusy(false)
    if (!result.ok) {
      setError(result.error)
      return refuse(result.error.fields ?? {})
    }
    setErrors({})
    onSaved(result.value)
  }

  return (
    <form ref={formRef} className="pledge-form pledge-inline-form" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorAlert error={error} />
      <div className="field-row">
        <DateField
          label={t('galangPledges.fees.effectiveFrom')}
          name="effectiveFrom"
          value={draft.effectiveFrom}
          error={errors.effectiveFrom}
          onChange={(effectiveFrom) => set({ effectiveFrom })}
        />
        <TextField
          label={t('galangPledges.fees.rate')}
          hint={t('galangPledges.fees.percentHint')}
          name="rateBp"
          inputMode="decimal"
          autoComplete="off"
          value={draft.rate}
          error={errors.rateBp}
          onChange={(event) => set({ rate: event.target.value })}
        />
        <TextField
          label={t('galangPledges.fees.share')}
          hint={t('galangPledges.fees.percentHint')}
          name="provincialShareBp"
          inputMode="decimal"
          autoComplete="off"
          value={draft.share}
          error={errors.provincialShareBp}
          onChange={(event) => set({ share: event.target.value })}
        />
      </div>
      <TextField
        label={t('galangPledges.fees.note')}
        name="note"
        autoComplete="off"
        value={draft.note}
        error={errors.note}
        onChange={(event) => set({ note: event.target.value })}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" aria-busy={busy}>
          {t('galangPledges.fees.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('galangPledges.fees.cancel')}
        </button>
      </div>
    </form>
  )
}

import { useRef, useState, type FormEvent } from 'react'
import type { ErrorPayload } from '@shared/errors'
import { localDate } from '@shared/format'
import { measureOf } from '@shared/initiatives'
import { createFulfilmentInput, type Fulfilment, type PledgeDetail } from '@shared/pledges'
import { useText } from '@renderer/i18n'
import { schemaMessages } from '@renderer/ui/form-helpers'
import { addPhoto } from '@renderer/features/initiatives/stories/photos'
import { DateField } from '@renderer/ui/DateField'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { Field } from '@renderer/ui/Field'
import { TextField } from '@renderer/ui/TextField'
import { useDates } from '@renderer/ui/dates'
import { focusFirstRefused } from '@renderer/ui/focus-refused'
import { parseTyped } from './numbers'
import { fulfilmentCalls, usePledge } from './store'
import '@renderer/ui/Form.css'

const typed = (value: number | null) => (value === null ? '' : String(value))

interface Props {
  pledge: PledgeDetail
  /** The fulfilment being corrected; null records a new one. */
  editing: Fulfilment | null
  /** After a save or a cancelled edit, with the saved receipt number if any. */
  onDone(receiptNumber: string | null): void
}

/** Quick entry of what came in: Enter in any field saves; the date starts at today. */
export function FulfilmentForm({ pledge, editing, onDone }: Props) {
  const t = useText()
  const { zone } = useDates()
  const change = usePledge((state) => state.change)
  const measure = measureOf(pledge.form)
  const amountName = measure === 'text' ? null : measure === 'rupiah' ? 'rupiah' : measure
  const blank = {
    receivedOn: editing?.receivedOn ?? localDate(new Date(), zone),
    amount: typed(editing && amountName ? editing[amountName] : null),
    valuationRupiah: typed(editing?.valuationRupiah ?? null),
    evidenceReference: editing?.evidenceReference ?? '',
    evidencePhoto: editing?.evidencePhoto ?? null,
    note: editing?.note ?? '',
  }
  const [draft, setDraft] = useState(blank)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<ErrorPayload | null>(null)
  const [busy, setBusy] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const fileRef = useRef<HTMLInputElement>(null)

  const set = (update: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...update }))

  async function choosePhoto(file: File | undefined) {
    if (!file) return set({ evidencePhoto: null })
    setBusy(true)
    const result = await addPhoto(file)
    setBusy(false)
    if (result.ok) set({ evidencePhoto: result.image.sha256 })
    else setErrors((current) => ({ ...current, evidencePhoto: result.error.message }))
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const fields = {
      receivedOn: draft.receivedOn,
      rupiah: amountName === 'rupiah' ? parseTyped(draft.amount) : null,
      quantity: amountName === 'quantity' ? parseTyped(draft.amount) : null,
      hours: amountName === 'hours' ? parseTyped(draft.amount) : null,
      valuationRupiah: measure === 'rupiah' ? null : parseTyped(draft.valuationRupiah),
      evidenceReference: draft.evidenceReference,
      evidencePhoto: draft.evidencePhoto,
      note: draft.note,
    }
    const messages = schemaMessages(createFulfilmentInput, { pledgeId: pledge.id, ...fields }, t)
    setError(null)
    const refused = (found: Record<string, string>) => {
      setErrors(found)
      focusFirstRefused(formRef.current, found)
    }
    if (Object.keys(messages).length > 0) return refused(messages)
    setBusy(true)
    const refusal = await change(() =>
      editing
        ? fulfilmentCalls.update({ id: editing.id, ...fields })
        : fulfilmentCalls.create({ pledgeId: pledge.id, ...fields }),
    )
    setBusy(false)
    if (refusal) {
      setError(refusal)
      return refused(refusal.fields ?? {})
    }
    const saved = usePledge
      .getState()
      .pledge?.fulfilments.find((f) =>
        editing ? f.id === editing.id : !pledge.fulfilments.some((before) => before.id === f.id),
      )
    setDraft({
      ...blank,
      receivedOn: draft.receivedOn,
      amount: '',
      valuationRupiah: '',
      evidenceReference: '',
      evidencePhoto: null,
      note: '',
    })
    setErrors({})
    if (fileRef.current) fileRef.current.value = ''
    onDone(saved?.receiptNumber ?? null)
  }

  const amountLabel =
    amountName === 'rupiah'
      ? t('galangPledges.fulfilments.rupiah')
      : amountName === 'quantity'
        ? t('galangPledges.fulfilments.quantity', { unit: pledge.unit ?? '' })
        : t('galangPledges.fulfilments.hours')
  return (
    <form ref={formRef} className="pledge-form pledge-inline-form" noValidate onSubmit={(event) => void submit(event)}>
      <h3>
        {editing
          ? t('galangPledges.fulfilments.editTitle', { receipt: editing.receiptNumber })
          : t('galangPledges.fulfilments.newTitle')}
      </h3>
      <ErrorAlert error={error} />
      <div className="field-row">
        <DateField
          label={t('galangPledges.fulfilments.receivedOn')}
          name="receivedOn"
          value={draft.receivedOn}
          error={errors.receivedOn}
          onChange={(receivedOn) => set({ receivedOn })}
        />
        {amountName && (
          <TextField
            label={amountLabel}
            name={amountName}
            inputMode="numeric"
            autoComplete="off"
            value={draft.amount}
            error={errors[amountName]}
            onChange={(event) => set({ amount: event.target.value })}
          />
        )}
        {measure !== 'rupiah' && (
          <TextField
            label={t('galangPledges.fulfilments.valuation')}
            name="valuationRupiah"
            inputMode="numeric"
            autoComplete="off"
            value={draft.valuationRupiah}
            error={errors.valuationRupiah}
            onChange={(event) => set({ valuationRupiah: event.target.value })}
          />
        )}
      </div>
      <div className="field-row">
        <Field
          label={t('galangPledges.fulfilments.photo')}
          hint={draft.evidencePhoto ? t('galangPledges.fulfilments.photoChosen') : undefined}
          error={errors.evidencePhoto}
        >
          {(control) => (
            <input
              {...control}
              ref={fileRef}
              name="evidencePhoto"
              type="file"
              accept="image/*"
              onChange={(event) => void choosePhoto(event.target.files?.[0])}
            />
          )}
        </Field>
        <TextField
          label={t('galangPledges.fulfilments.reference')}
          hint={t('galangPledges.fulfilments.referenceHint')}
          name="evidenceReference"
          autoComplete="off"
          maxLength={200}
          value={draft.evidenceReference}
          error={errors.evidenceReference}
          onChange={(event) => set({ evidenceReference: event.target.value })}
        />
        <TextField
          label={t('galangPledges.fulfilments.note')}
          name="note"
          autoComplete="off"
          value={draft.note}
          error={errors.note}
          onChange={(event) => set({ note: event.target.value })}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" aria-busy={busy}>
          {t(editing ? 'galangPledges.fulfilments.saveChanges' : 'galangPledges.fulfilments.save')}
        </button>
        {editing && (
          <button type="button" className="button" onClick={() => onDone(null)}>
            {t('galangPledges.fulfilments.cancelEdit')}
          </button>
        )}
      </div>
    </form>
  )
}

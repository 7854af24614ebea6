import type { MembershipStatus } from '@shared/members'
import { useText } from '@renderer/i18n'
import { DateField } from '@renderer/ui/DateField'
import { SelectField } from '@renderer/ui/SelectField'
import { TextField } from '@renderer/ui/TextField'

/** One entry of a status history as a form holds it; '' while no status is chosen yet. */
export interface StatusDraft<Status extends MembershipStatus | '' = MembershipStatus> {
  status: Status
  effectiveOn: string
  note: string
}

export type StatusField = keyof StatusDraft

/**
 * The status, the date it took effect and a note: what main's status input takes, whether a new
 * step is recorded or a recorded one corrected. Each change names its field, so the form can
 * check that field's message again.
 */
export function StatusFields<Status extends MembershipStatus | ''>({
  statusLabel,
  options,
  choose,
  draft,
  errors,
  onChange,
}: {
  statusLabel: string
  options: readonly MembershipStatus[]
  /** Offers an empty "choose" option first, for a step no one has picked yet ('' in the draft). */
  choose?: boolean
  draft: StatusDraft<Status>
  errors: Partial<Record<StatusField, string>>
  onChange(patch: Partial<StatusDraft<Status>>, field: StatusField): void
}) {
  const t = useText()
  return (
    <>
      <div className="field-row">
        <SelectField
          label={statusLabel}
          error={errors.status}
          name="status"
          value={draft.status}
          onChange={(event) => onChange({ status: event.target.value as Status }, 'status')}
          placeholder={choose ? t('records.choose') : undefined}
          options={options.map((option) => ({ value: option, label: t(`member.status.${option}`) }))}
        />
        <DateField
          label={t('records.status.effectiveOn')}
          name="effectiveOn"
          value={draft.effectiveOn}
          onChange={(effectiveOn) => onChange({ effectiveOn }, 'effectiveOn')}
          error={errors.effectiveOn}
        />
      </div>
      <TextField
        label={t('records.status.note')}
        name="note"
        value={draft.note}
        onChange={(event) => onChange({ note: event.target.value }, 'note')}
        error={errors.note}
      />
    </>
  )
}

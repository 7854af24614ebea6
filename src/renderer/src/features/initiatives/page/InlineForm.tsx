import type { ErrorPayload } from '@shared/errors'
import { useText } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'

/**
 * The end of a small form that opens in place (a need, an issue cluster): a refusal of the whole
 * form (field messages sit at their fields), then save and cancel.
 */
export function InlineFormEnd({
  refusal,
  saveLabel,
  busy,
  onCancel,
}: {
  refusal: ErrorPayload | null
  saveLabel: string
  busy: boolean
  onCancel(): void
}) {
  const t = useText()
  return (
    <>
      <ErrorAlert error={refusal?.fields ? null : refusal} />
      <div className="initiative-actions">
        <button type="submit" className="button button--primary" aria-busy={busy}>
          {saveLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('initiativePage.cancel')}
        </button>
      </div>
    </>
  )
}

/** A table row's "Ubah" and "Hapus", each named with the row it acts on. */
export function RowActions({
  name,
  onEdit,
  onDelete,
}: {
  name: { edit: string; delete: string }
  onEdit(): void
  onDelete(): void
}) {
  const t = useText()
  return (
    <td className="initiative-row-actions">
      <button type="button" className="button" aria-label={name.edit} onClick={onEdit}>
        {t('initiativePage.needs.edit')}
      </button>
      <button type="button" className="button button--danger-outline" aria-label={name.delete} onClick={onDelete}>
        {t('initiativePage.needs.delete')}
      </button>
    </td>
  )
}

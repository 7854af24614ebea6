import { measureOf } from '@shared/initiatives'
import { partnershipModels, partnerTypes } from '@shared/pledges'
import { useText } from '@renderer/i18n'
import { SelectField } from '@renderer/ui/SelectField'
import { TextField } from '@renderer/ui/TextField'
import type { PledgeDraft } from './draft'

interface Props {
  draft: PledgeDraft
  errors: Record<string, string>
  onChange(change: Partial<PledgeDraft>): void
}

/** Only what the chosen form of support is measured in, plus a valuation for support in kind. */
export function AmountFields({ draft, errors, onChange }: Props) {
  const t = useText()
  if (draft.form === '') return null
  const measure = measureOf(draft.form)
  const text = (name: 'rupiah' | 'quantity' | 'unit' | 'people' | 'hours' | 'description' | 'valuationRupiah') => ({
    name,
    value: draft[name],
    error: errors[name],
    autoComplete: 'off',
    onChange: (event: { target: { value: string } }) => onChange({ [name]: event.target.value }),
  })
  const numeric = { inputMode: 'numeric' as const }
  return (
    <>
      {measure === 'rupiah' && (
        <TextField
          label={t('galangPledges.form.rupiah')}
          hint={t('galangPledges.form.rupiahHint')}
          {...numeric}
          {...text('rupiah')}
        />
      )}
      {measure === 'quantity' && (
        <div className="field-row">
          <TextField label={t('galangPledges.form.quantity')} {...numeric} {...text('quantity')} />
          <TextField label={t('galangPledges.form.unit')} {...text('unit')} />
        </div>
      )}
      {measure === 'hours' && (
        <div className="field-row">
          <TextField label={t('galangPledges.form.people')} {...numeric} {...text('people')} />
          <TextField label={t('galangPledges.form.hours')} {...numeric} {...text('hours')} />
        </div>
      )}
      {measure === 'text' && <TextField label={t('galangPledges.form.description')} {...text('description')} />}
      {draft.form === 'cooperation' && (
        <div className="field-row">
          <SelectField
            label={t('galangPledges.form.partnershipModel')}
            name="partnershipModel"
            value={draft.partnershipModel}
            error={errors.partnershipModel}
            placeholder={t('galangPledges.form.choose')}
            options={partnershipModels.map((value) => ({
              value,
              label: t(`galangPledges.partnershipModels.${value}`),
            }))}
            onChange={(event) => onChange({ partnershipModel: event.target.value })}
          />
          <SelectField
            label={t('galangPledges.form.partnerType')}
            name="partnerType"
            value={draft.partnerType}
            error={errors.partnerType}
            placeholder={t('galangPledges.form.choose')}
            options={partnerTypes.map((value) => ({ value, label: t(`galangPledges.partnerTypes.${value}`) }))}
            onChange={(event) => onChange({ partnerType: event.target.value })}
          />
        </div>
      )}
      {measure !== 'rupiah' && (
        <TextField
          label={t('galangPledges.form.valuation')}
          hint={t('galangPledges.form.valuationHint')}
          {...numeric}
          {...text('valuationRupiah')}
        />
      )}
    </>
  )
}

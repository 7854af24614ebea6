import { measureOf } from '@shared/initiatives'
import { instalmentPlan } from '@shared/instalments'
import { instalmentIntervals, type InstalmentInterval } from '@shared/pledges'
import { useText } from '@renderer/i18n'
import { DateField } from '@renderer/ui/DateField'
import { SelectField } from '@renderer/ui/SelectField'
import { TextField } from '@renderer/ui/TextField'
import { useAmounts } from './amounts'
import { inputOf, type PledgeDraft } from './draft'
import '@renderer/ui/PlainTable.css'

interface Props {
  draft: PledgeDraft
  errors: Record<string, string>
  onChange(change: Partial<PledgeDraft>): void
}

/** One due date, or n instalments from a first due date, with the dates and amounts shown before saving. */
export function ScheduleFields({ draft, errors, onChange }: Props) {
  const t = useText()
  const measure = draft.form === '' ? null : measureOf(draft.form)
  // Support described in words has no amount to split.
  const instalments = draft.schedule === 'instalments' && measure !== 'text'
  return (
    <>
      <div className="field-row">
        <DateField
          label={t('galangPledges.form.pledgedOn')}
          name="pledgedOn"
          value={draft.pledgedOn}
          error={errors.pledgedOn}
          onChange={(pledgedOn) => onChange({ pledgedOn })}
        />
        {measure !== 'text' && (
          <SelectField
            label={t('galangPledges.form.schedule')}
            name="schedule"
            value={draft.schedule}
            options={[
              { value: 'single', label: t('galangPledges.form.single') },
              { value: 'instalments', label: t('galangPledges.form.instalments') },
            ]}
            onChange={(event) => onChange({ schedule: event.target.value as PledgeDraft['schedule'] })}
          />
        )}
      </div>
      <div className="field-row">
        <DateField
          label={t(instalments ? 'galangPledges.form.firstDue' : 'galangPledges.form.dueOn')}
          name="dueOn"
          value={draft.dueOn}
          error={errors.dueOn}
          onChange={(dueOn) => onChange({ dueOn })}
        />
        {instalments && (
          <>
            <TextField
              label={t('galangPledges.form.instalmentCount')}
              name="instalmentCount"
              inputMode="numeric"
              autoComplete="off"
              value={draft.instalmentCount}
              error={errors.instalmentCount}
              onChange={(event) => onChange({ instalmentCount: event.target.value })}
            />
            <SelectField
              label={t('galangPledges.form.interval')}
              name="instalmentInterval"
              value={draft.instalmentInterval}
              error={errors.instalmentInterval}
              options={instalmentIntervals.map((value) => ({ value, label: t(`galangPledges.form.${value}`) }))}
              onChange={(event) => onChange({ instalmentInterval: event.target.value as InstalmentInterval })}
            />
          </>
        )}
      </div>
      {instalments && <PlanPreview draft={draft} />}
    </>
  )
}

const calendarDay = /^\d{4}-\d{2}-\d{2}$/

/** The instalments main will derive, once the amount, count and first due date can be read. */
function PlanPreview({ draft }: { draft: PledgeDraft }) {
  const t = useText()
  const { measured, day } = useAmounts()
  if (draft.form === '') return null
  const form = draft.form
  const input = inputOf(draft)
  const pledged = input.rupiah ?? input.quantity ?? (input.people ?? 0) * (input.hours ?? 0)
  const count = input.instalmentCount ?? Number.NaN
  const dueOn = input.dueOn ?? ''
  if (!calendarDay.test(dueOn) || !Number.isInteger(count) || count < 1 || count > 120) return null
  if (!Number.isSafeInteger(pledged) || pledged <= 0) return null
  const plan = instalmentPlan(
    { dueOn, instalmentCount: count, instalmentInterval: input.instalmentInterval ?? null },
    pledged,
  )
  return (
    <table className="plain-table pledge-plan" aria-live="polite">
      <caption>{t('galangPledges.form.plan')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('galangPledges.form.planNumber')}</th>
          <th scope="col">{t('galangPledges.form.planDue')}</th>
          <th scope="col">{t('galangPledges.form.planAmount')}</th>
        </tr>
      </thead>
      <tbody>
        {plan.map((instalment, index) => (
          <tr key={instalment.dueOn}>
            <td>{index + 1}</td>
            <td>{day(instalment.dueOn)}</td>
            <td className="number">{measured(form, instalment.amount, draft.unit)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

import type { NeedMeasure } from '@shared/initiatives'
import { measureOf, supportForms, type PledgeDetail, type SupportForm } from '@shared/pledges'

/** What a supporter pledged and gave in one form of support (goods: in one unit). */
export interface FormTotal {
  form: SupportForm
  measure: NeedMeasure
  unit: string | null
  pledges: number
  /** In the form's measure; for forms described in words, null. Cancelled pledges promise nothing. */
  pledged: number | null
  /** In the form's measure; for forms described in words, how many times something was received. */
  received: number
  /** The rupiah valuation of what was received in kind. */
  valuation: number
}

/**
 * A supporter's pledges summed by form, in the order the forms are listed. Goods in different units
 * (sak, unit) are not added up: each unit has its own line.
 */
export function totalsByForm(pledges: PledgeDetail[]): FormTotal[] {
  const totals = new Map<string, FormTotal>()
  for (const pledge of pledges) {
    const measure = measureOf(pledge.form)
    const unit = measure === 'quantity' ? pledge.unit : null
    const key = `${pledge.form}/${unit ?? ''}`
    const total = totals.get(key) ?? {
      form: pledge.form,
      measure,
      unit,
      pledges: 0,
      pledged: measure === 'text' ? null : 0,
      received: 0,
      valuation: 0,
    }
    total.pledges += 1
    if (total.pledged !== null && pledge.cancelledOn === null) total.pledged += pledge.progress.pledged ?? 0
    total.received += measure === 'text' ? pledge.fulfilments.length : pledge.progress.received
    total.valuation += pledge.fulfilments.reduce((sum, fulfilment) => sum + (fulfilment.valuationRupiah ?? 0), 0)
    totals.set(key, total)
  }
  return [...totals.values()].sort((a, b) => supportForms.indexOf(a.form) - supportForms.indexOf(b.form))
}

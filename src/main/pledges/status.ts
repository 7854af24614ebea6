import { measureOf, type SupportForm } from '../../shared/initiatives'
import { instalmentPlan } from '../../shared/instalments'
import type { InstalmentInterval, InstalmentState, PledgeProgress } from '../../shared/pledges'

/** What status derivation reads of a pledge: its amount in its form's measure and its schedule. */
export interface PledgeTerms {
  form: SupportForm
  rupiah: number | null
  quantity: number | null
  people: number | null
  hours: number | null
  dueOn: string | null
  instalmentCount: number
  instalmentInterval: InstalmentInterval | null
  cancelledOn: string | null
}

/** A live fulfilment: its date and what it brought in the pledge's measure (1 for words). */
export interface Received {
  receivedOn: string
  amount: number
}

/** The pledge's amount in its measure: rupiah, quantity, person-hours; null for words. */
export function pledgedAmount(terms: Pick<PledgeTerms, 'form' | 'rupiah' | 'quantity' | 'people' | 'hours'>) {
  switch (measureOf(terms.form)) {
    case 'rupiah':
      return terms.rupiah
    case 'quantity':
      return terms.quantity
    case 'hours':
      return (terms.people ?? 0) * (terms.hours ?? 0)
    case 'text':
      return null
  }
}

/** A fulfilment's amount in the same measure; a fulfilment of words counts once. */
export function receivedAmount(
  form: SupportForm,
  fulfilment: { rupiah: number | null; quantity: number | null; hours: number | null },
) {
  const measure = measureOf(form)
  if (measure === 'text') return 1
  return (
    (measure === 'rupiah' ? fulfilment.rupiah : measure === 'quantity' ? fulfilment.quantity : fulfilment.hours) ?? 0
  )
}

/**
 * A pledge's status as of `today` (the hub's date): dibatalkan only once cancelled; terpenuhi when
 * what was received reaches the pledge; terlambat when a due date has passed (the due day itself
 * still counts as on time) and what was received by today is below what fell due before it;
 * otherwise sebagian terpenuhi or dijanjikan. Forms measured in words are met by any fulfilment.
 */
export function pledgeProgress(terms: PledgeTerms, fulfilments: Received[], today: string): PledgeProgress {
  const pledged = pledgedAmount(terms)
  const received = fulfilments.filter((f) => f.receivedOn <= today).reduce((sum, f) => sum + f.amount, 0)
  const plan = instalmentPlan(terms, pledged ?? 1)
  let cumulative = 0
  let dueSoFar = 0
  let overdueSince: string | null = null
  const instalments: InstalmentState[] = plan.map((instalment, index) => {
    const before = cumulative
    cumulative += instalment.amount
    const covered = Math.max(0, Math.min(instalment.amount, received - before))
    const passed = instalment.dueOn < today
    if (passed) dueSoFar = cumulative
    const paid = covered >= instalment.amount
    if (passed && !paid) overdueSince ??= instalment.dueOn
    const state = paid ? 'paid' : passed ? 'overdue' : covered > 0 ? 'partial' : 'pending'
    return { number: index + 1, dueOn: instalment.dueOn, amount: instalment.amount, covered, state }
  })
  const target = pledged ?? 1
  const shortfall = Math.max(0, dueSoFar - received)
  const status =
    terms.cancelledOn !== null
      ? 'cancelled'
      : received >= target
        ? 'fulfilled'
        : overdueSince !== null
          ? 'overdue'
          : received > 0
            ? 'partial'
            : 'promised'
  return {
    status,
    pledged,
    received,
    dueSoFar,
    shortfall,
    overdueSince: status === 'overdue' ? overdueSince : null,
    over: pledged === null ? 0 : Math.max(0, received - pledged),
    instalments: pledged === null ? [] : instalments,
  }
}

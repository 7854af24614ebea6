import { measureOf, type InitiativeProgress, type NeedProgress, type SupportForm } from '../../shared/initiatives'

/** A need's target, in the columns its form uses. */
export interface NeedTarget {
  form: SupportForm
  targetRupiah: number | null
  targetQuantity: number | null
  targetPeople: number | null
  targetHours: number | null
}

/**
 * What a need's live pledges brought: pledges neither cancelled nor deleted that name the need,
 * and the sums of their live fulfilments. A fulfilment's hours are person-hours given.
 */
export interface Received {
  pledgeCount: number
  fulfilmentCount: number
  rupiah: number
  quantity: number
  hours: number
}

export const nothingReceived: Received = { pledgeCount: 0, fulfilmentCount: 0, rupiah: 0, quantity: 0, hours: 0 }

/**
 * A need's progress in its own measure: rupiah for funds, quantity for goods, person-hours for
 * time (target: people × hours). A need described in words has no number to reach, so it is met
 * once anything was received against it, and its pledges and fulfilments are counted.
 */
export function needProgress(need: NeedTarget, received: Received): NeedProgress {
  const measure = measureOf(need.form)
  const counts = { pledgeCount: received.pledgeCount, fulfilmentCount: received.fulfilmentCount }
  if (measure === 'text') {
    const met = received.fulfilmentCount > 0
    return {
      measure,
      target: null,
      received: received.fulfilmentCount,
      ratio: met ? 1 : 0,
      met,
      over: false,
      ...counts,
    }
  }
  const target =
    measure === 'rupiah'
      ? need.targetRupiah
      : measure === 'quantity'
        ? need.targetQuantity
        : need.targetPeople === null || need.targetHours === null
          ? null
          : need.targetPeople * need.targetHours
  const got = measure === 'rupiah' ? received.rupiah : measure === 'quantity' ? received.quantity : received.hours
  // A target is always positive once saved; a row merged from elsewhere without one counts as unmet.
  const ratio = target !== null && target > 0 ? got / target : 0
  return { measure, target, received: got, ratio, met: ratio >= 1, over: ratio > 1, ...counts }
}

/**
 * An initiative's progress over its needs. Needs are measured in different units, so no one sum
 * can say how far it is: the ratio is the mean of the needs' own ratios, each capped at 1, so an
 * over-funded need cannot hide an unmet one, and every need weighs the same whatever its size.
 * Money is also shown as it is — rupiah received against the rupiah targeted by funds needs — since
 * that is what supporters and reports ask first; in-kind valuations do not count as rupiah received.
 */
export function initiativeProgress(needs: { form: SupportForm; progress: NeedProgress }[]): InitiativeProgress {
  const funds = needs.filter((need) => need.form === 'funds')
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
  return {
    needCount: needs.length,
    metCount: needs.filter((need) => need.progress.met).length,
    ratio: needs.length === 0 ? null : sum(needs.map((need) => Math.min(1, need.progress.ratio))) / needs.length,
    rupiahTarget: sum(funds.map((need) => need.progress.target ?? 0)),
    rupiahReceived: sum(funds.map((need) => need.progress.received)),
  }
}

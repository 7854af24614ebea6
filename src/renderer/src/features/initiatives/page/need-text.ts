import { formatRupiah } from '@shared/format'
import type { Need, NeedProgress } from '@shared/initiatives'
import type { Translate } from '@renderer/i18n'

/** An amount in a need's own measure: Rp 5.000.000, 200 sak, 80 person-hours. */
function amount(need: Need, value: number, t: Translate): string {
  switch (need.progress.measure) {
    case 'rupiah':
      return formatRupiah(value)
    case 'quantity':
      return t('initiativePage.needs.quantity', { quantity: value, unit: need.unit ?? '' })
    default:
      return t('initiativePage.needs.personHours', { count: value })
  }
}

/** The target as it was set: "Rp 5.000.000", "200 sak semen", "10 orang × 8 jam", or its words. */
export function targetText(need: Need, t: Translate): string {
  switch (need.progress.measure) {
    case 'rupiah':
      return formatRupiah(need.targetRupiah ?? 0)
    case 'quantity':
      return amount(need, need.targetQuantity ?? 0, t)
    case 'hours':
      return t('initiativePage.needs.peopleHours', { people: need.targetPeople ?? 0, hours: need.targetHours ?? 0 })
    case 'text':
      return need.targetText ?? ''
  }
}

/** Whole percent, uncapped: over-fulfilment shows as more than 100. */
export const percentOf = (ratio: number) => Math.round(ratio * 100)

/** "Rp 1.250.000 dari Rp 5.000.000 (25%)"; a need in words says only whether anything came. */
export function progressText(need: Need, t: Translate): string {
  const progress: NeedProgress = need.progress
  if (progress.target === null)
    return t(progress.received > 0 ? 'initiativePage.needs.textReceived' : 'initiativePage.needs.textNone')
  const text = t('initiativePage.needs.progressText', {
    received: amount(need, progress.received, t),
    target: amount(need, progress.target, t),
    percent: percentOf(progress.ratio),
  })
  return progress.over ? `${text}, ${t('initiativePage.needs.over')}` : text
}

import { describe, expect, it } from 'vitest'
import type { SupportForm } from '../../shared/initiatives'
import { initiativeProgress, needProgress, nothingReceived, type NeedTarget } from './progress'
import { textNeedWithNothingReceived } from './testing'

const target = (form: SupportForm, values: Partial<NeedTarget> = {}): NeedTarget => ({
  form,
  targetRupiah: null,
  targetQuantity: null,
  targetPeople: null,
  targetHours: null,
  ...values,
})
const received = (values: Partial<typeof nothingReceived>) => ({ ...nothingReceived, ...values })

describe('progress of a need', () => {
  it.each([
    [
      'funds, nothing yet',
      target('funds', { targetRupiah: 1_000_000 }),
      nothingReceived,
      [0, 1_000_000, 0, false, false],
    ],
    [
      'funds, part',
      target('funds', { targetRupiah: 1_000_000 }),
      received({ rupiah: 250_000, quantity: 9 }),
      [0.25, 1_000_000, 250_000, false, false],
    ],
    [
      'funds, exactly',
      target('funds', { targetRupiah: 1_000_000 }),
      received({ rupiah: 1_000_000 }),
      [1, 1_000_000, 1_000_000, true, false],
    ],
    [
      'funds, over',
      target('funds', { targetRupiah: 1_000_000 }),
      received({ rupiah: 1_500_000 }),
      [1.5, 1_000_000, 1_500_000, true, true],
    ],
    [
      'goods, by quantity',
      target('goods', { targetQuantity: 40 }),
      received({ quantity: 10, rupiah: 5_000_000 }),
      [0.25, 40, 10, false, false],
    ],
    [
      'time, people × hours',
      target('time', { targetPeople: 4, targetHours: 10 }),
      received({ hours: 30 }),
      [0.75, 40, 30, false, false],
    ],
    [
      'time, all person-hours',
      target('time', { targetPeople: 4, targetHours: 10 }),
      received({ hours: 40 }),
      [1, 40, 40, true, false],
    ],
    ['a target merged in missing', target('funds'), received({ rupiah: 10 }), [0, null, 10, false, false]],
  ] as const)('%s', (_, need, got, [ratio, goal, sum, met, over]) => {
    expect(needProgress(need, got)).toMatchObject({ ratio, target: goal, received: sum, met, over })
  })

  it.each(['knowledge', 'policy', 'cooperation', 'other'] as const)(
    'counts a %s need met once anything was received against it',
    (form) => {
      expect(needProgress(target(form), received({ pledgeCount: 2 }))).toEqual(textNeedWithNothingReceived(2))
      expect(needProgress(target(form), received({ pledgeCount: 2, fulfilmentCount: 3 }))).toMatchObject({
        received: 3,
        ratio: 1,
        met: true,
      })
    },
  )
})

describe('progress of an initiative', () => {
  const need = (form: SupportForm, values: Partial<NeedTarget>, got: Partial<typeof nothingReceived>) => {
    const goal = target(form, values)
    return { form, progress: needProgress(goal, received(got)) }
  }

  it('has no ratio without needs', () => {
    expect(initiativeProgress([])).toEqual({
      needCount: 0,
      metCount: 0,
      ratio: null,
      rupiahTarget: 0,
      rupiahReceived: 0,
    })
  })

  it('weighs every need the same, an over-funded one capped, and sums rupiah of funds needs only', () => {
    const progress = initiativeProgress([
      need('funds', { targetRupiah: 2_000_000 }, { rupiah: 3_000_000 }),
      need('funds', { targetRupiah: 1_000_000 }, { rupiah: 0 }),
      need('goods', { targetQuantity: 10 }, { quantity: 5, rupiah: 700_000 }),
      need('knowledge', {}, { fulfilmentCount: 1 }),
    ])
    expect(progress).toEqual({
      needCount: 4,
      metCount: 2,
      ratio: (1 + 0 + 0.5 + 1) / 4,
      rupiahTarget: 3_000_000,
      rupiahReceived: 3_000_000,
    })
  })
})

import { describe, expect, it } from 'vitest'
import type { Fulfilment, PledgeDetail, SupportForm } from '@shared/pledges'
import { totalsByForm } from './totals'

/** Only what the sums read; the rest of a pledge does not matter to them. */
const pledge = (
  form: SupportForm,
  pledged: number | null,
  received: number,
  extra: { unit?: string; cancelledOn?: string; valuations?: number[] } = {},
) =>
  ({
    form,
    unit: extra.unit ?? null,
    cancelledOn: extra.cancelledOn ?? null,
    progress: { pledged, received },
    fulfilments: (extra.valuations ?? [0]).map((valuationRupiah) => ({ valuationRupiah }) as Fulfilment),
  }) as PledgeDetail

describe('what a supporter pledged and gave, by form', () => {
  it('sums each form in its measure, goods per unit, in the order the forms are listed', () => {
    const totals = totalsByForm([
      pledge('goods', 100, 40, { unit: 'sak', valuations: [3_000_000] }),
      pledge('funds', 3_750_000, 1_250_000),
      pledge('goods', 5, 5, { unit: 'unit', valuations: [1_000_000, 500_000] }),
      pledge('funds', 1_000_000, 0),
      pledge('knowledge', null, 1, { valuations: [0, 0] }),
    ])
    expect(
      totals.map(({ form, unit, pledges, pledged, received, valuation }) => [
        form,
        unit,
        pledges,
        pledged,
        received,
        valuation,
      ]),
    ).toEqual([
      ['funds', null, 2, 4_750_000, 1_250_000, 0],
      ['goods', 'sak', 1, 100, 40, 3_000_000],
      ['goods', 'unit', 1, 5, 5, 1_500_000],
      ['knowledge', null, 1, null, 2, 0],
    ])
  })

  it('a cancelled pledge promises nothing more, but what it brought in still counts', () => {
    const [funds] = totalsByForm([
      pledge('funds', 2_000_000, 500_000, { cancelledOn: '2025-03-01' }),
      pledge('funds', 1_000_000, 0),
    ])
    expect(funds).toMatchObject({ pledges: 2, pledged: 1_000_000, received: 500_000 })
  })
})

import { describe, expect, it } from 'vitest'
import { addMonths } from '../../shared/instalments'
import { pledgeProgress, type PledgeTerms, type Received } from './status'

const funds = (rupiah: number, dueOn: string | null, more: Partial<PledgeTerms> = {}): PledgeTerms => ({
  form: 'funds',
  rupiah,
  quantity: null,
  people: null,
  hours: null,
  dueOn,
  instalmentCount: 1,
  instalmentInterval: null,
  cancelledOn: null,
  ...more,
})
const threeMonthly = funds(1_000_000, '2026-01-31', { instalmentCount: 3, instalmentInterval: 'monthly' })
const paid = (receivedOn: string, amount: number): Received => ({ receivedOn, amount })

describe('pledge status, derived from fulfilments and the date', () => {
  const cases: {
    name: string
    terms: PledgeTerms
    received: Received[]
    today: string
    expected: Partial<ReturnType<typeof pledgeProgress>>
  }[] = [
    {
      name: 'nothing yet, not due',
      terms: funds(500_000, '2026-06-01'),
      received: [],
      today: '2026-05-01',
      expected: { status: 'promised', received: 0 },
    },
    {
      name: 'no due date never falls overdue',
      terms: funds(500_000, null),
      received: [],
      today: '2030-01-01',
      expected: { status: 'promised', dueSoFar: 0 },
    },
    {
      name: 'the due day itself is on time',
      terms: funds(500_000, '2026-06-01'),
      received: [],
      today: '2026-06-01',
      expected: { status: 'promised' },
    },
    {
      name: 'the day after, unmet: overdue',
      terms: funds(500_000, '2026-06-01'),
      received: [],
      today: '2026-06-02',
      expected: { status: 'overdue', dueSoFar: 500_000, shortfall: 500_000, overdueSince: '2026-06-01' },
    },
    {
      name: 'part received before the due date',
      terms: funds(500_000, '2026-06-01'),
      received: [paid('2026-05-10', 200_000)],
      today: '2026-05-20',
      expected: { status: 'partial', received: 200_000 },
    },
    {
      name: 'part received, due date passed',
      terms: funds(500_000, '2026-06-01'),
      received: [paid('2026-05-10', 200_000)],
      today: '2026-07-01',
      expected: { status: 'overdue', shortfall: 300_000 },
    },
    {
      name: 'fulfilled in two parts',
      terms: funds(500_000, '2026-06-01'),
      received: [paid('2026-05-10', 200_000), paid('2026-06-01', 300_000)],
      today: '2026-07-01',
      expected: { status: 'fulfilled', over: 0 },
    },
    {
      name: 'over-fulfilled, flagged',
      terms: funds(500_000, '2026-06-01'),
      received: [paid('2026-05-10', 650_000)],
      today: '2026-05-11',
      expected: { status: 'fulfilled', over: 150_000 },
    },
    {
      name: 'a fulfilment dated after today does not count yet',
      terms: funds(500_000, '2026-06-01'),
      received: [paid('2026-06-10', 500_000)],
      today: '2026-06-05',
      expected: { status: 'overdue', received: 0 },
    },
    {
      name: 'cancelled stays cancelled whatever came in',
      terms: funds(500_000, '2026-06-01', { cancelledOn: '2026-05-15' }),
      received: [paid('2026-05-10', 100_000)],
      today: '2026-07-01',
      expected: { status: 'cancelled', received: 100_000 },
    },
    {
      name: 'instalments: first not yet due',
      terms: threeMonthly,
      received: [],
      today: '2026-01-31',
      expected: { status: 'promised', dueSoFar: 0 },
    },
    {
      name: 'instalments: first paid, second not due',
      terms: threeMonthly,
      received: [paid('2026-01-30', 333_333)],
      today: '2026-02-15',
      expected: { status: 'partial', dueSoFar: 333_333 },
    },
    {
      name: 'instalments: second passed unmet',
      terms: threeMonthly,
      received: [paid('2026-01-30', 333_333)],
      today: '2026-03-01',
      expected: { status: 'overdue', dueSoFar: 666_666, shortfall: 333_333, overdueSince: '2026-02-28' },
    },
    {
      name: 'instalments: paid ahead of schedule',
      terms: threeMonthly,
      received: [paid('2026-01-30', 700_000)],
      today: '2026-03-01',
      expected: { status: 'partial', shortfall: 0 },
    },
    {
      name: 'instalments: all paid, the last with the remainder',
      terms: threeMonthly,
      received: [paid('2026-01-30', 600_000), paid('2026-03-20', 400_000)],
      today: '2026-06-01',
      expected: { status: 'fulfilled' },
    },
    {
      name: 'quarterly instalments',
      terms: funds(900, '2026-01-15', { instalmentCount: 3, instalmentInterval: 'quarterly' }),
      received: [paid('2026-01-10', 300)],
      today: '2026-04-16',
      expected: { status: 'overdue', overdueSince: '2026-04-15', dueSoFar: 600 },
    },
    {
      name: 'goods counted in their unit',
      terms: { ...funds(0, '2026-03-01'), form: 'goods', rupiah: null, quantity: 50 },
      received: [paid('2026-02-01', 20)],
      today: '2026-02-02',
      expected: { status: 'partial', pledged: 50, received: 20 },
    },
    {
      name: 'time in person-hours',
      terms: { ...funds(0, null), form: 'time', rupiah: null, people: 4, hours: 10 },
      received: [paid('2026-02-01', 40)],
      today: '2026-02-02',
      expected: { status: 'fulfilled', pledged: 40 },
    },
    {
      name: 'words: met by one fulfilment',
      terms: { ...funds(0, '2026-03-01'), form: 'policy', rupiah: null },
      received: [paid('2026-02-01', 1)],
      today: '2026-04-01',
      expected: { status: 'fulfilled', pledged: null, over: 0, instalments: [] },
    },
    {
      name: 'words: overdue when its date passed with nothing',
      terms: { ...funds(0, '2026-03-01'), form: 'knowledge', rupiah: null },
      received: [],
      today: '2026-04-01',
      expected: { status: 'overdue' },
    },
  ]
  it.each(cases)('$name', ({ terms, received, today, expected }) => {
    expect(pledgeProgress(terms, received, today)).toMatchObject(expected)
  })

  it('moves with an edit of the due date', () => {
    const received = [paid('2026-01-05', 100_000)]
    expect(pledgeProgress(funds(500_000, '2026-01-10'), received, '2026-02-01').status).toBe('overdue')
    expect(pledgeProgress(funds(500_000, '2026-03-01'), received, '2026-02-01').status).toBe('partial')
  })

  it('splits instalments evenly in whole units, the remainder on the last, each with its state', () => {
    const progress = pledgeProgress(threeMonthly, [paid('2026-01-30', 400_000)], '2026-03-01')
    expect(progress.instalments).toEqual([
      { number: 1, dueOn: '2026-01-31', amount: 333_333, covered: 333_333, state: 'paid' },
      { number: 2, dueOn: '2026-02-28', amount: 333_333, covered: 66_667, state: 'overdue' },
      { number: 3, dueOn: '2026-03-31', amount: 333_334, covered: 0, state: 'pending' },
    ])
  })

  it('counts months from the first due date, keeping the day where the month has it', () => {
    expect(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30'].map((_, i) => addMonths('2026-01-31', i))).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
    ])
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28')
    expect(addMonths('2027-12-29', 2)).toBe('2028-02-29')
  })
})

import { describe, expect, it } from 'vitest'
import { testDatabase } from '../testing/database'
import { upgradedWithAnOrganisation } from '../testing/migrations'

describe('migration 0007_receipt_numbers', () => {
  it("finds an instance's receipt numbers of a year by index, not by reading every fulfilment", () => {
    const { sqlite } = testDatabase().database
    const plan = sqlite
      .prepare(
        `EXPLAIN QUERY PLAN SELECT max(CAST(substr(receipt_number, 22) AS INTEGER)) FROM fulfilments
         WHERE receipt_number > ? AND receipt_number < ?`,
      )
      .all('TT/35/2026/ABCDEF12-', 'TT/35/2026/ABCDEF12.') as { detail: string }[]
    expect(plan.map((step) => step.detail)).toEqual([
      'SEARCH fulfilments USING COVERING INDEX fulfilments_receipt_idx (receipt_number>? AND receipt_number<?)',
    ])
  })

  it('upgrades a database of version 0006, keeping its members', () => {
    const { upgraded, shipped } = upgradedWithAnOrganisation(7)
    expect(upgraded.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(shipped)
  })
})

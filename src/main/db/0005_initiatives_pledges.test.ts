import { describe, expect, it } from 'vitest'
import { syncedTableNamed } from '../sync/tables'
import { testDatabase } from '../testing/database'
import { upgradedWithAnOrganisation } from '../testing/migrations'

const plan = (sqlite: import('better-sqlite3').Database, sql: string) =>
  (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as { detail: string }[]).map((step) => step.detail)

const tables = [
  'issue_clusters',
  'initiatives',
  'initiative_status_changes',
  'initiative_steps',
  'needs',
  'stories',
  'supporters',
  'fee_rates',
  'pledges',
  'fulfilments',
]

describe('migration 0005_initiatives_pledges', () => {
  it('creates the synced tables of initiatives and Galang Daya, each exported by owner and change', () => {
    const { sqlite } = testDatabase().database
    for (const table of tables) {
      expect(syncedTableNamed(table), table).toBeDefined()
      expect(plan(sqlite, `SELECT id FROM ${table} WHERE hub_id = ? AND change_seq > 0`), table).toEqual([
        `SEARCH ${table} USING INDEX ${table}_hub_change_idx (hub_id=? AND change_seq>?)`,
      ])
    }
  })

  it('finds what belongs to an initiative, a pledge or a supporter by index', () => {
    const { sqlite } = testDatabase().database
    const lookups: [string, string][] = [
      ['SELECT id FROM needs WHERE initiative_id = ?', 'needs_initiative_idx'],
      ['SELECT id FROM initiative_steps WHERE initiative_id = ?', 'initiative_steps_initiative_idx'],
      ['SELECT id FROM stories WHERE initiative_id = ?', 'stories_initiative_idx'],
      ['SELECT id FROM pledges WHERE initiative_id = ?', 'pledges_initiative_idx'],
      ['SELECT id FROM pledges WHERE supporter_id = ?', 'pledges_supporter_idx'],
      ['SELECT id FROM fulfilments WHERE pledge_id = ?', 'fulfilments_pledge_idx'],
      ['SELECT id FROM initiatives WHERE lead_organisation_id = ?', 'initiatives_lead_idx'],
    ]
    for (const [sql, index] of lookups) expect(plan(sqlite, sql).join(' ')).toContain(`USING INDEX ${index}`)
  })

  it('upgrades a database of version 0004 with members, keeping them', () => {
    const { upgraded, shipped } = upgradedWithAnOrganisation(5)
    expect(upgraded.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(shipped)
    for (const table of tables)
      expect(upgraded.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0)
  })
})

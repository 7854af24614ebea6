import { describe, expect, it } from 'vitest'
import { testDatabase } from '../testing/database'
import { upgradedWithAnOrganisation } from '../testing/migrations'

const plan = (sqlite: import('better-sqlite3').Database, sql: string, ...params: unknown[]) =>
  (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((step) => step.detail)

describe('migration 0003_duplicate_dismissals', () => {
  it('creates the synced table of pairs marked "not a duplicate"', () => {
    const { sqlite } = testDatabase().database
    expect(
      sqlite.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all('duplicate_dismissals'),
    ).toEqual([
      'id',
      'hub_id',
      'created_at',
      'updated_at',
      'deleted_at',
      'created_hlc',
      'hlc',
      'field_clocks',
      'change_seq',
      'kind',
      'first_id',
      'second_id',
    ])
  })

  it('finds a pair, and every pair of one record, by index', () => {
    const { sqlite } = testDatabase().database
    const pair = 'SELECT id FROM duplicate_dismissals WHERE first_id = ? AND second_id = ?'
    expect(plan(sqlite, pair, 'a', 'b')).toEqual([
      'SEARCH duplicate_dismissals USING INDEX duplicate_dismissals_pair_idx (first_id=? AND second_id=?)',
    ])
    const partners = `SELECT second_id FROM duplicate_dismissals WHERE first_id = ? AND deleted_at IS NULL
      UNION SELECT first_id FROM duplicate_dismissals WHERE second_id = ? AND deleted_at IS NULL`
    expect(plan(sqlite, partners, 'a', 'a')).toEqual(
      expect.arrayContaining([
        'SEARCH duplicate_dismissals USING INDEX duplicate_dismissals_pair_idx (first_id=?)',
        'SEARCH duplicate_dismissals USING INDEX duplicate_dismissals_second_idx (second_id=?)',
      ]),
    )
  })

  it('upgrades a database of version 0002 with members, keeping them', () => {
    const { upgraded, shipped } = upgradedWithAnOrganisation(3)
    expect(upgraded.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(shipped)
    expect(upgraded.sqlite.prepare('SELECT count(*) FROM duplicate_dismissals').pluck().get()).toBe(0)
  })
})

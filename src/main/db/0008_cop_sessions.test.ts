import { describe, expect, it } from 'vitest'
import { testDatabase } from '../testing/database'
import { upgradedWithAnOrganisation } from '../testing/migrations'

describe('migration 0008_cop_sessions', () => {
  it("finds a session's participants and a certificate's code by index", () => {
    const { sqlite } = testDatabase().database
    const plan = (sql: string) =>
      (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as { detail: string }[]).map((step) => step.detail)
    expect(plan('SELECT * FROM cop_participants WHERE session_id = ?')).toEqual([
      'SEARCH cop_participants USING INDEX cop_participants_session_idx (session_id=?)',
    ])
    expect(plan('SELECT * FROM cop_certificates WHERE code = ?')).toEqual([
      'SEARCH cop_certificates USING INDEX cop_certificates_code_idx (code=?)',
    ])
  })

  it('upgrades a database of version 0007, keeping its members', () => {
    const { upgraded, shipped } = upgradedWithAnOrganisation(8)
    expect(upgraded.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(shipped)
    expect(upgraded.sqlite.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(1)
  })
})

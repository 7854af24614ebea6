import { describe, expect, it } from 'vitest'
import { upgradedWithAnOrganisation } from '../testing/migrations'

describe('migration 0010_privacy', () => {
  it('upgrades a database of version 0009: keeping its members, with no consent records or requests yet', () => {
    const { upgraded, shipped } = upgradedWithAnOrganisation(10)
    expect(upgraded.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(shipped)
    expect(upgraded.sqlite.prepare('SELECT count(*) FROM consent_records').pluck().get()).toBe(0)
    expect(upgraded.sqlite.prepare('SELECT count(*) FROM privacy_requests').pluck().get()).toBe(0)
  })
})

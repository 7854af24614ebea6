import { describe, expect, it } from 'vitest'
import { upgradedWithAnOrganisation } from '../testing/migrations'

describe('migration 0009_indicator_targets', () => {
  it('upgrades a database of version 0008, keeping its members, with no targets yet', () => {
    const { upgraded, shipped } = upgradedWithAnOrganisation(9)
    expect(upgraded.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(shipped)
    expect(upgraded.sqlite.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(1)
    expect(upgraded.sqlite.prepare('SELECT count(*) FROM indicator_targets').pluck().get()).toBe(0)
  })
})

import { describe, expect, it } from 'vitest'
import { statusTransitions, type MembershipStatus } from '../../../shared/members'
import { normalizePhone } from '../../../shared/phone'
import type { AppDatabase } from '../../db'
import { testServices } from '../../testing/database'
import { appErrorFrom } from '../../testing/errors'
import { organisationNameKey } from '../names'
import { seedMembers } from '.'

async function seededHub(options: { organisations: number; people: number; seed: number }) {
  const { services, registry } = testServices()
  const setUp = await registry.invoke('hub:setup', { role: 'hub', provinceCode: '35', name: 'Forum OMS Jawa Timur' })
  if (!setUp.ok) throw new Error(setUp.error.message)
  seedMembers(services.database, options)
  return services.database
}

const contentOf = (database: AppDatabase) => ({
  organisations: database.sqlite
    .prepare(`SELECT name, regency_code, village_code, phone, status FROM organisations ORDER BY rowid`)
    .all(),
  people: database.sqlite.prepare(`SELECT name, gender, birth_year, phone FROM people ORDER BY rowid`).all(),
})

describe('seedMembers', () => {
  it('makes the same members from the same seed, and others from another seed', async () => {
    const first = contentOf(await seededHub({ organisations: 30, people: 60, seed: 7 }))
    const again = contentOf(await seededHub({ organisations: 30, people: 60, seed: 7 }))
    const other = contentOf(await seededHub({ organisations: 30, people: 60, seed: 8 }))
    expect(again).toEqual(first)
    expect(other).not.toEqual(first)
  })

  it('adds to what the database holds', async () => {
    const database = await seededHub({ organisations: 10, people: 20, seed: 1 })
    seedMembers(database, { organisations: 5, people: 10, seed: 2 })
    seedMembers(database, { organisations: 0, people: 4, seed: 3 })
    const count = (table: string) => database.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get()
    expect(count('organisations')).toBe(15)
    expect(count('people')).toBe(34)
  })

  it("places organisations in the hub's province, in real kecamatan and desa, with valid phones", async () => {
    const database = await seededHub({ organisations: 200, people: 0, seed: 3 })
    const rows = database.sqlite
      .prepare(
        `SELECT o.name, o.name_key AS nameKey, o.phone, r.province_code AS province, d.regency_code AS districtRegency,
           o.regency_code AS regency, v.district_code AS villageDistrict, o.district_code AS district
         FROM organisations o JOIN ref_regencies r ON r.code = o.regency_code
         JOIN ref_districts d ON d.code = o.district_code JOIN ref_villages v ON v.code = o.village_code`,
      )
      .all() as Record<string, string | null>[]
    expect(rows).toHaveLength(200)
    for (const row of rows) {
      expect(row.province).toBe('35')
      expect(row.districtRegency).toBe(row.regency)
      expect(row.villageDistrict).toBe(row.district)
      expect(row.nameKey).toBe(organisationNameKey(row.name as string))
      if (row.phone) expect(normalizePhone(row.phone)).toBe(row.phone)
    }
    const regencies = new Set(rows.map((row) => row.regency))
    expect(regencies.size).toBeGreaterThan(20)
  })

  it('gives every person an open affiliation with their organisation, and every status its history', async () => {
    const database = await seededHub({ organisations: 20, people: 80, seed: 4 })
    const orphans = database.sqlite
      .prepare(
        `SELECT count(*) FROM people p WHERE NOT EXISTS (SELECT 1 FROM organisations o WHERE o.id = p.organisation_id)
           OR NOT EXISTS (SELECT 1 FROM affiliations a WHERE a.person_id = p.id
             AND a.organisation_id = p.organisation_id AND a.until_on IS NULL)`,
      )
      .pluck()
      .get()
    expect(orphans).toBe(0)
    const withoutHistory = database.sqlite
      .prepare(
        `SELECT count(*) FROM organisations o WHERE NOT EXISTS (SELECT 1 FROM membership_changes m
           WHERE m.organisation_id = o.id AND m.status = o.status AND m.effective_on = o.status_since)`,
      )
      .pluck()
      .get()
    expect(withoutHistory).toBe(0)
    const changes = database.sqlite
      .prepare(
        `SELECT m.organisation_id AS id, m.status, m.effective_on AS "on", o.founded_year AS founded
         FROM membership_changes m JOIN organisations o ON o.id = m.organisation_id ORDER BY m.effective_on`,
      )
      .all() as { id: string; status: MembershipStatus; on: string; founded: number }[]
    const byOrganisation = new Map<string, typeof changes>()
    for (const change of changes) byOrganisation.set(change.id, [...(byOrganisation.get(change.id) ?? []), change])
    for (const history of byOrganisation.values()) {
      expect(history[0]?.status).toBe('candidate')
      expect(history[0]?.founded).toBeLessThanOrEqual(Number(history[0]?.on.slice(0, 4)))
      for (let i = 1; i < history.length; i++)
        expect(statusTransitions[history[i - 1]?.status as MembershipStatus]).toContain(history[i]?.status)
    }
    const sameNameInOneOrganisation = database.sqlite
      .prepare(`SELECT count(*) FROM (SELECT 1 FROM people GROUP BY organisation_id, name HAVING count(*) > 1)`)
      .pluck()
      .get()
    expect(sameNameInOneOrganisation).toBe(0)
    const yayasanOfOtherType = database.sqlite
      .prepare(`SELECT count(*) FROM organisations WHERE name LIKE 'Yayasan %' AND type_code != 'foundation'`)
      .pluck()
      .get()
    expect(yayasanOfOtherType).toBe(0)
    const women = database.sqlite.prepare(`SELECT count(*) FROM people WHERE gender = 'female'`).pluck().get()
    expect(women).toBeGreaterThan(15)
    expect(women).toBeLessThan(65)
  })

  it('refuses people without any organisation to belong to, writing nothing', async () => {
    const { services, registry } = testServices()
    await registry.invoke('hub:setup', { role: 'hub', provinceCode: '35', name: 'Forum OMS Jawa Timur' })
    const error = await appErrorFrom(() => seedMembers(services.database, { organisations: 0, people: 5, seed: 1 }))
    expect(error.userMessage.key).toBe('errors.seedNeedsOrganisations')
    expect(services.database.sqlite.prepare(`SELECT count(*) FROM people`).pluck().get()).toBe(0)
  })

  it('needs a hub that is set up', async () => {
    const { services } = testServices()
    const error = await appErrorFrom(() => seedMembers(services.database, { organisations: 1, people: 0, seed: 1 }))
    expect(error.code).toBe('NOT_SET_UP')
  })
})

import { describe, expect, it } from 'vitest'
import { initiativeTransitions, measureOf, type InitiativeStatus, type SupportForm } from '../../../shared/initiatives'
import type { AppDatabase } from '../../db'
import { seedMembers } from '../../members/seed'
import { testServices } from '../../testing/database'
import { appErrorFrom } from '../../testing/errors'
import { stepId } from '../ids'
import { seedInitiatives } from '.'

async function hubWithMembers(organisations: number) {
  const { services, registry } = testServices({ clock: () => Date.parse('2026-06-15T03:00:00Z') })
  const setUp = await registry.invoke('hub:setup', { role: 'hub', provinceCode: '35', name: 'Forum OMS Jawa Timur' })
  if (!setUp.ok) throw new Error(setUp.error.message)
  seedMembers(services.database, { organisations, people: 0, seed: 1 })
  return services.database
}

const all = (database: AppDatabase, sql: string) => database.sqlite.prepare(sql).all() as Record<string, unknown>[]

/** Content without ids and clocks: references are followed to what they name. */
const contentOf = (database: AppDatabase) => ({
  initiatives: all(
    database,
    `SELECT i.title, o.name AS lead, i.regency_code, i.village_code, i.status, i.status_since, i.starts_on, i.ends_on,
       i.beneficiary_count, i.sdgs, i.sector_codes
     FROM initiatives i JOIN organisations o ON o.id = i.lead_organisation_id ORDER BY i.rowid`,
  ),
  history: all(
    database,
    `SELECT i.title, c.status, c.effective_on, c.note FROM initiative_status_changes c
     JOIN initiatives i ON i.id = c.initiative_id ORDER BY c.rowid`,
  ),
  steps: all(database, `SELECT step, done FROM initiative_steps ORDER BY rowid`),
  needs: all(
    database,
    `SELECT form, description, target_rupiah, target_quantity, unit, target_people, target_hours, target_text
     FROM needs ORDER BY rowid`,
  ),
  stories: all(database, `SELECT title, happened_on, resource_mix, status FROM stories ORDER BY rowid`),
})

describe('seedInitiatives', () => {
  it('makes the same initiatives from the same seed, and others from another seed', async () => {
    const seeded = async (seed: number) => {
      const database = await hubWithMembers(40)
      seedInitiatives(database, { initiatives: 30, seed })
      return contentOf(database)
    }
    const first = await seeded(7)
    expect(first.initiatives).toHaveLength(30)
    expect(await seeded(7)).toEqual(first)
    expect(await seeded(8)).not.toEqual(first)
  })

  it('spreads statuses over dated histories that follow the transitions, six steps done before publishing', async () => {
    const database = await hubWithMembers(40)
    const result = seedInitiatives(database, { initiatives: 200, seed: 3 })
    expect(result.initiatives).toBe(200)
    const statuses = all(database, `SELECT status, count(*) AS n FROM initiatives GROUP BY status`)
    const byStatus = Object.fromEntries(statuses.map((row) => [row.status, row.n as number]))
    for (const status of ['draft', 'published', 'running', 'completed', 'cancelled'])
      expect(byStatus[status], status).toBeGreaterThan(5)

    const initiatives = all(
      database,
      `SELECT id, status, status_since AS since, starts_on AS startsOn, ends_on AS endsOn FROM initiatives`,
    ) as { id: string; status: InitiativeStatus; since: string; startsOn: string; endsOn: string }[]
    const history = database.sqlite.prepare(
      `SELECT status, effective_on AS effectiveOn FROM initiative_status_changes WHERE initiative_id = ? ORDER BY effective_on`,
    )
    const doneSteps = database.sqlite.prepare(
      `SELECT id, step FROM initiative_steps WHERE initiative_id = ? AND done ORDER BY step`,
    )
    for (const initiative of initiatives) {
      const changes = history.all(initiative.id) as { status: InitiativeStatus; effectiveOn: string }[]
      expect(changes[0]?.status).toBe('draft')
      for (let i = 1; i < changes.length; i++) {
        expect(initiativeTransitions[changes[i - 1]?.status as InitiativeStatus]).toContain(changes[i]?.status)
        expect((changes[i]?.effectiveOn as string) > (changes[i - 1]?.effectiveOn as string)).toBe(true)
      }
      expect(changes.at(-1)).toEqual({ status: initiative.status, effectiveOn: initiative.since })
      expect(initiative.since <= '2026-06-15').toBe(true)
      expect(initiative.endsOn > initiative.startsOn).toBe(true)
      const steps = doneSteps.all(initiative.id) as { id: string; step: number }[]
      for (const step of steps) expect(step.id).toBe(stepId(initiative.id, step.step))
      if (changes.some((change) => change.status === 'published')) expect(steps).toHaveLength(6)
      else expect(steps.length).toBeLessThan(6)
    }
    expect(all(database, `SELECT count(*) AS n FROM initiative_steps`)[0]?.n).toBe(1200)
  })

  it("places initiatives in real desa of the hub's province, led by member OMS", async () => {
    const database = await hubWithMembers(40)
    seedInitiatives(database, { initiatives: 60, seed: 4 })
    const misplaced = all(
      database,
      `SELECT i.id FROM initiatives i
       LEFT JOIN organisations o ON o.id = i.lead_organisation_id
       LEFT JOIN ref_regencies r ON r.code = i.regency_code
       LEFT JOIN ref_districts d ON d.code = i.district_code
       LEFT JOIN ref_villages v ON v.code = i.village_code
       WHERE o.id IS NULL OR r.province_code != '35' OR d.regency_code != i.regency_code
         OR v.district_code != i.district_code OR i.title NOT LIKE '%' || v.name || '%'`,
    )
    expect(misplaced).toEqual([])
  })

  it('gives every initiative two to five needs with the target their form is measured in', async () => {
    const database = await hubWithMembers(20)
    const result = seedInitiatives(database, { initiatives: 80, seed: 5 })
    const perInitiative = all(database, `SELECT count(*) AS n FROM needs GROUP BY initiative_id`).map((row) => row.n)
    expect(perInitiative).toHaveLength(80)
    expect(Math.min(...(perInitiative as number[]))).toBeGreaterThanOrEqual(2)
    expect(Math.max(...(perInitiative as number[]))).toBeLessThanOrEqual(5)
    const needs = all(database, `SELECT * FROM needs`)
    expect(needs).toHaveLength(result.needs)
    expect(new Set(needs.map((need) => need.form)).size).toBeGreaterThanOrEqual(6)
    for (const need of needs) {
      const measure = measureOf(need.form as SupportForm)
      const present = (column: string) => need[column] !== null
      expect(present('target_rupiah'), need.description as string).toBe(measure === 'rupiah')
      expect(present('target_quantity') && present('unit')).toBe(measure === 'quantity')
      expect(present('target_people') && present('target_hours')).toBe(measure === 'hours')
      expect(present('target_text')).toBe(measure === 'text')
      if (measure === 'rupiah') expect((need.target_rupiah as number) % 500_000).toBe(0)
    }
  })

  it('writes stories, drafts and published, only of initiatives that ran, dated while they ran', async () => {
    const database = await hubWithMembers(20)
    const result = seedInitiatives(database, { initiatives: 120, seed: 6 })
    const stories = all(
      database,
      `SELECT s.status, s.happened_on AS happenedOn, s.resource_mix AS mix,
         (SELECT effective_on FROM initiative_status_changes c WHERE c.initiative_id = s.initiative_id
           AND c.status = 'running') AS ranFrom
       FROM stories s`,
    )
    expect(stories).toHaveLength(result.stories)
    expect(new Set(stories.map((story) => story.status))).toEqual(new Set(['draft', 'published']))
    for (const story of stories) {
      expect(story.ranFrom).not.toBeNull()
      expect((story.happenedOn as string) >= (story.ranFrom as string)).toBe(true)
      for (const part of JSON.parse(story.mix as string) as { amountRupiah: number }[])
        expect(Number.isInteger(part.amountRupiah) && part.amountRupiah > 0).toBe(true)
    }
  })

  it('refuses initiatives without member OMS to lead them, writing nothing', async () => {
    const database = await hubWithMembers(0)
    const error = await appErrorFrom(() => seedInitiatives(database, { initiatives: 3, seed: 1 }))
    expect(error.userMessage.key).toBe('errors.seedInitiativesNeedOrganisations')
    expect(all(database, `SELECT count(*) AS n FROM initiatives`)[0]?.n).toBe(0)
  })
})

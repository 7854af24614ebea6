import { describe, expect, it } from 'vitest'
import { measureOf, type SupportForm } from '../../../shared/initiatives'
import type { AppDatabase } from '../../db'
import { seedInitiatives } from '../../initiatives/seed'
import { seedMembers } from '../../members/seed'
import { testServices } from '../../testing/database'
import { appErrorFrom } from '../../testing/errors'
import { feeSnapshot, rateOn } from '../fees'
import { loadPledges } from '../pledge-rows'
import { seedGalangDaya } from '.'

const TODAY = '2026-06-15'

async function hubWithInitiatives(options: { organisations: number; initiatives: number }) {
  const { services, registry } = testServices({ clock: () => Date.parse(`${TODAY}T03:00:00Z`) })
  const setUp = await registry.invoke('hub:setup', { role: 'hub', provinceCode: '35', name: 'Forum OMS Jawa Timur' })
  if (!setUp.ok) throw new Error(setUp.error.message)
  seedMembers(services.database, { organisations: options.organisations, people: 0, seed: 1 })
  seedInitiatives(services.database, { initiatives: options.initiatives, seed: 1 })
  return services.database
}

const all = (database: AppDatabase, sql: string) => database.sqlite.prepare(sql).all() as Record<string, unknown>[]

/** Content without ids and clocks; a receipt number without the instance's own tag. */
const contentOf = (database: AppDatabase) => ({
  supporters: all(
    database,
    `SELECT s.name, s.kind, o.name AS organisation, s.phone, s.email, s.consent, s.consent_on FROM supporters s
     LEFT JOIN organisations o ON o.id = s.organisation_id ORDER BY s.rowid`,
  ),
  feeRates: all(database, `SELECT effective_from, rate_bp, provincial_share_bp FROM fee_rates ORDER BY rowid`),
  pledges: all(
    database,
    `SELECT s.name AS supporter, i.title, n.description AS need, p.form, p.rupiah, p.quantity, p.unit, p.people,
       p.hours, p.valuation_rupiah, p.pledged_on, p.due_on, p.instalment_count, p.instalment_interval,
       p.partnership_model, p.partner_type, p.cancelled_on, p.cancel_reason
     FROM pledges p JOIN supporters s ON s.id = p.supporter_id JOIN initiatives i ON i.id = p.initiative_id
     LEFT JOIN needs n ON n.id = p.need_id ORDER BY p.rowid`,
  ),
  fulfilments: all(
    database,
    `SELECT p.pledged_on, f.received_on, f.rupiah, f.quantity, f.hours, f.valuation_rupiah, f.evidence_reference,
       f.note, substr(f.receipt_number, 1, 11) || substr(f.receipt_number, 20) AS receipt, f.fee_rate_bp,
       f.fee_rupiah, f.provincial_share_rupiah
     FROM fulfilments f JOIN pledges p ON p.id = f.pledge_id ORDER BY f.rowid`,
  ),
})

describe('seedGalangDaya', () => {
  it('makes the same supporters, pledges and fulfilments from the same seed, and others from another', async () => {
    const seeded = async (seed: number) => {
      const database = await hubWithInitiatives({ organisations: 20, initiatives: 20 })
      seedGalangDaya(database, { supporters: 40, pledges: 120, seed })
      return contentOf(database)
    }
    const first = await seeded(7)
    expect(first.pledges).toHaveLength(120)
    expect(first.fulfilments.length).toBeGreaterThan(50)
    expect(await seeded(7)).toEqual(first)
    expect(await seeded(8)).not.toEqual(first)
  })

  it('leaves pledges in every status, some met beyond the pledge, some in instalments', async () => {
    const database = await hubWithInitiatives({ organisations: 30, initiatives: 40 })
    const result = seedGalangDaya(database, { supporters: 80, pledges: 600, seed: 2 })
    expect(result).toMatchObject({ supporters: 80, feeRates: 2, pledges: 600 })
    const pledges = loadPledges(database, 'true', [], TODAY)
    const count = (test: (pledge: (typeof pledges)[number]) => boolean) => pledges.filter(test).length
    for (const status of ['promised', 'partial', 'fulfilled', 'overdue', 'cancelled'])
      expect(
        count((p) => p.progress.status === status),
        status,
      ).toBeGreaterThan(5)
    expect(count((p) => p.progress.over > 0)).toBeGreaterThan(3)
    expect(count((p) => p.cancelledOn !== null && p.cancelReason === null)).toBe(0)
    const instalments = pledges.filter((p) => p.instalmentCount > 1)
    expect(instalments.length).toBeGreaterThan(30)
    for (const pledge of instalments) {
      expect(pledge.instalmentCount).toBeGreaterThanOrEqual(3)
      expect(pledge.instalmentCount).toBeLessThanOrEqual(12)
      expect(['monthly', 'quarterly']).toContain(pledge.instalmentInterval)
    }
    expect(count((p) => p.instalmentCount === 1 && p.dueOn !== null)).toBeGreaterThan(50)
    const fulfilments = pledges.flatMap((p) => p.fulfilments.map((f) => ({ ...f, pledge: p })))
    expect(fulfilments).toHaveLength(result.fulfilments)
    for (const { pledge, ...fulfilment } of fulfilments) {
      expect(fulfilment.receivedOn >= pledge.pledgedOn && fulfilment.receivedOn <= TODAY).toBe(true)
      expect(pledge.cancelledOn).toBeNull()
    }
  })

  it('pledges forms that match their needs, each measured as its form is', async () => {
    const database = await hubWithInitiatives({ organisations: 20, initiatives: 30 })
    seedGalangDaya(database, { supporters: 60, pledges: 300, seed: 3 })
    const pledges = all(
      database,
      `SELECT p.*, n.form AS needForm, n.initiative_id AS needInitiative, s.kind AS supporterKind,
         (SELECT min(effective_on) FROM initiative_status_changes c WHERE c.initiative_id = p.initiative_id
           AND c.status = 'published') AS publishedOn
       FROM pledges p LEFT JOIN needs n ON n.id = p.need_id JOIN supporters s ON s.id = p.supporter_id`,
    )
    expect(new Set(pledges.map((p) => p.form)).size).toBe(7)
    for (const pledge of pledges) {
      if (pledge.need_id !== null)
        expect([pledge.needForm, pledge.needInitiative]).toEqual([pledge.form, pledge.initiative_id])
      expect(pledge.publishedOn).not.toBeNull()
      expect((pledge.pledged_on as string) >= (pledge.publishedOn as string)).toBe(true)
      const measure = measureOf(pledge.form as SupportForm)
      expect(pledge.rupiah !== null).toBe(measure === 'rupiah')
      expect(pledge.quantity !== null && pledge.unit !== null).toBe(measure === 'quantity')
      expect(pledge.people !== null && pledge.hours !== null).toBe(measure === 'hours')
      expect(pledge.description !== null).toBe(measure === 'text')
      expect(pledge.partnership_model !== null && pledge.partner_type !== null).toBe(pledge.form === 'cooperation')
      if (pledge.due_on !== null) expect((pledge.due_on as string) >= (pledge.pledged_on as string)).toBe(true)
      if (pledge.form === 'policy') expect(pledge.supporterKind).toBe('government')
    }
  })

  it('keeps the fee in force on each date, across the rate change, and numbers receipts by date', async () => {
    const database = await hubWithInitiatives({ organisations: 20, initiatives: 30 })
    seedGalangDaya(database, { supporters: 60, pledges: 400, seed: 4 })
    const rates = all(
      database,
      `SELECT effective_from AS effectiveFrom, rate_bp AS rateBp, provincial_share_bp AS provincialShareBp FROM fee_rates`,
    ) as { effectiveFrom: string; rateBp: number; provincialShareBp: number }[]
    expect(rates.map((rate) => rate.rateBp)).toEqual([500, 600])
    const rows = all(
      database,
      `SELECT f.*, p.form FROM fulfilments f JOIN pledges p ON p.id = f.pledge_id ORDER BY f.receipt_number`,
    )
    const funds = rows.filter((row) => row.form === 'funds')
    for (const row of funds) {
      const expected = feeSnapshot(row.rupiah as number, rateOn(rates, row.received_on as string))
      expect([row.fee_rate_bp, row.fee_rupiah, row.provincial_share_bp, row.provincial_share_rupiah]).toEqual([
        expected.feeRateBp,
        expected.feeRupiah,
        expected.provincialShareBp,
        expected.provincialShareRupiah,
      ])
    }
    const underEach = (bp: number) => funds.filter((row) => row.fee_rate_bp === bp).length
    expect(underEach(500)).toBeGreaterThan(10)
    expect(underEach(600)).toBeGreaterThan(10)
    expect(rows.filter((row) => row.form !== 'funds').every((row) => row.fee_rupiah === 0)).toBe(true)
    expect(new Set(rows.map((row) => row.receipt_number)).size).toBe(rows.length)
    for (const row of rows) {
      expect(row.receipt_number).toMatch(
        new RegExp(`^TT/35/${(row.received_on as string).slice(0, 4)}/[0-9A-F]{8}-\\d{4}$`),
      )
      expect(row.evidence_reference === null || /\S+ \S+/.test(row.evidence_reference as string)).toBe(true)
    }
    // Within a year, a later number was never received earlier.
    for (let i = 1; i < rows.length; i++)
      if ((rows[i]?.receipt_number as string).slice(0, 11) === (rows[i - 1]?.receipt_number as string).slice(0, 11))
        expect((rows[i]?.received_on as string) >= (rows[i - 1]?.received_on as string)).toBe(true)
  })

  it('links OMS supporters to the directory, keeps contact details of some, and seeds fee rates once', async () => {
    const database = await hubWithInitiatives({ organisations: 20, initiatives: 20 })
    seedGalangDaya(database, { supporters: 200, pledges: 10, seed: 5 })
    const again = seedGalangDaya(database, { supporters: 10, pledges: 10, seed: 6 })
    expect(again.feeRates).toBe(0)
    expect(all(database, `SELECT count(*) AS n FROM fee_rates`)[0]?.n).toBe(2)
    const supporters = all(
      database,
      `SELECT s.kind, s.name, s.consent, s.consent_on AS consentOn, s.phone, o.name AS organisation
       FROM supporters s LEFT JOIN organisations o ON o.id = s.organisation_id`,
    )
    expect(supporters).toHaveLength(210)
    expect(new Set(supporters.map((s) => s.kind)).size).toBeGreaterThanOrEqual(8)
    const oms = supporters.filter((s) => s.kind === 'organisation')
    expect(oms.length).toBeGreaterThan(3)
    for (const supporter of oms) expect(supporter.organisation).toBe(supporter.name)
    expect(supporters.filter((s) => s.kind !== 'organisation').every((s) => s.organisation === null)).toBe(true)
    for (const supporter of supporters) expect(supporter.consentOn !== null).toBe(supporter.consent === 1)
    const withPhone = (consent: number) => supporters.filter((s) => s.consent === consent && s.phone !== null).length
    expect(withPhone(1)).toBeGreaterThan(50)
    expect(withPhone(0)).toBeGreaterThan(5)
  })

  it('refuses pledges without supporters or without published initiatives, writing nothing', async () => {
    const database = await hubWithInitiatives({ organisations: 5, initiatives: 0 })
    const noSupporters = await appErrorFrom(() => seedGalangDaya(database, { supporters: 0, pledges: 5, seed: 1 }))
    expect(noSupporters.userMessage.key).toBe('errors.seedPledgesNeedSupporters')
    const noInitiatives = await appErrorFrom(() => seedGalangDaya(database, { supporters: 5, pledges: 5, seed: 1 }))
    expect(noInitiatives.userMessage.key).toBe('errors.seedPledgesNeedInitiatives')
    expect(
      all(database, `SELECT (SELECT count(*) FROM supporters) + (SELECT count(*) FROM fee_rates) AS n`)[0]?.n,
    ).toBe(0)
  })
})

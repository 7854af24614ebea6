import type { Result } from '../../src/shared/errors'
import type { InitiativeDetail } from '../../src/shared/initiatives'
import type { PledgeDetail, SupporterSaveResult } from '../../src/shared/pledges'
import { addMonths } from '../../src/shared/instalments'
import { localDate } from '../../src/shared/format'
import type { Harness } from '../../scripts/harness/server'
import { createOrganisation } from './records-seed'

const value = <T>(result: Result<unknown>, what: string): T => {
  if (!result.ok) throw new Error(`could not create ${what}: ${result.error.message}`)
  return result.value as T
}

/** Today where the Jawa Timur hub is, and days from it, as YYYY-MM-DD. */
export const today = () => localDate(new Date(), 'WIB')
export const daysFromToday = (days: number) =>
  new Date(Date.parse(`${today()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
export const monthsFromToday = (months: number) => addMonths(today(), months)

/** An OMS's initiative with a funds need and a goods need, and two supporters, all through the handlers. */
export async function seedGalangDaya(harness: Harness) {
  const lead = await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  const initiative = value<InitiativeDetail>(
    await harness.registry.invoke('initiatives:create', {
      leadOrganisationId: lead,
      title: 'Air bersih Desa Sukorejo',
      problem: 'Warga mengambil air dari sungai.',
      regencyCode: '35.19',
    }),
    'the initiative',
  )
  const withNeed = async (input: Record<string, unknown>) =>
    value<InitiativeDetail>(
      await harness.registry.invoke('initiatives:createNeed', { initiativeId: initiative.id, ...input }),
      'a need',
    )
  await withNeed({ form: 'funds', description: 'Pipa dan tandon', targetRupiah: 50_000_000 })
  await withNeed({ form: 'goods', description: 'Semen', targetQuantity: 300, unit: 'sak' })
  const supporter = async (name: string, kind: string) =>
    value<SupporterSaveResult & { saved: true }>(
      await harness.registry.invoke('supporters:create', { name, kind, allowDuplicates: true }),
      name,
    ).id
  return {
    initiativeId: initiative.id,
    bank: await supporter('Bank Jatim Cabang Madiun', 'company'),
    cement: await supporter('PT Semen Gresik', 'company'),
  }
}

/** A funds pledge saved through the handler. */
export async function seedFundsPledge(
  harness: Harness,
  ids: { initiativeId: string; supporterId: string },
  terms: { rupiah: number; pledgedOn: string; dueOn: string | null },
): Promise<PledgeDetail> {
  return value<PledgeDetail>(
    await harness.registry.invoke('pledges:create', { ...ids, form: 'funds', ...terms }),
    'the pledge',
  )
}

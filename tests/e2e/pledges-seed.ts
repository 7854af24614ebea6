import type { Result } from '../../src/shared/errors'
import type { InitiativeDetail } from '../../src/shared/initiatives'
import type { PledgeDetail, SupporterSaveResult } from '../../src/shared/pledges'
import { addMonths } from '../../src/shared/instalments'
import { localDate } from '../../src/shared/format'
import type { Harness } from '../../scripts/harness/server'
import { createOrganisation } from './records-seed'

/** A handler's answer, or a test error naming what could not be created. */
export const value = <T>(result: Result<unknown>, what: string): T => {
  if (!result.ok) throw new Error(`could not create ${what}: ${result.error.message}`)
  return result.value as T
}

/** Today where the Jawa Timur hub is, and days from it, as YYYY-MM-DD. */
export const today = () => localDate(new Date(), 'WIB')
export const daysFromToday = (days: number) =>
  new Date(Date.parse(`${today()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
export const monthsFromToday = (months: number) => addMonths(today(), months)

/** An OMS (the lead, by its name) and its initiative in Kabupaten Madiun, through the handlers. */
export async function seedInitiative(
  harness: Harness,
  fields: Record<string, unknown> = {},
  leadName = 'Yayasan Bina Desa',
): Promise<InitiativeDetail> {
  const lead = await createOrganisation(harness, { name: leadName })
  return value<InitiativeDetail>(
    await harness.registry.invoke('initiatives:create', {
      leadOrganisationId: lead,
      title: 'Air bersih Desa Sukorejo',
      problem: 'Warga mengambil air dari sungai.',
      regencyCode: '35.19',
      ...fields,
    }),
    'the initiative',
  )
}

/** A supporter (a company unless `input` says otherwise) saved through the handler: its id. */
export async function seedSupporter(harness: Harness, input: Record<string, unknown>): Promise<string> {
  const saved = value<SupporterSaveResult>(
    await harness.registry.invoke('supporters:create', { kind: 'company', allowDuplicates: true, ...input }),
    String(input.name),
  )
  if (!saved.saved) throw new Error(`could not create ${String(input.name)}: held back as a likely duplicate`)
  return saved.id
}

/** A pledge in any form saved through the handler. */
export async function seedPledge(harness: Harness, input: Record<string, unknown>): Promise<PledgeDetail> {
  return value<PledgeDetail>(await harness.registry.invoke('pledges:create', input), 'the pledge')
}

/** A fulfilment saved through the handler: the pledge as it then stands. */
export async function seedFulfilment(harness: Harness, input: Record<string, unknown>): Promise<PledgeDetail> {
  return value<PledgeDetail>(await harness.registry.invoke('pledges:createFulfilment', input), 'the fulfilment')
}

/** An OMS's initiative with a funds need and a goods need, and two supporters, all through the handlers. */
export async function seedGalangDaya(harness: Harness) {
  const initiative = await seedInitiative(harness)
  const withNeed = async (input: Record<string, unknown>) =>
    value<InitiativeDetail>(
      await harness.registry.invoke('initiatives:createNeed', { initiativeId: initiative.id, ...input }),
      'a need',
    )
  await withNeed({ form: 'funds', description: 'Pipa dan tandon', targetRupiah: 50_000_000 })
  await withNeed({ form: 'goods', description: 'Semen', targetQuantity: 300, unit: 'sak' })
  return {
    initiativeId: initiative.id,
    bank: await seedSupporter(harness, { name: 'Bank Jatim Cabang Madiun' }),
    cement: await seedSupporter(harness, { name: 'PT Semen Gresik' }),
  }
}

/** A funds pledge saved through the handler. */
export async function seedFundsPledge(
  harness: Harness,
  ids: { initiativeId: string; supporterId: string },
  terms: { rupiah: number; pledgedOn: string; dueOn: string | null },
): Promise<PledgeDetail> {
  return seedPledge(harness, { ...ids, form: 'funds', ...terms })
}

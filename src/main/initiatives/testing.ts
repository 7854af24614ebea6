import type { Result } from '../../shared/errors'
import { hubSetupInput } from '../../shared/hub'
import { createInitiativeInput, createNeedInput, type InitiativeDetail } from '../../shared/initiatives'
import type { AppDatabase } from '../db'
import { setUpHub } from '../hub/service'
import { ok, saved } from '../members/records/testing'
import { testServices } from '../testing/database'
import { createNeed } from './needs'
import { createInitiative } from './service'

/** 1 November 2026, 09:00 WIB: "today" for a new initiative's draft status. */
export const TODAY = '2026-11-01'
const start = Date.parse('2026-11-01T02:00:00Z')

/** A Jawa Timur hub (or the national instance) with two member OMS, on a fixed clock. */
export async function initiativeServices(role: 'hub' | 'national' = 'hub') {
  const context = testServices({ clock: () => start })
  const setup =
    role === 'hub' ? { role, provinceCode: '35', name: 'Forum OMS Jawa Timur' } : { role, name: 'Sekretariat Nasional' }
  const hub = await setUpHub(context.services.database, context.keyStore, hubSetupInput.parse(setup))
  const { registry } = context
  const organisation = async (name: string) =>
    saved(await registry.invoke('members:createOrganisation', { name, regencyCode: '35.19', allowDuplicates: true }))
  const lead = await organisation('Yayasan Bina Desa')
  const partner = await organisation('KSM Makmur Sentosa')
  return { ...context, database: context.services.database, hub, lead, partner }
}

/** An initiative's fields as a form sends them, in Kabupaten Madiun. */
export const initiativeInput = (leadOrganisationId: string, values: Record<string, unknown> = {}) => ({
  leadOrganisationId,
  title: 'Bank sampah warga Desa Tambakmas',
  problem: 'Sampah rumah tangga dibuang ke sungai.',
  regencyCode: '35.19',
  districtCode: '35.19.01',
  villageCode: '35.19.01.2001',
  ...values,
})

export const detailOf = (result: Result<unknown>) => ok<InitiativeDetail>(result)

export const failure = (result: Result<unknown>) => {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`)
  return result.error
}

/** An initiative of `leadOrganisationId` with a funds need, saved as the forms save them. */
export function addInitiative(database: AppDatabase, leadOrganisationId: string): string {
  const { id } = createInitiative(
    database,
    createInitiativeInput.parse(initiativeInput(leadOrganisationId, { districtCode: null, villageCode: null })),
  )
  createNeed(
    database,
    createNeedInput.parse({ initiativeId: id, form: 'funds', description: 'Gerobak sampah', targetRupiah: 3_500_000 }),
  )
  return id
}

/** A need measured in words that pledges name but nothing has been received against yet. */
export const textNeedWithNothingReceived = (pledgeCount: number) => ({
  measure: 'text',
  target: null,
  received: 0,
  ratio: 0,
  met: false,
  over: false,
  pledgeCount,
  fulfilmentCount: 0,
})

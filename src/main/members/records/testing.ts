import { hubSetupInput, type HubIdentity } from '../../../shared/hub'
import type { Result } from '../../../shared/errors'
import { organisationFields, personFields, type SaveResult } from '../../../shared/members'
import { setUpHub } from '../../hub/service'
import { testServices } from '../../testing/database'

/** A Jawa Timur hub (province 35) on a fresh test database, its clock the one given (or real time). */
export async function jawaTimurServices(options: { clock?: () => number } = {}) {
  const context = testServices(options)
  const hub: HubIdentity = await setUpHub(
    context.services.database,
    context.keyStore,
    hubSetupInput.parse({ role: 'hub', provinceCode: '35', name: 'Forum OMS Jawa Timur' }),
  )
  return { ...context, database: context.services.database, hub }
}

/** Kabupaten Madiun (35.19); Kota Madiun is 35.77. */
export const madiun = { regencyCode: '35.19' }

export const organisationInput = (values: Partial<Record<string, unknown>> = {}) =>
  organisationFields.parse({ name: 'Yayasan Bina Desa', ...madiun, ...values })

export const personInput = (organisationId: string, values: Partial<Record<string, unknown>> = {}) =>
  personFields.parse({ name: 'Siti Rahayu', gender: 'female', role: 'leader', organisationId, ...values })

/** The value of a handler call that must succeed. */
export const ok = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`)
  return result.value as T
}

/** The id of a record a handler call must save. */
export const saved = (result: Result<unknown>): string => {
  const value = ok<SaveResult>(result)
  if (!value.saved) throw new Error('expected a save')
  return value.id
}

type Registry = ReturnType<typeof testServices>['registry']

/** A staff member (female) of the OMS given, saved through the handler; `values` add to or change that. */
export async function savedPerson(
  registry: Registry,
  organisationId: string,
  name: string,
  values: Record<string, unknown> = {},
): Promise<string> {
  return saved(
    await registry.invoke('members:createPerson', { name, gender: 'female', role: 'staff', organisationId, ...values }),
  )
}

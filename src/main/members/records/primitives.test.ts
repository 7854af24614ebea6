import { describe, expect, it } from 'vitest'
import type { AppError } from '../../../shared/errors'
import type { AppDatabase } from '../../db'
import { listDistricts, listVillages } from '../../reference/queries'
import { syncWrite } from '../../sync/write'
import { appErrorFrom } from '../../testing/errors'
import { localDate } from '../../../shared/format'
import { organisations, people } from '../schema'
import { checkOrganisationFields, findOrganisationRow, insertOrganisation, updateOrganisation } from './organisations'
import { findPersonRow, insertPerson, updatePerson } from './people'
import { jawaTimurServices, organisationInput, personInput } from './testing'

const now = new Date('2026-11-24T20:00:00Z')
/** A hub whose wall clock starts at `now` and moves when the test says. */
async function hubAt(start = now) {
  const clock = { now: start.getTime() }
  return { ...(await jawaTimurServices({ clock: () => clock.now })), clock }
}
const active = { status: 'active' as const, since: '2026-01-15' }
const first = <T>(rows: T[]): T => {
  if (rows[0] === undefined) throw new Error('reference data missing')
  return rows[0]
}
/** Leaves a row as a merge leaves the one it folds away: pointing at the survivor, soft-deleted. */
const mergeAway = (database: AppDatabase, table: typeof organisations | typeof people, id: string) =>
  syncWrite(database, (writer) => {
    writer.update(table, id, { mergedIntoId: '0195e1b2-0000-7000-8000-00000000000a' })
    writer.remove(table, id)
  })
const fieldKeys = (error: AppError) =>
  Object.fromEntries(Object.entries(error.fieldMessages ?? {}).map(([field, message]) => [field, message.key]))

describe('organisation write primitives', () => {
  it('checks places against the hub province and the reference lists', async () => {
    const { database, hub } = await hubAt()
    const district = first(listDistricts(database.orm, '35.19'))
    const village = first(listVillages(database.orm, district.code))
    const otherDistrict = first(listDistricts(database.orm, '35.77'))
    expect(
      checkOrganisationFields(
        database,
        hub,
        organisationInput({
          districtCode: district.code,
          villageCode: village.code,
          typeCode: 'farmer_organisation',
          sectorCodes: ['green_economy'],
        }),
      ),
    ).toEqual({})
    const problems = checkOrganisationFields(
      database,
      hub,
      organisationInput({
        regencyCode: '35.19',
        districtCode: otherDistrict.code,
        villageCode: village.code,
        typeCode: 'bank',
        sectorCodes: ['green_economy', 'mining-in-space'],
      }),
    )
    expect(Object.fromEntries(Object.entries(problems).map(([k, m]) => [k, m.key]))).toEqual({
      districtCode: 'validation.district.outsideRegency',
      villageCode: 'validation.village.outsideDistrict',
      typeCode: 'validation.organisation.type',
      sectorCodes: 'validation.organisation.sectors',
    })
    expect(problems.sectorCodes?.params).toEqual({ value: 'mining-in-space' })
    expect(checkOrganisationFields(database, hub, organisationInput({ regencyCode: '32.01' })).regencyCode).toEqual({
      key: 'validation.organisation.regencyOutsideProvince',
      params: { name: 'Kabupaten Bogor', province: 'Jawa Timur' },
    })
    expect(checkOrganisationFields(database, hub, organisationInput({ regencyCode: '35.99' })).regencyCode?.key).toBe(
      'validation.regency.unknown',
    )
  })

  it('lets the national instance record an organisation of any province', async () => {
    const { database, hub } = await hubAt()
    const national = { ...hub, role: 'national' as const, provinceCode: null, provinceName: null }
    expect(checkOrganisationFields(database, national, organisationInput({ regencyCode: '32.01' }))).toEqual({})
  })

  it('inserts with a name key, JSON lists and the first membership change', async () => {
    const { database, hub } = await hubAt()
    const id = insertOrganisation(
      database,
      hub,
      organisationInput({ name: 'Yys. Bina Désa', sectorCodes: ['green_economy'], sdgs: [5, 2, 5], districtName: 'X' }),
      active,
    )
    const row = findOrganisationRow(database, id)
    expect(row).toMatchObject({
      hubId: hub.hubId,
      nameKey: 'bina desa',
      sectorCodes: '["green_economy"]',
      sdgs: '[2,5]',
      districtName: 'X',
      status: 'active',
      statusSince: '2026-01-15',
      createdAt: now.toISOString(),
    })
    const changes = database.sqlite.prepare(
      'SELECT status, effective_on FROM membership_changes WHERE organisation_id = ?',
    )
    expect(changes.all(id)).toEqual([{ status: 'active', effective_on: '2026-01-15' }])
  })

  it('refuses bad references with field messages and writes nothing', async () => {
    const { database, hub } = await hubAt()
    const error = await appErrorFrom(() =>
      insertOrganisation(database, hub, organisationInput({ typeCode: 'bank' }), active),
    )
    expect(error.code).toBe('VALIDATION')
    expect(fieldKeys(error)).toEqual({ typeCode: 'validation.organisation.type' })
    expect(database.sqlite.prepare('SELECT count(*) AS n FROM organisations').get()).toEqual({ n: 0 })
  })

  it('updates fields but refuses merged and missing rows', async () => {
    const { database, hub, clock } = await hubAt()
    const id = insertOrganisation(database, hub, organisationInput(), active)
    const later = new Date('2026-11-25T01:00:00Z')
    clock.now = later.getTime()
    updateOrganisation(database, hub, id, organisationInput({ name: 'Perkumpulan Tani Maju', acronym: 'PTM' }))
    expect(findOrganisationRow(database, id)).toMatchObject({
      name: 'Perkumpulan Tani Maju',
      nameKey: 'tani maju',
      acronym: 'PTM',
      status: 'active',
      updatedAt: later.toISOString(),
    })
    mergeAway(database, organisations, id)
    const merged = await appErrorFrom(() => updateOrganisation(database, hub, id, organisationInput()))
    expect(merged.userMessage.key).toBe('validation.organisation.merged')
    const missing = await appErrorFrom(() =>
      updateOrganisation(database, hub, '0195e1b2-0000-7000-8000-000000000000', organisationInput()),
    )
    expect([missing.code, missing.userMessage.key]).toEqual(['NOT_FOUND', 'validation.organisation.notFound'])
  })
})

describe('person write primitives', () => {
  const affiliationsOf = (database: Awaited<ReturnType<typeof jawaTimurServices>>['database'], personId: string) =>
    database.sqlite
      .prepare(
        'SELECT organisation_id AS org, role, from_on AS fromOn, until_on AS untilOn FROM affiliations WHERE person_id = ? ORDER BY created_at, id',
      )
      .all(personId)

  it('inserts a person with an open affiliation dated today in the hub zone', async () => {
    const { database, hub } = await hubAt()
    const org = insertOrganisation(database, hub, organisationInput(), active)
    const id = insertPerson(
      database,
      hub,
      personInput(org, { name: 'Hj. Siti Rahayu, S.Pd.', consentOn: '2026-11-01', phone: '0812-3456-7890' }),
    )
    expect(findPersonRow(database, id)).toMatchObject({
      nameKey: 'siti rahayu',
      phone: '+6281234567890',
      consent: false,
      consentOn: null,
    })
    // 20:00 UTC is already the next day in Jakarta.
    expect(localDate(now, 'WIB')).toBe('2026-11-25')
    expect(affiliationsOf(database, id)).toEqual([{ org, role: 'leader', fromOn: '2026-11-25', untilOn: null }])
  })

  it('refuses an organisation that does not exist or was merged away', async () => {
    const { database, hub } = await hubAt()
    const error = await appErrorFrom(() =>
      insertPerson(database, hub, personInput('0195e1b2-0000-7000-8000-000000000000')),
    )
    expect(fieldKeys(error)).toEqual({ organisationId: 'validation.person.organisation' })
    expect(database.sqlite.prepare('SELECT count(*) AS n FROM affiliations').get()).toEqual({ n: 0 })
  })

  it('keeps earlier organisations when a person moves, and corrects the role in place', async () => {
    const { database, hub, clock } = await hubAt()
    const first = insertOrganisation(database, hub, organisationInput(), active)
    const second = insertOrganisation(database, hub, organisationInput({ name: 'Forum Tani Maju' }), active)
    const id = insertPerson(database, hub, personInput(first))
    updatePerson(database, hub, id, personInput(first, { role: 'manager' }))
    expect(affiliationsOf(database, id)).toEqual([{ org: first, role: 'manager', fromOn: '2026-11-25', untilOn: null }])
    clock.now = Date.parse('2026-12-02T03:00:00Z')
    updatePerson(database, hub, id, personInput(second, { role: 'staff' }))
    expect(affiliationsOf(database, id)).toEqual([
      { org: first, role: 'manager', fromOn: '2026-11-25', untilOn: '2026-12-02' },
      { org: second, role: 'staff', fromOn: '2026-12-02', untilOn: null },
    ])
    expect(findPersonRow(database, id)).toMatchObject({ organisationId: second, role: 'staff' })
  })

  it('refuses to update a merged person', async () => {
    const { database, hub } = await hubAt()
    const org = insertOrganisation(database, hub, organisationInput(), active)
    const id = insertPerson(database, hub, personInput(org))
    mergeAway(database, people, id)
    const error = await appErrorFrom(() => updatePerson(database, hub, id, personInput(org)))
    expect(error.userMessage.key).toBe('validation.person.merged')
  })
})

import { createDb } from '../../src/main/db'
import * as tables from '../../src/main/members/schema'
import { syncWrite, type SyncWriter } from '../../src/main/sync/write'
import type { AppInfo } from '../../src/shared/hub'
import type { Gender, PersonRole } from '../../src/shared/members'
import type { Harness } from '../../scripts/harness/server'

/** Members for the directory's browser tests, written as a sync or an import would. */

export interface Org {
  name: string
  regencyCode: string
  foundedYear?: number
  typeCode?: string
  districtCode?: string
  phone?: string
  email?: string
  staffCount?: number
  volunteerCount?: number
}

export interface Person {
  name: string
  organisationId: string
  role?: PersonRole
  gender?: Gender
  phone?: string
  consent?: boolean
}

/**
 * Straight into the harness's database: the list must pick it up. Through the one write path all
 * the same, on a connection of its own, as the hub it set up.
 */
async function withDatabase<T>(harness: Harness, write: (writer: SyncWriter) => T): Promise<T> {
  const info = await harness.registry.invoke('app:info', undefined)
  if (!info.ok) throw new Error(info.error.message)
  const database = createDb((info.value as AppInfo).databasePath)
  try {
    return syncWrite(database, write)
  } finally {
    database.close()
  }
}

/** Active members since New Year; the write path derives name key and status (from the membership change). */
export const insertOrganisations = (harness: Harness, organisations: Org[]): Promise<string[]> =>
  withDatabase(harness, (writer) =>
    organisations.map((organisation) => {
      const id = writer.insert(tables.organisations, {
        name: organisation.name,
        nameKey: '',
        regencyCode: organisation.regencyCode,
        foundedYear: organisation.foundedYear ?? null,
        typeCode: organisation.typeCode ?? null,
        districtCode: organisation.districtCode ?? null,
        phone: organisation.phone ?? null,
        email: organisation.email ?? null,
        staffCount: organisation.staffCount ?? null,
        volunteerCount: organisation.volunteerCount ?? null,
        status: 'active',
        statusSince: '2026-01-01',
      })
      writer.insert(tables.membershipChanges, { organisationId: id, status: 'active', effectiveOn: '2026-01-01' })
      return id
    }),
  )

/** People of OMS (staff unless said otherwise), their organisation from an open affiliation. */
export const insertPeople = (harness: Harness, people: Person[]): Promise<void> =>
  withDatabase(harness, (writer) => {
    for (const { name, organisationId, role = 'staff', gender = 'female', phone, consent = false } of people) {
      const personId = writer.insert(tables.people, {
        name,
        nameKey: '',
        gender,
        role,
        organisationId,
        phone: phone ?? null,
        consent,
        consentOn: consent ? '2026-01-01' : null,
      })
      writer.insert(tables.affiliations, { personId, organisationId, role, fromOn: '2026-01-01' })
    }
  })

import { and, eq, isNull } from 'drizzle-orm'
import type { Message } from '../../../shared/errors'
import type { HubIdentity } from '../../../shared/hub'
import { personFields, type PersonFields } from '../../../shared/members'
import type { AppDatabase } from '../../db'
import { syncWrite, type SyncWriter } from '../../sync/write'
import { personNameKey } from '../names'
import { affiliations, people } from '../schema'
import { localDate } from '../../../shared/format'
import { assertLive, pick, refuseFields } from './common'
import { findOrganisationRow } from './organisations'

export const personFieldNames = Object.keys(personFields.shape) as (keyof PersonFields)[]

/** A person belongs to an organisation that exists and has not been merged away or deleted. */
export function checkPersonFields(database: AppDatabase, fields: PersonFields): Record<string, Message> {
  const organisation = findOrganisationRow(database, fields.organisationId)
  return organisation && organisation.deletedAt === null
    ? {}
    : { organisationId: { key: 'validation.person.organisation' } }
}

function personColumns(fields: PersonFields) {
  const values = pick(fields, personFieldNames) as PersonFields
  return { ...values, nameKey: personNameKey(values.name), consentOn: values.consent ? values.consentOn : null }
}

export function findPersonRow(database: AppDatabase, id: string) {
  return database.orm.select().from(people).where(eq(people.id, id)).get()
}

export function findAffiliationRow(database: AppDatabase, id: string) {
  return database.orm.select().from(affiliations).where(eq(affiliations.id, id)).get()
}

function openAffiliation(
  writer: SyncWriter,
  hub: HubIdentity,
  personId: string,
  fields: Pick<PersonFields, 'organisationId' | 'role'>,
) {
  writer.insert(affiliations, {
    personId,
    organisationId: fields.organisationId,
    role: fields.role,
    fromOn: localDate(writer.now(), hub.timeZone),
  })
}

/** Writes a new person with their first affiliation, within the caller's write if any. */
export function insertPerson(database: AppDatabase, hub: HubIdentity, fields: PersonFields): string {
  refuseFields(checkPersonFields(database, fields))
  return syncWrite(database, (writer) => {
    const id = writer.insert(people, personColumns(fields))
    openAffiliation(writer, hub, id, fields)
    return id
  })
}

/**
 * Rewrites a person. Moving to another organisation closes the open affiliation today and opens a
 * new one, so earlier organisations stay on record; a new role within the same one is corrected in
 * place. Someone whose affiliations all ended stays ended when their other fields are edited: the
 * form sends their last organisation back, which is no move.
 */
export function updatePerson(database: AppDatabase, hub: HubIdentity, id: string, fields: PersonFields): void {
  const before = findPersonRow(database, id)
  assertLive(before, 'person')
  refuseFields(checkPersonFields(database, fields))
  syncWrite(database, (writer) => {
    writer.update(people, id, personColumns(fields))
    const open = database.orm
      .select()
      .from(affiliations)
      .where(and(eq(affiliations.personId, id), isNull(affiliations.untilOn), isNull(affiliations.deletedAt)))
      .all()
    const current = open.find((row) => row.organisationId === fields.organisationId)
    const today = localDate(writer.now(), hub.timeZone)
    for (const row of open.filter((row) => row !== current)) writer.update(affiliations, row.id, { untilOn: today })
    if (current && current.role !== fields.role) writer.update(affiliations, current.id, { role: fields.role })
    if (!current && fields.organisationId !== before.organisationId) openAffiliation(writer, hub, id, fields)
  })
}

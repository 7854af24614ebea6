import { and, eq, isNull } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import type { Message } from '../../../shared/errors'
import type { HubIdentity } from '../../../shared/hub'
import { personFields, type PersonFields } from '../../../shared/members'
import type { AppDatabase } from '../../db'
import { insertRow } from '../../db/prepared-insert'
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

function openAffiliation(
  database: AppDatabase,
  hub: HubIdentity,
  personId: string,
  fields: Pick<PersonFields, 'organisationId' | 'role'>,
  now: Date,
) {
  insertRow(database.sqlite, affiliations, {
    id: uuidv7(),
    hubId: hub.hubId,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    personId,
    organisationId: fields.organisationId,
    role: fields.role,
    fromOn: localDate(now, hub.timeZone),
  })
}

/** Writes a new person with their first affiliation; the caller holds the transaction. */
export function insertPerson(database: AppDatabase, hub: HubIdentity, fields: PersonFields, now: Date): string {
  refuseFields(checkPersonFields(database, fields))
  const id = uuidv7()
  insertRow(database.sqlite, people, {
    id,
    hubId: hub.hubId,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    ...personColumns(fields),
  })
  openAffiliation(database, hub, id, fields, now)
  return id
}

/**
 * Rewrites a person. Moving to another organisation closes the open affiliation today and opens a
 * new one, so earlier organisations stay on record; a new role within the same one is corrected in
 * place.
 */
export function updatePerson(
  database: AppDatabase,
  hub: HubIdentity,
  id: string,
  fields: PersonFields,
  now: Date,
): void {
  const before = findPersonRow(database, id)
  assertLive(before, 'person')
  refuseFields(checkPersonFields(database, fields))
  const stamp = now.toISOString()
  database.orm
    .update(people)
    .set({ ...personColumns(fields), updatedAt: stamp })
    .where(eq(people.id, id))
    .run()
  const open = database.orm
    .select()
    .from(affiliations)
    .where(and(eq(affiliations.personId, id), isNull(affiliations.untilOn), isNull(affiliations.deletedAt)))
    .all()
  const current = open.find((row) => row.organisationId === fields.organisationId)
  for (const row of open.filter((row) => row !== current))
    database.orm
      .update(affiliations)
      .set({ untilOn: localDate(now, hub.timeZone), updatedAt: stamp })
      .where(eq(affiliations.id, row.id))
      .run()
  if (!current) openAffiliation(database, hub, id, fields, now)
  else if (current.role !== fields.role)
    database.orm
      .update(affiliations)
      .set({ role: fields.role, updatedAt: stamp })
      .where(eq(affiliations.id, current.id))
      .run()
}

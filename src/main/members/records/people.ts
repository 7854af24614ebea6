import { and, eq, isNull } from 'drizzle-orm'
import { AppError, type Message } from '../../../shared/errors'
import type { HubIdentity } from '../../../shared/hub'
import { personFields, type PersonFields } from '../../../shared/members'
import type { AppDatabase } from '../../db'
import { syncWrite, type SyncWriter } from '../../sync/write'
import { checkFormConsent, recordFormConsent } from '../../privacy/form-consent'
import { personNameKey } from '../names'
import { affiliations, people } from '../schema'
import { localDate } from '../../../shared/format'
import { assertLive, pick, refuseFields } from './common'
import { findOrganisationRow } from './organisations'

export const personFieldNames = Object.keys(personFields.shape) as (keyof PersonFields)[]

/** A person belongs to an organisation that exists and has not been merged away or deleted. */
export function checkPersonFields(database: AppDatabase, fields: PersonFields): Record<string, Message> {
  const organisation = findOrganisationRow(database, fields.organisationId)
  const consent = checkFormConsent(fields)
  return organisation && organisation.deletedAt === null
    ? consent
    : { ...consent, organisationId: { key: 'validation.person.organisation' } }
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

function openAffiliations(database: AppDatabase, personId: string) {
  return database.orm
    .select()
    .from(affiliations)
    .where(and(eq(affiliations.personId, personId), isNull(affiliations.untilOn), isNull(affiliations.deletedAt)))
    .all()
}

/**
 * A start date the affiliation can have: no later than today where the hub is (the input schema
 * only knows the widest zone), not before the year the OMS was founded, when known, and, for a
 * move, not before the start of the affiliation it ends (that one would end before it began).
 */
export function checkAffiliationStart(
  database: AppDatabase,
  hub: HubIdentity,
  fields: Pick<PersonFields, 'organisationId'>,
  since: string | undefined,
  personId: string | null = null,
): Record<string, Message> {
  if (since === undefined) return {}
  const today = localDate(new Date(database.clock()), hub.timeZone)
  if (since > today)
    return {
      affiliatedSince: { key: 'validation.affiliation.startFuture', params: { date: today } },
    }
  const organisation = findOrganisationRow(database, fields.organisationId)
  if (organisation?.foundedYear && since < `${organisation.foundedYear}-01-01`)
    return {
      affiliatedSince: {
        key: 'validation.affiliation.beforeFounded',
        params: { year: organisation.foundedYear, name: organisation.name },
      },
    }
  const person = personId === null ? undefined : findPersonRow(database, personId)
  if (!person) return {}
  const open = openAffiliations(database, person.id)
  const moving = !open.some((row) => row.organisationId === fields.organisationId)
  const left = moving ? open.find((row) => row.fromOn > since) : undefined
  return left
    ? {
        affiliatedSince: {
          key: 'validation.affiliation.beforeLeft',
          params: {
            date: left.fromOn,
            name: findOrganisationRow(database, left.organisationId)?.name ?? '',
          },
        },
      }
    : {}
}

function openAffiliation(
  writer: SyncWriter,
  personId: string,
  fields: Pick<PersonFields, 'organisationId' | 'role'>,
  fromOn: string,
) {
  writer.insert(affiliations, { personId, organisationId: fields.organisationId, role: fields.role, fromOn })
}

/**
 * Writes a new person with their first affiliation, from `since` or else today where the hub is,
 * within the caller's write if any.
 */
export function insertPerson(database: AppDatabase, hub: HubIdentity, fields: PersonFields, since?: string): string {
  refuseFields({ ...checkPersonFields(database, fields), ...checkAffiliationStart(database, hub, fields, since) })
  return syncWrite(database, (writer) => {
    const id = writer.insert(people, { ...personColumns(fields), consent: false, consentOn: null })
    const today = localDate(writer.now(), hub.timeZone)
    recordFormConsent(writer, id, false, fields, hub.name, today)
    openAffiliation(writer, id, fields, since ?? today)
    return id
  })
}

/**
 * Rewrites a person. Moving to another organisation closes the open affiliation on `since` (else
 * today) and opens a new one from then, so earlier organisations stay on record; a new role or
 * start date within the same one is corrected in place. Someone whose affiliations all ended stays
 * ended when their other fields are edited: the form sends their last organisation back, which is
 * no move.
 */
export function updatePerson(
  database: AppDatabase,
  hub: HubIdentity,
  id: string,
  fields: PersonFields,
  since?: string,
): void {
  const before = findPersonRow(database, id)
  assertLive(before, 'person')
  if (before.erasedAt) throw new AppError('VALIDATION', { key: 'privacy.erased' })
  refuseFields({ ...checkPersonFields(database, fields), ...checkAffiliationStart(database, hub, fields, since, id) })
  syncWrite(database, (writer) => {
    writer.update(people, id, personColumns(fields))
    recordFormConsent(writer, id, before.consent, fields, hub.name, localDate(writer.now(), hub.timeZone))
    const open = openAffiliations(database, id)
    const current = open.find((row) => row.organisationId === fields.organisationId)
    const moving = !current && fields.organisationId !== before.organisationId
    const today = localDate(writer.now(), hub.timeZone)
    const untilOn = moving ? (since ?? today) : today
    for (const row of open.filter((row) => row !== current)) writer.update(affiliations, row.id, { untilOn })
    const corrected = {
      ...(current?.role !== fields.role && { role: fields.role }),
      ...(since !== undefined && current?.fromOn !== since && { fromOn: since }),
    }
    if (current && Object.keys(corrected).length > 0) writer.update(affiliations, current.id, corrected)
    if (moving) openAffiliation(writer, id, fields, since ?? today)
  })
}

import type { ParsedInputOf } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import { localDate } from '../../../shared/format'
import type { PersonDetail, PersonFields, SaveResult } from '../../../shared/members'
import { normalizePhone } from '../../../shared/phone'
import type { AppDatabase } from '../../db'
import { requireIdentity } from '../../hub/service'
import { syncWrite } from '../../sync/write'
import { personDuplicates, type PersonDraft } from '../duplicates'
import { affiliations } from '../schema'
import { assertLive, pick, refuseFields, saveChecked } from './common'
import { personDetail } from './detail'
import {
  checkAffiliationStart,
  checkPersonFields,
  findAffiliationRow,
  findPersonRow,
  insertPerson,
  personFieldNames,
  updatePerson,
} from './people'

export function createPerson(database: AppDatabase, input: ParsedInputOf<'members:createPerson'>): SaveResult {
  const hub = requireIdentity(database)
  const fields = pick(input, personFieldNames) as PersonFields
  return saveChecked(
    database,
    { ...checkPersonFields(database, fields), ...checkAffiliationStart(database, hub, fields, input.affiliatedSince) },
    input.allowDuplicates,
    () => personDuplicates(database, fields),
    () => insertPerson(database, hub, fields, input.affiliatedSince),
  )
}

export function editPerson(database: AppDatabase, input: ParsedInputOf<'members:updatePerson'>): SaveResult {
  const hub = requireIdentity(database)
  assertLive(findPersonRow(database, input.id), 'person')
  const fields = pick(input, personFieldNames) as PersonFields
  return saveChecked(
    database,
    {
      ...checkPersonFields(database, fields),
      ...checkAffiliationStart(database, hub, fields, input.affiliatedSince, input.id),
    },
    input.allowDuplicates,
    () => personDuplicates(database, fields, input.id),
    () => {
      updatePerson(database, hub, input.id, fields, input.affiliatedSince)
      return input.id
    },
  )
}

/**
 * Records that a person's time with an organisation ended: dated no earlier than it began and no
 * later than today where the hub is. Ending the open one leaves the person without a current
 * organisation; they stay recorded at their latest one (people.organisation_id is derived so).
 */
export function endAffiliation(database: AppDatabase, input: ParsedInputOf<'members:endAffiliation'>): PersonDetail {
  const hub = requireIdentity(database)
  const personId = syncWrite(database, (writer) => {
    const affiliation = findAffiliationRow(database, input.affiliationId)
    if (!affiliation || affiliation.deletedAt)
      throw new AppError('NOT_FOUND', { key: 'validation.affiliation.notFound' })
    assertLive(findPersonRow(database, affiliation.personId), 'person')
    if (affiliation.untilOn !== null)
      throw new AppError('VALIDATION', {
        key: 'validation.affiliation.ended',
        params: { date: affiliation.untilOn },
      })
    const today = localDate(writer.now(), hub.timeZone)
    if (input.untilOn < affiliation.fromOn)
      refuseFields({
        untilOn: {
          key: 'validation.affiliation.beforeStart',
          params: { date: affiliation.fromOn },
        },
      })
    if (input.untilOn > today)
      refuseFields({
        untilOn: { key: 'validation.affiliation.future', params: { date: today } },
      })
    writer.update(affiliations, affiliation.id, { untilOn: input.untilOn })
    return affiliation.personId
  })
  return personDetail(database, personId)
}

/** A half-typed form: contact values compared in the canonical form the rows store. */
export function personDraft(input: ParsedInputOf<'members:personDuplicates'>): PersonDraft {
  return {
    name: input.name,
    organisationId: input.organisationId,
    phone: input.phone ? normalizePhone(input.phone) : null,
    email: input.email?.trim().toLowerCase() || null,
  }
}

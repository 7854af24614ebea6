import type { ParsedInputOf } from '../../../shared/contract'
import type { PersonFields, SaveResult } from '../../../shared/members'
import { normalizePhone } from '../../../shared/phone'
import type { AppDatabase } from '../../db'
import { requireIdentity } from '../../hub/service'
import { personDuplicates, type PersonDraft } from '../duplicates'
import { assertLive, pick, saveChecked } from './common'
import { checkPersonFields, findPersonRow, insertPerson, personFieldNames, updatePerson } from './people'

export function createPerson(
  database: AppDatabase,
  input: ParsedInputOf<'members:createPerson'>,
  now = new Date(),
): SaveResult {
  const hub = requireIdentity(database)
  const fields = pick(input, personFieldNames) as PersonFields
  return saveChecked(
    database,
    checkPersonFields(database, fields),
    input.allowDuplicates,
    () => personDuplicates(database, fields),
    () => insertPerson(database, hub, fields, now),
  )
}

export function editPerson(
  database: AppDatabase,
  input: ParsedInputOf<'members:updatePerson'>,
  now = new Date(),
): SaveResult {
  const hub = requireIdentity(database)
  assertLive(findPersonRow(database, input.id), 'person')
  const fields = pick(input, personFieldNames) as PersonFields
  return saveChecked(
    database,
    checkPersonFields(database, fields),
    input.allowDuplicates,
    () => personDuplicates(database, fields, input.id),
    () => {
      updatePerson(database, hub, input.id, fields, now)
      return input.id
    },
  )
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

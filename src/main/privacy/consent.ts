import { and, asc, eq, isNull } from 'drizzle-orm'
import { AppError } from '../../shared/errors'
import { localDate } from '../../shared/format'
import {
  ADULT_AGE,
  consentPurposes,
  recordConsentInput,
  type ConsentPurpose,
  type ConsentRecordView,
  type PersonPrivacy,
  type RecordConsentInput,
} from '../../shared/privacy'
import { attachmentInfo } from '../attachments/store'
import type { AppDatabase } from '../db'
import { requireIdentity } from '../hub/service'
import { assertLive, refuseFields } from '../members/records/common'
import { findPersonRow } from '../members/records/people'
import { people } from '../members/schema'
import { syncWrite } from '../sync/write'
import { purposesOf } from './gates'
import { consentRecords } from './schema'

/** The hub's current year, where it is: the year ages are counted in. */
export function hubYear(database: AppDatabase): number {
  return Number(localDate(new Date(database.clock()), requireIdentity(database).timeZone).slice(0, 4))
}

/** A live person who has not been erased: the only one whose consent or data can still change. */
export function livePerson(database: AppDatabase, personId: string) {
  const person = findPersonRow(database, personId)
  assertLive(person, 'person')
  if (person.erasedAt) throw new AppError('VALIDATION', { key: 'privacy.erased' })
  return person
}

/**
 * Records consent given or withdrawn for one or more purposes, one record each, in one
 * transaction. The age decides who may give it (Pasal 25): a person under 18 by the birth year
 * needs a parent or guardian, named; a person whose birth year is unknown must have it filled in
 * first, which this record does. Withdrawal is taken from whoever brings it, but only of consent
 * in force: the form has no "refused", so withdrawing what was never given would read as a consent
 * that existed once.
 */
export function recordConsent(database: AppDatabase, raw: RecordConsentInput): string[] {
  const input = recordConsentInput.parse(raw)
  const person = livePerson(database, input.personId)
  const year = hubYear(database)
  const birthYear = person.birthYear ?? input.birthYear
  const guardianName = input.guardianName === '' ? null : input.guardianName
  if (birthYear === null || birthYear > year - 10 || birthYear < year - 100)
    refuseFields({
      birthYear: { key: 'privacy.validation.birthYearNeeded', params: { min: year - 100, max: year - 10 } },
    })
  const age = Number(input.recordedOn.slice(0, 4)) - (birthYear as number)
  if (input.action === 'given' && age < ADULT_AGE && guardianName === null)
    refuseFields({ guardianName: { key: 'privacy.validation.guardianNeeded', params: { age } } })
  if (input.proofSha256 && !attachmentInfo(database, input.proofSha256))
    refuseFields({ proofSha256: { key: 'privacy.validation.proofMissing' } })
  if (input.action === 'withdrawn') refuseWithdrawalOfNothing(database, person, input.purposes)
  return syncWrite(database, (writer) => {
    if (person.birthYear === null) writer.update(people, person.id, { birthYear })
    return input.purposes.map((purpose) =>
      writer.insert(consentRecords, {
        personId: person.id,
        purpose,
        action: input.action,
        recordedOn: input.recordedOn,
        method: input.method,
        recordedBy: input.recordedBy,
        guardianName,
        proofSha256: input.proofSha256,
      }),
    )
  })
}

/**
 * Refuses a withdrawal for purposes without consent in force: neither the latest record is a
 * consent given (a minor's one still waiting for a guardian counts, it can be taken back) nor the
 * person form's box, from before the history, says so.
 */
function refuseWithdrawalOfNothing(
  database: AppDatabase,
  person: { id: string; consentPurposes: string },
  purposes: readonly ConsentPurpose[],
): void {
  const history = consentHistory(database, person.id)
  const given = purposesOf({ consent_purposes: person.consentPurposes })
  const inForce = (purpose: ConsentPurpose) => {
    const last = history.filter((record) => record.purpose === purpose).at(-1)
    return last ? last.action === 'given' : given.includes(purpose)
  }
  const absent = purposes.filter((purpose) => !inForce(purpose))
  if (absent.length === 0) return
  // A message's params are not translated, so each purpose is named by a field message of its own
  // (`purposes.contact`: "Dihubungi jaringan"), after the reason at `purposes`.
  refuseFields({
    purposes: { key: 'privacy.validation.notGiven' },
    ...Object.fromEntries(
      absent.map((purpose) => [`purposes.${purpose}`, { key: `privacy.access.sheet.value.purpose.${purpose}` }]),
    ),
  })
}

const view = (row: typeof consentRecords.$inferSelect): ConsentRecordView => ({
  id: row.id,
  purpose: row.purpose,
  action: row.action,
  recordedOn: row.recordedOn,
  method: row.method,
  recordedBy: row.recordedBy,
  guardianName: row.guardianName,
  proofSha256: row.proofSha256,
  createdAt: row.createdAt,
})

/** Every consent record of a person, oldest first, as the write path merged them. */
export function consentHistory(database: AppDatabase, personId: string): ConsentRecordView[] {
  return database.orm
    .select()
    .from(consentRecords)
    .where(and(eq(consentRecords.personId, personId), isNull(consentRecords.deletedAt)))
    .orderBy(asc(consentRecords.recordedOn), asc(consentRecords.createdHlc), asc(consentRecords.id))
    .all()
    .map(view)
}

/** A person's consent per purpose now, the record each rests on, and what decides who consents. */
export function personPrivacy(database: AppDatabase, personId: string): PersonPrivacy {
  const person = findPersonRow(database, personId)
  assertLive(person, 'person')
  const history = consentHistory(database, personId)
  const given = purposesOf({ consent_purposes: person.consentPurposes })
  const age = person.birthYear === null ? null : hubYear(database) - person.birthYear
  return {
    personId,
    name: person.name,
    birthYear: person.birthYear,
    age,
    minor: age !== null && age < ADULT_AGE,
    restrictedOn: person.restrictedOn,
    erasedAt: person.erasedAt,
    consents: consentPurposes.map((purpose) => ({
      purpose,
      given: given.includes(purpose),
      record: history.filter((record) => record.purpose === purpose).at(-1) ?? null,
    })),
    history,
  }
}

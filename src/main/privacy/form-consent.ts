import type { Message } from '../../shared/errors'
import { ADULT_AGE } from '../../shared/privacy'
import type { SyncWriter } from '../sync/write'
import { consentRecords } from './schema'

interface ContactConsent {
  consent: boolean
  consentOn: string | null
  birthYear: number | null
}

/**
 * The person form's "agrees to be contacted" box: someone under 18 needs a guardian's consent,
 * which only the privacy panel records with the guardian's name.
 */
export function checkFormConsent(fields: ContactConsent): Record<string, Message> {
  if (!fields.consent || fields.birthYear === null || fields.consentOn === null) return {}
  const age = Number(fields.consentOn.slice(0, 4)) - fields.birthYear
  return age < ADULT_AGE ? { consentOn: { key: 'privacy.validation.guardianNeeded', params: { age } } } : {}
}

/**
 * Ticking or clearing the box is a consent record for the purpose `contact`, given on paper and
 * recorded by the secretariat, as the form has always meant it.
 */
export function recordFormConsent(
  writer: SyncWriter,
  personId: string,
  was: boolean,
  fields: ContactConsent,
  recordedBy: string,
  today: string,
): void {
  if (fields.consent === was) return
  writer.insert(consentRecords, {
    personId,
    purpose: 'contact',
    action: fields.consent ? 'given' : 'withdrawn',
    recordedOn: fields.consent ? (fields.consentOn ?? today) : today,
    method: 'paper',
    recordedBy,
  })
}

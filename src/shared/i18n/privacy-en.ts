import { privacyAccessEn } from './privacy-access-en'
import { privacyRecordEn } from './privacy-record-en'
import type { privacyId } from './privacy-id'

/** Personal data protection (UU PDP): consent, requests, erasure (English). */
export const privacyEn: typeof privacyId = {
  erased:
    "This person's data was erased at their request; what remains serves the indicators only and cannot be changed.",
  certificateNoConsent:
    "{{name}}'s certificate is not printed: they have not consented, or no longer consent, to being listed by name. Record their consent on their page.",
  requestClosed: 'This request has been answered; its record no longer changes.',
  requestNotFound: 'This request was not found.',
  access: privacyAccessEn,
  record: privacyRecordEn,
  validation: {
    purposes: 'Choose at least one purpose of consent.',
    method: 'Choose how consent was given: paper form, verbally, or electronically.',
    recordedBy: 'Enter the name of the staff member recording this consent.',
    birthYearNeeded:
      "This person's birth year is missing. Enter it ({{min}}–{{max}}) so their age is known: under 18, a parent or guardian must consent.",
    guardianNeeded:
      'By their birth year this person was {{age}} on the date of consent. Under 18, consent must come from a parent or guardian: enter the name of the parent or guardian who gave it.',
    notGiven:
      'A withdrawal cannot be recorded for purposes without consent in force (never given, or already withdrawn); untick them:',
    proofMissing: 'The scan proving this consent was not found. Attach the file again.',
    receivedAt: 'Enter the date and time the request was received.',
    kind: 'Choose the kind of request.',
    requester: 'Enter the name of the person making the request.',
    verification: 'Describe how the requester\'s identity was checked, for example "ID card matched the record".',
    outcome: 'Describe what was done to answer this request.',
    retentionYears: 'Enter the retention period as a whole number of years from {{min}} to {{max}}.',
  },
}

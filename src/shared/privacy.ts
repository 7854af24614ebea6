import { z } from 'zod'
import { textField } from './fields'
import { pastDate } from './members'

/**
 * What a person may consent to, each separately (UU PDP Pasal 22): listed in the hub's directory
 * and its printed lists and certificates; contacted by the network (phone and e-mail leave the
 * hub); shared with the national team (their name and details travel in bundles); named or
 * pictured in published stories and reports.
 */
export const consentPurposes = ['directory', 'contact', 'national', 'publication'] as const
export type ConsentPurpose = (typeof consentPurposes)[number]
export const consentActions = ['given', 'withdrawn'] as const
export type ConsentAction = (typeof consentActions)[number]
export const consentMethods = ['paper', 'verbal', 'electronic'] as const
export type ConsentMethod = (typeof consentMethods)[number]

/** Under this age a parent or guardian consents (Pasal 25; a child is under 18 in Indonesian law). */
export const ADULT_AGE = 18

export const requestKinds = ['access', 'correction', 'erasure', 'restriction', 'portability', 'withdrawal'] as const
export type RequestKind = (typeof requestKinds)[number]
export const requestStatuses = ['open', 'done', 'refused'] as const
export type RequestStatus = (typeof requestStatuses)[number]

/** Pasal 32 and 41: 3×24 hours from receipt. */
export const REQUEST_HOURS = 72

const id = z.uuid({ error: 'validation.invalid' })
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'validation.invalid' })

export const recordConsentInput = z
  .strictObject({
    personId: id,
    purposes: z
      .array(z.enum(consentPurposes, { error: 'validation.invalid' }), { error: 'privacy.validation.purposes' })
      .min(1, { error: 'privacy.validation.purposes' })
      .max(consentPurposes.length, { error: 'privacy.validation.purposes' }),
    action: z.enum(consentActions, { error: 'validation.invalid' }),
    recordedOn: pastDate('validation.date.invalid'),
    method: z.enum(consentMethods, { error: 'privacy.validation.method' }),
    recordedBy: textField(200, 'single', 'privacy.validation.recordedBy').min(2, {
      error: 'privacy.validation.recordedBy',
    }),
    guardianName: textField(200, 'single').prefault(''),
    /** The person's birth year when the directory lacks it: the age decides who must consent. */
    birthYear: z.number().int().nullable().prefault(null),
    proofSha256: sha256.nullable().prefault(null),
  })
  .refine((value) => new Set(value.purposes).size === value.purposes.length, {
    path: ['purposes'],
    error: 'privacy.validation.purposes',
  })
export type RecordConsentInput = z.input<typeof recordConsentInput>

/** A local date and time where the hub is, as typed: the service reads it in the hub's zone. */
const localDateTime = z
  .string({ error: 'privacy.validation.receivedAt' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'privacy.validation.receivedAt' })

export const openRequestInput = z.strictObject({
  kind: z.enum(requestKinds, { error: 'privacy.validation.kind' }),
  personId: id.nullable(),
  requesterName: textField(200, 'single', 'privacy.validation.requester').min(2, {
    error: 'privacy.validation.requester',
  }),
  receivedAt: localDateTime,
  verification: textField(500, 'single', 'privacy.validation.verification').min(3, {
    error: 'privacy.validation.verification',
  }),
  details: textField(2000, 'multi').prefault(''),
})
export type OpenRequestInput = z.input<typeof openRequestInput>

export const closeRequestInput = z.strictObject({
  id,
  status: z.enum(['done', 'refused'], { error: 'validation.invalid' }),
  outcome: textField(2000, 'multi', 'privacy.validation.outcome').min(3, { error: 'privacy.validation.outcome' }),
})

export const personInput = z.strictObject({ personId: id })
export const restrictInput = z.strictObject({ personId: id, restricted: z.boolean() })

/** The consent a person has now for one purpose, and the record it rests on. */
export interface ConsentState {
  purpose: ConsentPurpose
  given: boolean
  record: ConsentRecordView | null
}

export interface ConsentRecordView {
  id: string
  purpose: ConsentPurpose
  action: ConsentAction
  recordedOn: string
  method: ConsentMethod
  recordedBy: string
  guardianName: string | null
  proofSha256: string | null
  createdAt: string
}

export interface PersonPrivacy {
  personId: string
  name: string
  birthYear: number | null
  /** From the birth year, in the hub's year; null when unknown. */
  age: number | null
  minor: boolean
  restrictedOn: string | null
  erasedAt: string | null
  consents: ConsentState[]
  history: ConsentRecordView[]
}

export interface PrivacyRequestView {
  id: string
  kind: RequestKind
  personId: string | null
  personName: string | null
  requesterName: string
  receivedAt: string
  dueAt: string
  verification: string
  details: string | null
  status: RequestStatus
  closedAt: string | null
  outcome: string | null
  /** Open and past its due time. */
  overdue: boolean
}

/** What an erasure keeps, shown before the user confirms it. */
export interface ErasurePreview {
  personId: string
  removes: { field: string; value: string }[]
  keeps: { gender: string; ageBand: string; role: string; organisationName: string | null }
  consentScans: number
  certificates: number
  attendance: number
}

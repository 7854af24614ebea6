import { z } from 'zod'
import { textField } from './fields'
import { languages } from './hub'
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

/** Pasal 46: the people and the authority are told of a failure of protection within 3×24 hours. */
export const BREACH_NOTICE_HOURS = 72

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
  /** The person's OMS, so two people of one name are told apart; null when not in the directory. */
  personOrganisation: string | null
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
  /** This hub's stories of change that name the person: rewritten without them. */
  stories: number
  attendance: number
}

/** How a person's data is handed to them (Pasal 7 access, Pasal 13 portability). */
export const dossierFormats = ['json', 'csv', 'pdf'] as const
export type DossierFormat = (typeof dossierFormats)[number]

/**
 * The copy goes to the person: in Bahasa Indonesia unless they read English better, whatever the
 * app speaks. Only the PDF has words; JSON and CSV carry codes any reader can map.
 */
export const exportPersonInput = z.strictObject({
  personId: id,
  format: z.enum(dossierFormats, { error: 'validation.invalid' }),
  language: z.enum(languages, { error: 'validation.language.invalid' }).default('id'),
})

export const dossierSheetInput = z.strictObject({
  personId: id,
  language: z.enum(languages, { error: 'validation.language.invalid' }),
})

/** A lost file (Pasal 46): a past outgoing bundle of this instance's history, or a bundle or backup file at hand. */
export const breachNoticeInput = z.union([
  z.strictObject({ bundleId: z.number({ error: 'validation.invalid' }).int().positive() }),
  z.strictObject({ path: z.string({ error: 'validation.invalid' }).min(1).max(4096) }),
])
export type BreachNoticeInput = z.input<typeof breachNoticeInput>

/** A file of the person's data, saved where the user chose: its name (never the folder) and size. */
export interface SavedDossier {
  file: string
  bytes: number
  format: DossierFormat
}

/**
 * Everything the hub holds about one person, as handed to them: the JSON export is exactly this
 * object, so its key names are a contract (`format` and `formatVersion` say which). Dates are
 * YYYY-MM-DD; instants are UTC ISO 8601; absent values are null, never left out.
 */
export interface PersonDossier {
  format: 'lokadaya-person-data'
  formatVersion: 1
  /** When this file was made (UTC). */
  exportedAt: string
  /** Who holds the data (the controller, Pasal 1) and whom the person asks about it. */
  controller: {
    hubId: string
    name: string
    provinceName: string | null
    contactName: string | null
    contactPhone: string | null
    contactEmail: string | null
  }
  person: DossierPerson
  /** Every OMS the person belonged to, with the role there, oldest first. */
  affiliations: DossierAffiliation[]
  /** Every consent given or withdrawn, per purpose, oldest first. */
  consents: ConsentRecordView[]
  /** CoP and ToT sessions they were registered for, by the session's start. */
  participations: DossierParticipation[]
  certificates: DossierCertificate[]
  /** Stories of change that name or picture them (UU PDP: named or pictured in publications). */
  stories: DossierStory[]
  /** Aspects they may train on, from the ToT that qualified them. */
  trainerQualifications: DossierTrainer[]
  /** Requests about their data this hub received, oldest first. */
  requests: DossierRequest[]
  /** Where their data went: each outgoing bundle that carried them, oldest first (Pasal 7). */
  disclosures: DossierDisclosure[]
}

export interface DossierPerson {
  id: string
  /** The hub that recorded the person. */
  hubId: string
  /** '' once erased. */
  name: string
  gender: 'female' | 'male'
  birthYear: number | null
  /** The band an erasure kept for the indicators: under16, young (16–30) or over30. */
  ageBand: string | null
  role: string
  organisationId: string
  organisationName: string | null
  phone: string | null
  email: string | null
  notes: string | null
  /** The purposes the person consents to now, derived from the consents. */
  consentPurposes: ConsentPurpose[]
  restrictedOn: string | null
  erasedAt: string | null
  /** Set when this record was merged into another (a duplicate). */
  mergedIntoId: string | null
  createdAt: string
  updatedAt: string
  deletedAt: string | null
}

export interface DossierAffiliation {
  organisationId: string
  organisationName: string | null
  role: string
  fromOn: string
  untilOn: string | null
  deletedAt: string | null
}

export interface DossierParticipation {
  sessionId: string
  sessionTitle: string | null
  startsAt: string | null
  endsAt: string | null
  sessionStatus: string | null
  /** registered, present, partial, absent or cancelled. */
  status: string
  minutesPresent: number | null
  preScore: number | null
  postScore: number | null
  deletedAt: string | null
}

export interface DossierStory {
  title: string
  happenedOn: string
  status: 'draft' | 'published'
  initiativeTitle: string | null
  deletedAt: string | null
}

export interface DossierCertificate {
  code: string
  issuedOn: string
  /** As printed; '' once the person was erased. */
  holderName: string
  sessionTitle: string
  deletedAt: string | null
}

export interface DossierTrainer {
  /** The capacity aspect's code, and its name in both languages when the reference data has it. */
  aspect: string
  aspectName: { id: string; en: string } | null
  qualifiedOn: string
  sourceSessionId: string | null
  sourceSessionTitle: string | null
  deletedAt: string | null
}

export interface DossierRequest {
  id: string
  kind: RequestKind
  requesterName: string
  receivedAt: string
  dueAt: string
  verification: string
  details: string | null
  status: RequestStatus
  closedAt: string | null
  outcome: string | null
}

export interface DossierDisclosure {
  /** The bundle's row in this instance's sync history. */
  bundleId: number
  /** changes: the hub's own bundle; rebuild: the national copy handed back to a hub that lost its data. */
  kind: 'changes' | 'rebuild'
  /** When the file was made (UTC). */
  createdAt: string | null
  fileName: string | null
  sequence: number | null
  /** To whom: the national team (and this hub's other PCs), or the hub a rebuild was for. */
  recipient: 'national' | 'hub'
  recipientName: string | null
  /** Whether the name travelled, or only what the indicators count (gender, birth year, role, OMS). */
  identifying: boolean
}

/** A person a file carried: with what identifies them, or only what indicators count. */
export interface CarriedPerson {
  personId: string
  /** The name as this instance holds it, so the secretariat knows whom to notify; '' once erased, null if unknown here. */
  name: string | null
  /** Their OMS as this instance holds it, so two people of one name are told apart; null if unknown here. */
  organisationName: string | null
  identifying: boolean
  /** Which of name, phone, email and notes it held; for a bundle known only from history, name or nothing. */
  fields: string[]
}

/** Whose data a bundle or backup file carried, and when it was made. */
export interface CarriedFile {
  /** The file as chosen, for privacy:breachNotice. */
  path: string
  file: string
  kind: 'bundle' | 'backup'
  /** When the file was made (UTC): from this instance's history for its own bundles, else from the file. */
  madeAt: string | null
  /** Its row in this instance's history of outgoing bundles, when it is one of them. */
  bundleId: number | null
  people: CarriedPerson[]
}

/** A draft notice of a lost file (Pasal 46), always in Bahasa Indonesia whatever the app's language, and whom it concerns. */
export interface BreachNotice {
  source: 'bundle' | 'backup' | 'history'
  file: string | null
  madeAt: string | null
  people: CarriedPerson[]
  notice: string
}

/** One item of a printed section, such as one consent record: labelled values, in the reader's language. */
export type DossierSheetItem = { label: string; value: string }[]

/**
 * The printable copy of a person's data (#/print/dossier/<personId>/<language>), every word already in the
 * reader's language and every date in the hub's zone: the page only lays it out.
 */
export interface DossierSheet {
  title: string
  lead: string
  madeAt: string
  contact: string
  sections: { key: string; heading: string; note: string | null; items: DossierSheetItem[]; empty: string }[]
}

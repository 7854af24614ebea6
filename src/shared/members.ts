import { z } from 'zod'
import { emailField, phoneField, refuseControlCharacters, textField, type Lines } from './fields'

export const membershipStatuses = ['candidate', 'active', 'inactive', 'left'] as const
export type MembershipStatus = (typeof membershipStatuses)[number]
/** calon → aktif → nonaktif/keluar; a nonaktif member may become aktif again. */
export const statusTransitions: Record<MembershipStatus, MembershipStatus[]> = {
  candidate: ['active', 'left'],
  active: ['inactive', 'left'],
  inactive: ['active', 'left'],
  left: [],
}
export const legalForms = ['foundation', 'association', 'registered_ormas', 'other'] as const
export type LegalForm = (typeof legalForms)[number]
export const genders = ['female', 'male'] as const
export type Gender = (typeof genders)[number]
export const personRoles = ['leader', 'manager', 'staff', 'trainer', 'volunteer'] as const
export type PersonRole = (typeof personRoles)[number]

/** "Young" per UU 40/2009 on youth: aged 16 to 30. */
export const YOUTH_MIN_AGE = 16
export const YOUTH_MAX_AGE = 30
export const isYoung = (birthYear: number | null, onYear: number): boolean =>
  birthYear !== null && onYear - birthYear >= YOUTH_MIN_AGE && onYear - birthYear <= YOUTH_MAX_AGE

// ---------- field schemas: each failure names the field's own i18n key ----------

/** Optional free text; blank means none. */
const text = (max: number, lines: Lines) => textField(max, lines).transform((value) => (value === '' ? null : value))

/** A name needs two letters or digits: "..." or "!!" would save with an empty, unsearchable name key. */
const requiredName = (key: string) =>
  textField(200, 'single', key).refine((value) => (value.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2, { error: key })

/** Whole numbers from a form or a spreadsheet cell: 12, "12", "" (none). */
const optionalInt = (min: number, max: number, key: string) =>
  z.union([z.number(), z.string(), z.null()], { error: key }).transform((value, ctx) => {
    if (value === null || (typeof value === 'string' && value.trim() === '')) return null
    const number = typeof value === 'number' ? value : Number(value.trim().replace(/\./g, ''))
    if (!Number.isInteger(number) || number < min || number > max) {
      ctx.addIssue({ code: 'custom', message: key, params: { min, max } })
      return z.NEVER
    }
    return number
  })

const isoDate = /^\d{4}-\d{2}-\d{2}$/
const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}
/** A calendar date YYYY-MM-DD that exists and is not in the future (UTC+9 covers every zone). */
export const pastDate = (key: string) =>
  z
    .string({ error: key })
    .trim()
    .refine((value) => isoDate.test(value) && isRealDate(value), { error: key })
    .refine((value) => value <= new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10), {
      error: 'validation.date.future',
    })

const website = textField(300, 'single', 'validation.website.invalid').transform((value, ctx) => {
  if (value === '') return null
  const withScheme = /^https?:\/\//i.test(value) ? value : `https://${value}`
  try {
    const url = new URL(withScheme)
    if (!url.hostname.includes('.')) throw new Error('no domain')
    return withScheme
  } catch {
    ctx.addIssue({ code: 'custom', message: 'validation.website.invalid' })
    return z.NEVER
  }
})

const id = z.uuid({ error: 'validation.invalid' })
const currentYear = () => new Date().getFullYear()

// ---------- organisations ----------

export const organisationFields = z.strictObject({
  name: requiredName('validation.organisation.name'),
  acronym: text(40, 'single').prefault(''),
  typeCode: text(60, 'single').prefault(''),
  legalForm: z.enum(legalForms, { error: 'validation.organisation.legalForm' }).nullable().prefault(null),
  registrationNumber: text(120, 'single').prefault(''),
  foundedYear: optionalInt(1900, currentYear(), 'validation.organisation.foundedYear').prefault(null),
  regencyCode: z
    .string({ error: 'validation.organisation.regency' })
    .regex(/^\d{2}\.\d{2}$/, { error: 'validation.organisation.regency' }),
  districtCode: z
    .string()
    .regex(/^\d{2}\.\d{2}\.\d{2}$/, { error: 'validation.district.format' })
    .nullable()
    .prefault(null),
  districtName: text(120, 'single').prefault(''),
  villageCode: z
    .string()
    .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, { error: 'validation.village.format' })
    .nullable()
    .prefault(null),
  villageName: text(120, 'single').prefault(''),
  address: text(500, 'multi').prefault(''),
  phone: phoneField.prefault(''),
  email: emailField.prefault(''),
  website: website.prefault(''),
  socialMedia: text(500, 'single').prefault(''),
  sectorCodes: z.array(textField(60, 'single'), { error: 'validation.organisation.sectors' }).max(20).prefault([]),
  sdgs: z.array(z.number().int().min(1).max(17), { error: 'validation.organisation.sdgs' }).max(17).prefault([]),
  focus: text(2000, 'multi').prefault(''),
  beneficiaries: text(2000, 'multi').prefault(''),
  staffCount: optionalInt(0, 100_000, 'validation.organisation.count').prefault(null),
  volunteerCount: optionalInt(0, 1_000_000, 'validation.organisation.count').prefault(null),
  notes: text(4000, 'multi').prefault(''),
})
export type OrganisationFields = z.output<typeof organisationFields>

/** Saving with likely duplicates needs the user's say-so: the first try answers with the candidates. */
const acknowledgement = { allowDuplicates: z.boolean().prefault(false) }

export const createOrganisationInput = organisationFields.extend({
  status: z.enum(membershipStatuses, { error: 'validation.organisation.status' }).prefault('candidate'),
  statusSince: pastDate('validation.date.invalid').optional(),
  ...acknowledgement,
})
export const updateOrganisationInput = organisationFields.extend({ id, ...acknowledgement })
export const organisationDraftInput = organisationFields.partial().extend({ excludeId: id.optional() })

export const changeStatusInput = z.strictObject({
  organisationId: id,
  status: z.enum(membershipStatuses, { error: 'validation.organisation.status' }),
  effectiveOn: pastDate('validation.date.invalid'),
  note: text(500, 'single').prefault(''),
})

/** Correcting one entry of the status history: it may get another status, date or note. */
export const correctStatusInput = changeStatusInput.omit({ organisationId: true }).extend({ changeId: id })
export const statusChangeIdInput = z.strictObject({ changeId: id })

const score = z
  .number({ error: 'validation.assessment.score' })
  .int({ error: 'validation.assessment.score' })
  .min(1, { error: 'validation.assessment.score' })
  .max(5, { error: 'validation.assessment.score' })
export const addAssessmentInput = z.strictObject({
  organisationId: id,
  assessedOn: pastDate('validation.date.invalid'),
  /** Every capacity aspect's code → 1..5; the service checks the codes against the reference data. */
  scores: z.record(z.string(), score, { error: 'validation.assessment.score' }),
  note: text(500, 'single').prefault(''),
})

// ---------- people ----------

// Loose on purpose: it looks at two keys of the whole person input, which the strict schema checks.
const consentParts = z.looseObject({ consent: z.boolean(), consentOn: z.string().nullable() })
export const personFields = z
  .strictObject({
    name: requiredName('validation.person.name'),
    gender: z.enum(genders, { error: 'validation.person.gender' }),
    birthYear: optionalInt(currentYear() - 100, currentYear() - 10, 'validation.person.birthYear').prefault(null),
    role: z.enum(personRoles, { error: 'validation.person.role' }),
    organisationId: z.uuid({ error: 'validation.person.organisation' }),
    phone: phoneField.prefault(''),
    email: emailField.prefault(''),
    consent: z.boolean().prefault(false),
    consentOn: pastDate('validation.date.invalid').nullable().prefault(null),
    notes: text(4000, 'multi').prefault(''),
  })
  .refine((value) => !value.consent || value.consentOn !== null, {
    path: ['consentOn'],
    error: 'validation.person.consentDate',
    // Runs even when other fields fail, so a form shows every error in one round.
    when: ({ value }) => consentParts.safeParse(value).success,
  })
export type PersonFields = z.output<typeof personFields>

/**
 * When the person's time with the OMS began: on a new person, or on a move to another OMS (the one
 * left ends that day); on an edit within the same OMS it corrects the current start. None: today.
 */
const affiliatedSince = { affiliatedSince: pastDate('validation.date.invalid').optional() }
export const createPersonInput = personFields.safeExtend({ ...affiliatedSince, ...acknowledgement })
export const updatePersonInput = personFields.safeExtend({ id, ...affiliatedSince, ...acknowledgement })
export const personDraftInput = z.strictObject({
  name: textField(200, 'single').optional(),
  organisationId: textField(40, 'single').optional(),
  phone: textField(40, 'single').optional(),
  email: textField(254, 'single').optional(),
  excludeId: id.optional(),
})

export const byIdInput = z.strictObject({ id })

// ---------- finding ----------

export const sortDirections = ['asc', 'desc'] as const
export const organisationSortColumns = [
  'name',
  'acronym',
  'type',
  'regency',
  'status',
  'foundedYear',
  'peopleCount',
  'updatedAt',
] as const
export const personSortColumns = [
  'name',
  'gender',
  'birthYear',
  'role',
  'organisation',
  'regency',
  'consent',
  'updatedAt',
] as const

/** Not trimmed: the search decides what spaces mean; a control character cannot come from the search box. */
const query = z
  .string({ error: 'validation.invalid' })
  .max(200, { error: 'validation.tooLong' })
  .superRefine(refuseControlCharacters('single'))
  .prefault('')
const page = {
  offset: z.number().int().min(0).prefault(0),
  limit: z.number().int().min(1).max(500).prefault(100),
}

export const organisationFilters = z.strictObject({
  regencyCode: textField(10, 'single').nullable().prefault(null),
  typeCode: textField(60, 'single').nullable().prefault(null),
  sectorCode: textField(60, 'single').nullable().prefault(null),
  status: z.enum(membershipStatuses).nullable().prefault(null),
})
export const personFilters = z.strictObject({
  regencyCode: textField(10, 'single').nullable().prefault(null),
  organisationId: id.nullable().prefault(null),
  role: z.enum(personRoles).nullable().prefault(null),
  gender: z.enum(genders).nullable().prefault(null),
  hasConsent: z.boolean().nullable().prefault(null),
})

export const listOrganisationsInput = z.strictObject({
  query,
  filters: organisationFilters.prefault({}),
  sort: z
    .strictObject({ column: z.enum(organisationSortColumns), direction: z.enum(sortDirections) })
    .prefault({ column: 'name', direction: 'asc' }),
  ...page,
})
export const listPeopleInput = z.strictObject({
  query,
  filters: personFilters.prefault({}),
  sort: z
    .strictObject({ column: z.enum(personSortColumns), direction: z.enum(sortDirections) })
    .prefault({ column: 'name', direction: 'asc' }),
  ...page,
})

// ---------- merging, deleting, ending ----------

/** The member records a user merges, deletes and restores. */
export const recordKinds = ['organisation', 'person'] as const
export type RecordKind = (typeof recordKinds)[number]
export const mergeInput = z.strictObject({
  kind: z.enum(recordKinds),
  survivorId: id,
  mergedId: id,
  /**
   * Per field, whose value the survivor keeps; fields left out keep the survivor's. For OMS,
   * "status" says whose current status the survivor ends with (see statusAfterMerge).
   */
  take: z.record(z.string(), z.enum(['survivor', 'merged'])).prefault({}),
})

/** An OMS's current status, as the write path derives it from its history. */
export interface StatusNow {
  status: MembershipStatus
  statusSince: string
}

/**
 * The survivor's status once two OMS merge: the chosen one, dated from when it began on the record
 * that has it, the earlier one when both do. Their histories join; what either recorded after that
 * start contradicts the choice and is left out (see mergeRecords). Only a status neither record has
 * is recorded as a change effective on the merge day (`since` null).
 */
export function statusAfterMerge(
  survivor: StatusNow,
  merged: StatusNow,
  chosen: MembershipStatus,
): { status: MembershipStatus; since: string | null } {
  const starts = [survivor, merged].filter((side) => side.status === chosen).map((side) => side.statusSince)
  return { status: chosen, since: starts.toSorted()[0] ?? null }
}
/** Deleting a record, and undoing that: the undo names the record, so it cannot restore another. */
export const recordInput = z.strictObject({ kind: z.enum(recordKinds), id })
export const endAffiliationInput = z.strictObject({
  affiliationId: id,
  untilOn: pastDate('validation.date.invalid'),
})

// ---------- likely duplicates ----------

/**
 * Why two records may be one: the same normalised name in the same kabupaten/kota (organisations)
 * or OMS (people), the same name elsewhere in the province, the same phone or e-mail.
 */
export const duplicateReasons = ['name', 'nameElsewhere', 'phone', 'email'] as const
export type DuplicateReason = (typeof duplicateReasons)[number]

export const duplicatePairsInput = z.strictObject({
  kind: z.enum(recordKinds),
  /** The pairs marked "not a duplicate", to show one again, instead of those still to check. */
  dismissed: z.boolean().prefault(false),
  ...page,
})
/** Two records of one kind, in either order. */
export const duplicatePairInput = z.strictObject({
  kind: z.enum(recordKinds),
  ids: z.tuple([id, id]).refine(([a, b]) => a !== b, { error: 'validation.duplicates.samePair' }),
})

// ---------- import and export ----------

export const spreadsheetFormats = ['xlsx', 'csv'] as const
export type SpreadsheetFormat = (typeof spreadsheetFormats)[number]
export const importKinds = ['organisations', 'people'] as const
export type ImportKind = (typeof importKinds)[number]
/** For a row that matches a record already in the directory: leave it, update it, or add a new one anyway. */
export const matchDecisions = ['skip', 'update', 'create'] as const
export type MatchDecision = (typeof matchDecisions)[number]
/** An OMS row may carry its contact person: their import fields are `contact.<person field>`. */
export const CONTACT_FIELD = 'contact.'
export const isContactField = (field: string | null | undefined): boolean => field?.startsWith(CONTACT_FIELD) === true

/** 10 MB holds ~100k rows of a directory; anything larger is not a member list. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024
export const MAX_IMPORT_ROWS = 50_000
/** Excel 97's 256 columns (A–IV): no member list needs more, and the bound keeps every row small. */
export const MAX_IMPORT_COLUMNS = 256
/** Filled cells one import reads: 50,000 rows of 30 columns. Reading is stopped past it, before memory runs short. */
export const MAX_IMPORT_CELLS = 1_500_000

export const importOpenInput = z.strictObject({
  kind: z.enum(importKinds),
  fileName: z.string().min(1).max(255).superRefine(refuseControlCharacters('single', 'validation.import.fileName')),
  /** The file's bytes, base64: the renderer reads the chosen file, main never opens paths for it. */
  contentBase64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, { error: 'validation.import.tooLarge' }),
})
export const importPreviewInput = z.strictObject({
  importId: id,
  /**
   * The field each column fills (or null to leave it out), in the order of the file's headings:
   * by position, so a heading may say anything, "__proto__" included.
   */
  mapping: z.array(z.string().nullable()).max(MAX_IMPORT_COLUMNS),
  /** A regency name as written in the file → the regency code the user chose for it. */
  regencyChoices: z.record(z.string(), z.string().regex(/^\d{2}\.\d{2}$/)).prefault({}),
  /** Row number (1-based, as the spreadsheet shows it) → field → corrected value. */
  edits: z.record(z.string(), z.record(z.string(), z.string().max(4000))).prefault({}),
  /** Row numbers the user chose to leave out. */
  skipped: z.array(z.number().int().min(1)).prefault([]),
  /**
   * What rows matching a record already in the directory do. Left out (the command line, with no
   * one to ask): a row naming its record by ID updates it, a row only resembling one is skipped.
   */
  onMatch: z.enum(matchDecisions).optional(),
  /** Row number → what that matching row does instead of onMatch. */
  decisions: z.record(z.string(), z.enum(matchDecisions)).prefault({}),
})
export const importIdInput = z.strictObject({ importId: id })

export const exportOrganisationsInput = listOrganisationsInput
  .omit({ offset: true, limit: true })
  .extend({ format: z.enum(spreadsheetFormats) })
export const exportPeopleInput = listPeopleInput
  .omit({ offset: true, limit: true })
  .extend({ format: z.enum(spreadsheetFormats) })
export const templateInput = z.strictObject({ kind: z.enum(importKinds), format: z.enum(spreadsheetFormats) })

// ---------- results ----------

export interface DuplicateCandidate {
  id: string
  kind: RecordKind
  name: string
  /** Where it is. Organisation: its kabupaten/kota; person: their organisation's name and kabupaten/kota. */
  context: string | null
  /** Strongest first. */
  reasons: DuplicateReason[]
}

/** A suspected pair in the directory. */
export interface DuplicatePair {
  kind: RecordKind
  /** The older record: the one a merge keeps unless the user swaps the two. */
  first: { id: string; name: string; context: string | null }
  second: { id: string; name: string; context: string | null }
  /** Strongest first. */
  reasons: DuplicateReason[]
  /** How strongly the reasons together say "one record": the list is ranked by it. */
  strength: number
}

/** A pair as marked: not a duplicate (dismissed), or shown again. */
export interface DuplicateDismissal {
  kind: RecordKind
  firstId: string
  secondId: string
  dismissed: boolean
}

/** A save either lands or, unless allowDuplicates was set, comes back with likely duplicates. */
export type SaveResult = { saved: true; id: string } | { saved: false; duplicates: DuplicateCandidate[] }

export interface OrganisationRow {
  id: string
  name: string
  acronym: string | null
  typeCode: string | null
  regencyCode: string
  regencyName: string
  status: MembershipStatus
  foundedYear: number | null
  phone: string | null
  email: string | null
  peopleCount: number
  updatedAt: string
  /** The kecamatan's name, from the reference list or as typed where the list lacks it. */
  districtName: string | null
  /** Its people with the leader role, by name; null when none is recorded. */
  leaderNames: string | null
  staffCount: number | null
  volunteerCount: number | null
}

export interface PersonRow {
  id: string
  name: string
  gender: Gender
  birthYear: number | null
  role: PersonRole
  organisationId: string
  organisationName: string
  regencyName: string
  phone: string | null
  email: string | null
  consent: boolean
  /** Processing restricted at the person's request (UU PDP Pasal 11): shown wherever consent is. */
  restricted: boolean
  /** Erased at the person's request (Pasal 43): nameless, and with no consent to speak of. */
  erased: boolean
  updatedAt: string
}

/** A row of the people list, which can show their organisation's kecamatan too. */
export interface PersonListRow extends PersonRow {
  districtName: string | null
}

/**
 * A search lists at most this many matches, in order, and does not count beyond: the first letters
 * typed match most of a province, and counting and ordering all of that on every keystroke would
 * hold up the answer for a number nobody reads. Filters and exports are always complete.
 */
export const SEARCH_LISTS_AT_MOST = 10_000

export interface Page<T> {
  /** Rows in the list; SEARCH_LISTS_AT_MOST when `more` says a search matched more than are listed. */
  total: number
  offset: number
  rows: T[]
  more?: boolean
}

export interface MembershipChange {
  id: string
  status: MembershipStatus
  effectiveOn: string
  note: string | null
}

export interface CapacityAssessment {
  id: string
  assessedOn: string
  scores: Record<string, number>
  note: string | null
}

export interface OrganisationDetail extends OrganisationFields {
  id: string
  status: MembershipStatus
  statusSince: string
  regencyName: string
  districtLabel: string | null
  villageLabel: string | null
  mergedIntoId: string | null
  createdAt: string
  updatedAt: string
  statusHistory: MembershipChange[]
  /** Newest first. */
  assessments: CapacityAssessment[]
  people: PersonRow[]
}

export interface Affiliation {
  id: string
  organisationId: string
  organisationName: string
  role: PersonRole
  fromOn: string
  untilOn: string | null
}

export interface PersonDetail extends PersonFields {
  id: string
  organisationName: string
  mergedIntoId: string | null
  /** Erased at their request (UU PDP): what identified them is gone, and nothing is edited any more. */
  erasedAt: string | null
  restrictedOn: string | null
  createdAt: string
  updatedAt: string
  /** Newest first; the current one has untilOn null. */
  affiliations: Affiliation[]
}

export interface MergeSummary {
  id: string
  kind: RecordKind
  survivorId: string
  survivorName: string
  mergedName: string
  mergedAt: string
  /**
   * Only the latest merge can be undone, and only once. Undo puts back what the merge wrote,
   * except fields edited since, which keep their edit.
   */
  undoable: boolean
}

/** A record deleted here; the latest delete can be undone while the record is unchanged since. */
export interface DeletedRecord {
  kind: RecordKind
  id: string
  name: string
  deletedAt: string
}

/** A record deleted by this hub, waiting in the trash to be restored; merged-away rows are not. */
export interface TrashEntry extends DeletedRecord {
  /** Organisation: its kabupaten/kota; person: the organisation they are recorded in. */
  context: string | null
  /** A person whose organisation is deleted too: that organisation comes back first. */
  organisationDeleted: boolean
}

/** Newest first, at most a page of them; `total` says how many there are in all. */
export interface TrashList {
  total: number
  entries: TrashEntry[]
}

export interface ImportOpened {
  importId: string
  headers: string[]
  rowCount: number
  /** The first rows as text, for the mapping step. */
  sampleRows: string[][]
  /** The field of each column, in the order of headers: remembered for this header set, or guessed from the header names. */
  mapping: (string | null)[]
  mappingRemembered: boolean
  /**
   * Fields this kind of import can fill, required ones first. An OMS row may carry its contact
   * person (group "contact"): those fields are required only once a column fills one of them.
   */
  fields: { name: string; required: boolean; group: 'record' | 'contact' }[]
}

export interface ImportIssue {
  field: string | null
  severity: 'error' | 'warning'
  /** Already translated. */
  message: string
}

/** The record a row matches: the one its ID names, else the duplicate check's first candidate. */
export interface ImportMatch {
  id: string
  name: string
  /** Where it is, as DuplicateCandidate says it. */
  context: string | null
  by: 'id' | DuplicateReason[]
  /** What the row does: the user's choice for it, else the file's. */
  decision: MatchDecision
}

export interface ImportRowResult {
  rowNumber: number
  values: Record<string, string>
  action: 'create' | 'update' | 'skip' | 'error'
  issues: ImportIssue[]
  duplicates: DuplicateCandidate[]
  match: ImportMatch | null
}

export interface ImportPreview {
  importId: string
  rows: ImportRowResult[]
  counts: {
    create: number
    update: number
    skip: number
    error: number
    warning: number
    /** Rows that match a record already in the directory, whatever they do. */
    matched: number
    /** Contact people of one-sheet OMS rows. */
    contactsCreate: number
    contactsUpdate: number
  }
  /** Regency names in the file that fit more than one kabupaten/kota: the user picks. */
  ambiguousRegencies: { value: string; rowCount: number; candidates: { code: string; name: string }[] }[]
}

export interface ImportProgress {
  phase: 'reading' | 'validating' | 'saving' | 'done' | 'cancelled' | 'failed'
  done: number
  total: number
}

export interface ImportCommitted {
  created: number
  updated: number
  skipped: number
  contactsCreated: number
  contactsUpdated: number
}

export interface SpreadsheetFile {
  fileName: string
  mimeType: string
  contentBase64: string
  /** Data rows under the headings, for the screen to confirm what was saved. */
  rowCount: number
}

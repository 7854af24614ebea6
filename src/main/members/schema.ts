import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { syncColumns, syncIndex } from '../db/columns'

// References between these tables are plain text ids, not FOREIGN KEYs: sync bundles may bring a
// person before the organisation they belong to, and merges must converge in any order.

/**
 * Member OMS (the e-directory, "Profil Mitra"). Multi-valued fields (sectors, SDGs) are JSON arrays
 * in the row, so one edit is one row to merge in sync. `name_key` is the normalised name duplicate
 * checks compare; `merged_into_id` points a merged-away row at its survivor.
 */
export const organisations = sqliteTable(
  'organisations',
  {
    ...syncColumns(),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    acronym: text('acronym'),
    typeCode: text('type_code'),
    legalForm: text('legal_form', { enum: ['foundation', 'association', 'registered_ormas', 'other'] }),
    registrationNumber: text('registration_number'),
    foundedYear: integer('founded_year'),
    regencyCode: text('regency_code').notNull(),
    districtCode: text('district_code'),
    /** Free text where the reference list lacks the kecamatan; null when districtCode is set. */
    districtName: text('district_name'),
    villageCode: text('village_code'),
    villageName: text('village_name'),
    address: text('address'),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    socialMedia: text('social_media'),
    /** JSON array of sector codes from ref_terms. */
    sectorCodes: text('sector_codes').notNull().default('[]'),
    /** JSON array of SDG numbers 1–17. */
    sdgs: text('sdgs').notNull().default('[]'),
    focus: text('focus'),
    beneficiaries: text('beneficiaries'),
    staffCount: integer('staff_count'),
    volunteerCount: integer('volunteer_count'),
    status: text('status', { enum: ['candidate', 'active', 'inactive', 'left'] }).notNull(),
    /** The date the current status took effect (YYYY-MM-DD); its history is in membership_changes. */
    statusSince: text('status_since').notNull(),
    notes: text('notes'),
    mergedIntoId: text('merged_into_id'),
  },
  (t) => [
    syncIndex('organisations', t),
    index('organisations_name_key_idx').on(t.nameKey, t.regencyCode),
    index('organisations_regency_idx').on(t.regencyCode),
    index('organisations_phone_idx').on(t.phone),
    index('organisations_email_idx').on(t.email),
  ],
)

/** Every membership status an organisation has had, with the date it took effect. */
export const membershipChanges = sqliteTable(
  'membership_changes',
  {
    ...syncColumns(),
    organisationId: text('organisation_id').notNull(),
    status: text('status', { enum: ['candidate', 'active', 'inactive', 'left'] }).notNull(),
    effectiveOn: text('effective_on').notNull(),
    note: text('note'),
  },
  (t) => [syncIndex('membership_changes', t), index('membership_changes_org_idx').on(t.organisationId)],
)

/** A dated self-assessment: a score 1–5 per capacity aspect, as a JSON object keyed by aspect code. */
export const capacityAssessments = sqliteTable(
  'capacity_assessments',
  {
    ...syncColumns(),
    organisationId: text('organisation_id').notNull(),
    assessedOn: text('assessed_on').notNull(),
    scores: text('scores').notNull(),
    note: text('note'),
  },
  (t) => [syncIndex('capacity_assessments', t), index('capacity_assessments_org_idx').on(t.organisationId)],
)

/**
 * People of member OMS. What identifies them leaves the hub only with their consent for it (see
 * src/main/privacy/). `organisation_id` is the current organisation; affiliations keeps every one.
 */
export const people = sqliteTable(
  'people',
  {
    ...syncColumns(),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    gender: text('gender', { enum: ['female', 'male'] }).notNull(),
    birthYear: integer('birth_year'),
    role: text('role', { enum: ['leader', 'manager', 'staff', 'trainer', 'volunteer'] }).notNull(),
    organisationId: text('organisation_id').notNull(),
    phone: text('phone'),
    email: text('email'),
    /** Derived from consent_records: consent to be contacted (purpose `contact`), and since when. */
    consent: integer('consent', { mode: 'boolean' }).notNull().default(false),
    consentOn: text('consent_on'),
    notes: text('notes'),
    mergedIntoId: text('merged_into_id'),
    /** Derived from consent_records: a JSON array of the purposes consented to now, in a fixed order. */
    consentPurposes: text('consent_purposes').notNull().default('[]'),
    /** A restriction of processing (UU PDP Pasal 11) in force since this date: no export, bundle or report. */
    restrictedOn: text('restricted_on'),
    /** When the person was erased: identifying fields are gone, what indicators count stays. */
    erasedAt: text('erased_at'),
    /** The age band the birth year gave when it was erased, so indicators keep counting the person. */
    ageBand: text('age_band', { enum: ['under16', 'young', 'over30'] }),
  },
  (t) => [
    syncIndex('people', t),
    index('people_organisation_idx').on(t.organisationId),
    index('people_name_key_idx').on(t.nameKey),
    index('people_phone_idx').on(t.phone),
    index('people_email_idx').on(t.email),
  ],
)

/** A person's time with an organisation; the open one (until_on null) matches people.organisation_id. */
export const affiliations = sqliteTable(
  'affiliations',
  {
    ...syncColumns(),
    personId: text('person_id').notNull(),
    organisationId: text('organisation_id').notNull(),
    role: text('role', { enum: ['leader', 'manager', 'staff', 'trainer', 'volunteer'] }).notNull(),
    fromOn: text('from_on').notNull(),
    untilOn: text('until_on'),
  },
  (t) => [
    syncIndex('affiliations', t),
    index('affiliations_person_idx').on(t.personId),
    index('affiliations_organisation_idx').on(t.organisationId),
  ],
)

/**
 * Pairs of records a user said are not one and the same, so duplicate checks stop suggesting them.
 * Synced: the province's other PCs and the national team see the same answer. The smaller id comes
 * first, so a pair has one spelling; "show again" soft-deletes the row.
 */
export const duplicateDismissals = sqliteTable(
  'duplicate_dismissals',
  {
    ...syncColumns(),
    kind: text('kind', { enum: ['organisation', 'person'] }).notNull(),
    firstId: text('first_id').notNull(),
    secondId: text('second_id').notNull(),
  },
  (t) => [
    syncIndex('duplicate_dismissals', t),
    index('duplicate_dismissals_pair_idx').on(t.firstId, t.secondId),
    index('duplicate_dismissals_second_idx').on(t.secondId),
  ],
)

/**
 * This instance's undo journal for merges (local: the merged rows themselves sync). It keeps only
 * the fields the merge wrote, each as it was and as the merge left it, so undo puts back exactly
 * those and leaves anything edited since alone.
 */
export const merges = sqliteTable('merges', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: ['organisation', 'person'] }).notNull(),
  survivorId: text('survivor_id').notNull(),
  mergedId: text('merged_id').notNull(),
  mergedName: text('merged_name').notNull(),
  /** JSON: [{table, id, column, before, after}], in the order written. */
  changes: text('changes').notNull(),
  mergedAt: text('merged_at').notNull(),
  undoneAt: text('undone_at'),
})

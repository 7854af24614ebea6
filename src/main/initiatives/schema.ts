import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { initiativeStatuses, supportForms } from '../../shared/initiatives'
import { syncColumns, syncIndex } from '../db/columns'

export { initiativeStatuses, supportForms }

// As in the member directory, references are plain text ids: bundles may bring a need before its
// initiative, and merges converge in any order.

/**
 * National issue clusters ("isu payung"): SDG or programme themes the national team's strategic
 * partners carry. Written on the national instance; they reach the hubs in national bundles.
 */
export const issueClusters = sqliteTable(
  'issue_clusters',
  {
    ...syncColumns(),
    name: text('name').notNull(),
    description: text('description'),
    /** JSON array of SDG numbers 1–17. */
    sdgs: text('sdgs').notNull().default('[]'),
  },
  (t) => [syncIndex('issue_clusters', t)],
)

/**
 * A local service initiative (inisiatif layanan lokal) of a member OMS. Its status is the latest
 * of initiative_status_changes, recomputed after every write, as an OMS's membership status is.
 */
export const initiatives = sqliteTable(
  'initiatives',
  {
    ...syncColumns(),
    leadOrganisationId: text('lead_organisation_id').notNull(),
    /** JSON array of partner organisation ids. */
    partnerOrganisationIds: text('partner_organisation_ids').notNull().default('[]'),
    title: text('title').notNull(),
    /** The local problem, obstacle or challenge it answers. */
    problem: text('problem'),
    service: text('service'),
    beneficiaryGroups: text('beneficiary_groups'),
    beneficiaryCount: integer('beneficiary_count'),
    regencyCode: text('regency_code').notNull(),
    districtCode: text('district_code'),
    villageCode: text('village_code'),
    /** JSON array of sector codes from ref_terms. */
    sectorCodes: text('sector_codes').notNull().default('[]'),
    /** JSON array of SDG numbers 1–17. */
    sdgs: text('sdgs').notNull().default('[]'),
    /** JSON array of issue_clusters ids. */
    clusterIds: text('cluster_ids').notNull().default('[]'),
    startsOn: text('starts_on'),
    endsOn: text('ends_on'),
    status: text('status', { enum: initiativeStatuses }).notNull(),
    statusSince: text('status_since').notNull(),
    notes: text('notes'),
  },
  (t) => [
    syncIndex('initiatives', t),
    index('initiatives_lead_idx').on(t.leadOrganisationId),
    index('initiatives_regency_idx').on(t.regencyCode),
    index('initiatives_status_idx').on(t.status),
  ],
)

/** Every status an initiative has had, with the date it took effect. */
export const initiativeStatusChanges = sqliteTable(
  'initiative_status_changes',
  {
    ...syncColumns(),
    initiativeId: text('initiative_id').notNull(),
    status: text('status', { enum: initiativeStatuses }).notNull(),
    effectiveOn: text('effective_on').notNull(),
    note: text('note'),
  },
  (t) => [syncIndex('initiative_status_changes', t), index('initiative_status_changes_idx').on(t.initiativeId)],
)

/**
 * The six formulation steps ("Panduan 6 Langkah"), one row per initiative and step. Ids derive
 * from the initiative and step number, so the same step is one row on every instance.
 */
export const initiativeSteps = sqliteTable(
  'initiative_steps',
  {
    ...syncColumns(),
    initiativeId: text('initiative_id').notNull(),
    step: integer('step').notNull(),
    done: integer('done', { mode: 'boolean' }).notNull().default(false),
    notes: text('notes'),
  },
  (t) => [syncIndex('initiative_steps', t), index('initiative_steps_initiative_idx').on(t.initiativeId)],
)

/**
 * What an initiative needs, in one form of support, with a target measured as that form is:
 * rupiah (funds), quantity and unit (goods and facilities), people × hours (time and expertise),
 * or words (knowledge, policy and advocacy, cooperation, other). Progress comes from fulfilments.
 */
export const needs = sqliteTable(
  'needs',
  {
    ...syncColumns(),
    initiativeId: text('initiative_id').notNull(),
    form: text('form', { enum: supportForms }).notNull(),
    description: text('description').notNull(),
    targetRupiah: integer('target_rupiah'),
    targetQuantity: integer('target_quantity'),
    unit: text('unit'),
    targetPeople: integer('target_people'),
    targetHours: integer('target_hours'),
    targetText: text('target_text'),
  },
  (t) => [syncIndex('needs', t), index('needs_initiative_idx').on(t.initiativeId)],
)

/**
 * A story of change (Cerita Perubahan). `resource_mix` is a JSON array of {source, amountRupiah};
 * `photos` a JSON array of {sha256, thumbnail, mime, width, height, caption} whose bytes are
 * attachments that travel in bundles.
 */
export const stories = sqliteTable(
  'stories',
  {
    ...syncColumns(),
    initiativeId: text('initiative_id').notNull(),
    title: text('title').notNull(),
    happenedOn: text('happened_on').notNull(),
    narrative: text('narrative'),
    before: text('before'),
    after: text('after'),
    resourceMix: text('resource_mix').notNull().default('[]'),
    photos: text('photos').notNull().default('[]'),
    /** JSON array of the ids of people the story names or pictures: it is published only with their consent. */
    people: text('people').notNull().default('[]'),
    /** Derived: whether every one of those people lets their name leave this instance (initiatives/sync.ts). */
    peopleReleased: integer('people_released', { mode: 'boolean' }).notNull().default(true),
    status: text('status', { enum: ['draft', 'published'] }).notNull(),
  },
  (t) => [syncIndex('stories', t), index('stories_initiative_idx').on(t.initiativeId)],
)
